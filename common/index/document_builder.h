// Turns a stored document into a Xapian document: the analyzed terms of title and body,
// the boolean filter terms, the value slots of common/schema.h and the stored data.
#pragma once

#include <string>

#include <xapian.h>

#include "common/index/stored_document.h"
#include "common/schema.h"

namespace dipsearch {

// Title words count this many times in the body field too, so title matches rank higher.
inline constexpr unsigned kTitleWdfBoost = 3;

// source_path: the absolute path of the source file, which incremental runs use to find
// the documents of files that have vanished. Throws TooManyTerms (term_buffer.h) for text
// that would make more than kMaxDocumentTerms distinct terms, std::invalid_argument for a
// filter term longer than Xapian allows (an official's name of hundreds of letters).
Xapian::Document build_document(const StoredDocument& doc, const std::string& digest,
                                const std::string& source_path);

// Positions of one analyzed stream. Bigram positions run on their own counter.
struct TextPositions {
  Xapian::termpos word = 1;
  Xapian::termpos bigram = 1;
};

// Indexes text as one field: raw words at word positions (Latin words also without
// diacritics; compounds such as Kyung-wha and 한·미 also joined), their stems (at the same
// positions for Korean and Hanja; English stems without positions, as no query needs them),
// Hangul bigrams at bigram positions with a gap after every word (those of words too short
// for any bigram phrase of the field without positions).
void index_text(Xapian::Document& doc, std::string_view text, const schema::TextField& field,
                TextPositions& positions, unsigned wdf_inc = 1);

// The date slot's encoding: "2021-04-08" → "20210408", "2021-09" → "20210900", "" → "".
std::string date_slot_value(std::string_view date);

}  // namespace dipsearch
