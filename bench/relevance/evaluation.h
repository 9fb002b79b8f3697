// Runs every judged query through every system and groups the scores by language and kind.
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

struct Evaluation {
  JudgedSet set;
  std::vector<SystemRun> runs;  // in the order the systems were given

  // Mean scores of one system over the queries of a language and a kind ("" = any).
  Scores mean_of(const std::string& system, const std::string& lang, const std::string& kind) const;
};

Evaluation evaluate(const JudgedSet& set, const std::vector<Ranker*>& systems);

// The table README shows: one row per group (all, each language, each kind) and system.
void print_report(std::ostream& out, const Evaluation& evaluation);
// Each query's nDCG@10 per system and dipsearch's top results, for finding what to fix.
void print_per_query(std::ostream& out, const Evaluation& evaluation);
// The grouped means, for scripts.
nlohmann::json report_json(const Evaluation& evaluation);

}  // namespace dipsearch::relevance
