// The measures of one ranked list against graded judgments, and their means over queries.
// Gains are 2^grade − 1 with a log2 rank discount (Järvelin & Kekäläinen's nDCG); a release
// counts as relevant for P@10, recall and MRR when its grade is at least 1.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dipsearch::relevance {

struct Scores {
  double ndcg10 = 0;
  double p10 = 0;
  double recall100 = 0;
  double mrr = 0;
};

inline constexpr size_t kRankDepth = 100;  // the deepest rank any measure looks at

// `ranked`: release ids, best first (only the first kRankDepth count); `grades`: the
// relevant releases and their grades.
Scores score(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades);

// The mean of each measure; zeros for no scores.
Scores mean(const std::vector<Scores>& scores);

}  // namespace dipsearch::relevance
