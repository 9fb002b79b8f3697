// Which words of a text a query matched, phrases included: words that match only as part
// of a phrase count where the whole phrase stands in a row, and nowhere else.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/search/highlight_terms.h"

namespace dipsearch {

// A position of one of the query's phrases (an index into HighlightTerms::phrases).
struct PhraseSlot {
  uint16_t phrase = 0;
  uint16_t slot = 0;
};

// A word or compound of a text, by byte offsets, that matched a query word or may fill a
// position of one of its phrases.
struct Match {
  uint32_t begin = 0, end = 0;
  std::string key;                // the query word it matched; empty if it only fits a phrase
  std::vector<PhraseSlot> slots;  // the phrase positions it may fill
};

// The phrase positions a document word with these forms may fill (forms may be empty),
// appended to `out`.
void phrase_slots_of(const HighlightTerms& terms, std::initializer_list<std::string_view> forms,
                     std::vector<PhraseSlot>& out);

// The matches among candidates (in text order): a phrase found whole is one match from its
// first word to its last, keyed by the phrase; a word that only fits a phrase and is not in
// one is left out, and so is a word inside a phrase found whole.
std::vector<Match> resolve_phrases(std::string_view text, const HighlightTerms& terms,
                                   const std::vector<Match>& candidates);

}  // namespace dipsearch
