// Runs every judged query through every system and groups the scores by part, language and
// kind.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/relevance/judged_set.h"
#include "bench/relevance/metrics.h"
#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {

struct SystemRun {
  std::string system;
  std::vector<std::vector<std::string>> rankings;  // per query, in the set's order
  std::vector<Scores> scores;                       // per query
};

// Queries of one part, language and kind ("" = any).
struct QueryGroup {
  std::string part;
  std::string lang;
  std::string kind;
  bool holds(const JudgedQuery& q) const {
    return (part.empty() || q.part == part) && (lang.empty() || q.lang == lang) && (kind.empty() || q.kind == kind);
  }
  std::string label() const;
};

struct Evaluation {
  JudgedSet set;
  std::vector<SystemRun> runs;  // in the order the systems were given

  // Mean scores of one system over the queries of a group.
  Scores mean_of(const std::string& system, const QueryGroup& group) const;
  Scores mean_of(const std::string& system, const std::string& lang, const std::string& kind) const {
    return mean_of(system, QueryGroup{"", lang, kind});
  }
  size_t count(const QueryGroup& group) const;
};

Evaluation evaluate(const JudgedSet& set, const std::vector<Ranker*>& systems);

// The groups reports show, those with queries: all, each part (when the set has held-out or
// unseen queries), each language and kind, per part too, and each language and kind together.
std::vector<QueryGroup> report_groups(const JudgedSet& set);

// Tables with a row per group and a column per system: nDCG@10 for every group, then
// recall@100, MRR and P@10 for the groups without a kind-and-language pair.
void print_report(std::ostream& out, const Evaluation& evaluation);
// Each query's nDCG@10 and recall@100 per system and its top ten with their grades, for finding what to fix.
void print_per_query(std::ostream& out, const Evaluation& evaluation);
// The grouped means, for scripts.
nlohmann::json report_json(const Evaluation& evaluation);

}  // namespace dipsearch::relevance
