// The best ranking any system could give through a query's date filter: the judged releases
// by grade, leaving out those whose date (as the page reader found it) is outside the query's
// date: range, undated ones included. It shows how much of a date query's score is out of
// every system's reach because relevant pages state no date; for queries without a range it
// scores 1.
#pragma once

#include <memory>
#include <vector>

#include "bench/relevance/judged_set.h"
#include "bench/relevance/ranker.h"
#include "common/release/release.h"

namespace dipsearch::relevance {

inline constexpr const char* kBestPossibleSystem = "best-possible";

// Throws JudgedSetError naming both queries when two of one text are judged differently
// (it answers a query's text, as every system does).
std::unique_ptr<Ranker> make_best_possible_ranker(const JudgedSet& set, const std::vector<Release>& corpus);

}  // namespace dipsearch::relevance
