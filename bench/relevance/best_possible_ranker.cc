// The judged releases of a query by grade, through its date filter.
#include "bench/relevance/best_possible_ranker.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "bench/relevance/baseline_query.h"

namespace dipsearch::relevance {
namespace {

class BestPossibleRanker : public Ranker {
 public:
  BestPossibleRanker(const JudgedSet& set, const std::vector<Release>& corpus) {
    // Systems answer a query's text: one text judged two ways has no single bound.
    std::map<std::string, const JudgedQuery*> first_of;
    for (const auto& q : set.queries) {
      auto [first, added] = first_of.emplace(q.text, &q);
      if (added) {
        grades_.emplace(q.text, q.grades);
      } else if (first->second->grades != q.grades) {
        throw JudgedSetError("queries " + first->second->id + " and " + q.id + " have the same text '" + q.text +
                             "' but different judgments: give one of them other words, or judge them alike");
      }
    }
    for (const auto& r : corpus) dates_.emplace(r.id, r.date);
  }
  std::string name() const override { return kBestPossibleSystem; }

  std::vector<std::string> rank(const std::string& query, size_t depth) override {
    auto judged = grades_.find(query);
    if (judged == grades_.end()) return {};
    const BaselineQuery typed = split_date_filter(query);
    std::vector<std::pair<int, std::string>> reachable;  // (grade, id)
    for (const auto& [id, grade] : judged->second) {
      auto date = dates_.find(id);
      if (grade > 0 && date != dates_.end() && within_dates(typed, date->second)) reachable.emplace_back(grade, id);
    }
    std::sort(reachable.begin(), reachable.end(),
              [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<std::string> ids;
    for (const auto& r : reachable) {
      if (ids.size() == depth) break;
      ids.push_back(r.second);
    }
    return ids;
  }

 private:
  std::map<std::string, std::map<std::string, int>> grades_;  // query text → grades
  std::map<std::string, std::string> dates_;                  // release id → date
};

}  // namespace

std::unique_ptr<Ranker> make_best_possible_ranker(const JudgedSet& set, const std::vector<Release>& corpus) {
  return std::make_unique<BestPossibleRanker>(set, corpus);
}

}  // namespace dipsearch::relevance
