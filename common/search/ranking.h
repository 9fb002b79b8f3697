// How relevance is scored: BM25's parameters and the weights the query builder gives each
// kind of match. The defaults were tuned on tests/relevance and on the tuning part of the
// real pages' judged set (bench/relevance/README.md); the evaluation program can override
// them to repeat the tuning.
#pragma once

#include <cmath>

#include <xapian.h>

#include "common/schema.h"

namespace dipsearch {

struct RankingParams {
  // BM25 (Xapian's defaults are k1 = 1, b = 0.5, min_normlen = 0.5).
  double k1 = 1.0;
  double b = 0.5;
  double min_normlen = 0.5;

  // A word's alternatives: its stem class (every inflection, every particle) carries its
  // weight, the form as typed adds a little on top; a Korean word's halves written apart
  // (`bigram`) and the word inside a longer compound (`compound`: the phrase of its Hangul
  // bigrams, 탄도미사일 in 장거리탄도미사일) weigh less. The compound was weighed as the
  // halves (0.5) before the real pages showed releases naming a thing only in compounds
  // ranked below ones naming it once.
  double stem = 1.0;
  double exact = 0.3;
  double bigram = 0.5;
  double compound = 0.7;
  // The same word in the title field, on top of the body match. Low: a saved page's headline
  // is not always what the parser takes for its title (0.4 before the real pages were judged;
  // 0.2 ranks better on both sets).
  double title = 0.2;
  // Two adjacent query words near each other in a release (within `proximity_window`
  // positions; the first three such pairs of a query).
  double proximity = 0.2;
  unsigned proximity_window = 4;
  // Partial matches (match=auto's tail): extra weight for every pair of query words a release
  // has, so that releases with more of the words come first.
  double coordination = 0.5;
  // A country's name in the other language, for releases that name it there (they also
  // match through the country tag, which carries no weight).
  double cross_language = 0.05;
  // A country's name where the release is not tagged with the country weighs this much of
  // its weight: the name written inside another name (인도 in 인도·태평양, "Republic of Korea"
  // in "Democratic People's Republic of Korea") or meaning another word, which the
  // extractor tells apart from the country.
  double untagged_country = 0;
  // A release in the language the query is written in (query_language.h) weighs this much
  // more (1.5: two and a half times): a Korean query's Korean releases come before English
  // ones that quote its words in a Korean headline, unless those match far better. Not for
  // queries naming a country or an official, which search both languages alike.
  double query_language = 1.5;
};

// The weighting scheme for relevance order. k2 = 0 and k3 = 1 as in Xapian: queries here
// rarely repeat a word.
inline Xapian::BM25Weight relevance_weight(const RankingParams& params = {}) {
  return Xapian::BM25Weight(params.k1, 0, 1, params.b, params.min_normlen);
}

// A weight as answers show it: six significant digits, so that one database and a set of
// shards (whose statistics add up in another order, differing in the last bit) agree.
inline double shown_score(double weight) {
  if (weight == 0) return 0;
  const double scale = std::pow(10.0, 5 - std::floor(std::log10(std::fabs(weight))));
  return std::round(weight * scale) / scale;
}

// Relevance order with its weighting; equal weights go by date and release id (the sort
// slot), never by docid, which differs between one database and a set of shards.
inline void rank_by_relevance(Xapian::Enquire& enquire, const RankingParams& params = {}) {
  enquire.set_weighting_scheme(relevance_weight(params));
  enquire.set_sort_by_relevance_then_value(schema::kSortSlot, true);
}

}  // namespace dipsearch
