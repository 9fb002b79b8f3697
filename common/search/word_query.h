// What one typed word or quoted phrase means in the index: the alternatives the indexer wrote
// for it, through the same analyzer. A word is its exact form, above its stem class
// (inflections, particles), above the phrase of its Hangul bigrams (the word inside a longer
// compound); a phrase is its words at consecutive positions.
#pragma once

#include <string_view>

#include <xapian.h>

#include "common/schema.h"
#include "common/search/highlight_terms.h"
#include "common/search/ranking.h"

namespace dipsearch {

class WordQueries {
 public:
  // highlight: where the matched forms are recorded for snippets; nullptr for negated
  // words, which are never marked. check_positions false: the words of a phrase (typed
  // or a word's parts, "Kyung-wha") need only all be there, which reads no positions;
  // for a copy of a query that only weighs releases the query itself matched, where that
  // weight is the same (Xapian weighs a phrase as the sum of its words).
  WordQueries(const schema::TextField& field, const RankingParams& params, HighlightTerms* highlight,
              bool check_positions = true)
      : field_(field), params_(params), highlight_(highlight), check_positions_(check_positions) {}

  // A word as typed: "consultations", "Kyung-wha", "Kyungwha", "한·미", "외교부는", "日".
  // An empty query when it holds no letter or digit, or only a word too long to index.
  Xapian::Query word(std::string_view typed) const;

  // The inside of "…": its words at consecutive positions. Latin words match as written
  // (diacritics aside); Korean words also with other particles, as in the index.
  Xapian::Query phrase(std::string_view typed) const;

  // A name that only weighs, among matches found otherwise (a country's name in the other
  // language, found by the country's tag): the word, or the words in a row, without the
  // Korean bigram phrase, which costs more to check than the rest of a search.
  Xapian::Query weighing_name(std::string_view typed) const;

  // A Korean word of four to eight syllables by either half of each way of cutting it in
  // two (외교차관: 외교, 차관), each weighed like the bigram phrase; for ranking releases
  // that hold only some of a query's words. Empty for other words.
  Xapian::Query halves(std::string_view typed) const;

  // The word's terms at its word positions (exact form and stem), for proximity boosts;
  // empty when the word has no single position (2021-04-08).
  Xapian::Query positional(std::string_view typed) const;

  // Two typed words written as one, as some write names ("Kyung" "wha" → "kyungwha");
  // empty unless both are single Latin words.
  Xapian::Query joined(std::string_view first, std::string_view second) const;

  // Words starting with the typed text (hyphens and dots dropped, as in compounds), at
  // most kMaxWildcardExpansion of the most frequent; empty when nothing is left.
  Xapian::Query prefix(std::string_view typed) const;

 private:
  const schema::TextField& field_;
  const RankingParams& params_;
  HighlightTerms* highlight_;
  bool check_positions_;
};

// Upper bound on the terms one prefix* expands to.
inline constexpr Xapian::termcount kMaxWildcardExpansion = 200;

}  // namespace dipsearch
