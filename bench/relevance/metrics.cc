// nDCG@10, P@10, recall@100 and reciprocal rank.
#include "bench/relevance/metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <string_view>

namespace dipsearch::relevance {
namespace {

constexpr size_t kTop = 10;

double gain(int grade) { return std::pow(2.0, grade) - 1.0; }
double discount(size_t rank) { return std::log2(static_cast<double>(rank) + 1.0); }  // rank is 1-based

}  // namespace

Scores score(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades) {
  Scores s;
  if (grades.empty()) return s;
  double dcg = 0;
  size_t relevant_top = 0, relevant_found = 0;
  const size_t depth = std::min(ranked.size(), kRankDepth);
  std::set<std::string_view> seen;  // a release listed twice counts once
  for (size_t i = 0; i < depth; ++i) {
    if (!seen.insert(ranked[i]).second) continue;
    auto it = grades.find(ranked[i]);
    if (it == grades.end() || it->second <= 0) continue;
    const size_t rank = i + 1;
    if (rank <= kTop) {
      dcg += gain(it->second) / discount(rank);
      ++relevant_top;
    }
    ++relevant_found;
    if (s.mrr == 0) s.mrr = 1.0 / static_cast<double>(rank);
  }
  std::vector<int> ideal;
  for (const auto& [id, grade] : grades) ideal.push_back(grade);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  double idcg = 0;
  for (size_t i = 0; i < ideal.size() && i < kTop; ++i) idcg += gain(ideal[i]) / discount(i + 1);
  s.ndcg10 = idcg > 0 ? dcg / idcg : 0;
  s.p10 = static_cast<double>(relevant_top) / kTop;
  s.recall100 = static_cast<double>(relevant_found) / static_cast<double>(grades.size());
  return s;
}

Scores mean(const std::vector<Scores>& scores) {
  Scores m;
  if (scores.empty()) return m;
  for (const auto& s : scores) {
    m.ndcg10 += s.ndcg10;
    m.p10 += s.p10;
    m.recall100 += s.recall100;
    m.mrr += s.mrr;
  }
  const double n = static_cast<double>(scores.size());
  m.ndcg10 /= n;
  m.p10 /= n;
  m.recall100 /= n;
  m.mrr /= n;
  return m;
}

}  // namespace dipsearch::relevance
