// Query meaning: the syntax tree of common/query plus the schema become Xapian queries,
// built from the same analyzer the indexer used (Xapian's QueryParser cannot use ICU).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/query/query_ast.h"
#include "common/search/highlight_terms.h"
#include "common/search/ranking.h"

namespace dipsearch {
namespace entities {
class CountryCatalog;
class OfficialsRegistry;
}

enum class MatchMode { kAuto, kAll, kAny };

struct BuiltQuery {
  // The result set: releases with every word (kAuto, kAll) or with any word (kAny). An
  // empty query when the text holds nothing to search for (only stop words or
  // punctuation): it matches nothing.
  Xapian::Query matching;
  // kAuto only: releases with some words but not all, ranked after `matching`; an empty
  // query when there is nothing to relax (a single word, an OR, a phrase…).
  Xapian::Query partial;
  // What the matching set is marked by in snippets, and the partial tail (which is also
  // found by the parts of a word written with joiners, and of a long Korean word).
  HighlightTerms highlight;
  HighlightTerms partial_highlight;
  // Words left out as English stop words, as typed ("the", "of"), in query order.
  std::vector<std::string> ignored;
};

// What the words of a query mean:
// - A word is its exact form, above its stem class (English inflections, Korean particles),
//   above the phrase of its Hangul bigrams (the word inside a compound); English stop
//   words are ignored outside quotes. Two adjacent Latin words also match written as one
//   ("Kyung wha" finds "Kyungwha").
// - A country's name (also several words: "New Zealand") also finds releases about that
//   country in the other language, through the country tag (no weight) and the name as
//   written there (a small weight), so they rank below direct matches.
// - An official's name in any spelling or either language (정의용, Chung Eui-yong) also finds
//   releases naming that person otherwise, in the same way, when a registry is given.
// - Words near each other rank higher, and so do words of the title.
// - Releases in the language the query is written in rank higher in the result set
//   (RankingParams::query_language), except for queries naming a country or an official.
// A null root (empty query text) matches every release. Throws ApiError (400,
// invalid_query) for a field value that means nothing or too many prefix* terms, naming
// its position; `text` is the query as typed, for those positions.
BuiltQuery build_query(std::string_view text, const query::Node* root, MatchMode mode,
                       const entities::CountryCatalog& countries, const RankingParams& params = {},
                       const entities::OfficialsRegistry* officials = nullptr);

// At most this many prefix* terms in one query (each expands to up to
// kMaxWildcardExpansion words).
inline constexpr std::size_t kMaxPrefixTerms = 8;

}  // namespace dipsearch
