// dipsearch-relevance: measures dipsearch and the baselines on the judged set and prints
// nDCG@10, P@10, recall@100 and MRR overall, per language and per kind of query.
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>

#include "bench/relevance/baseline_rankers.h"
#include "bench/relevance/dipsearch_ranker.h"
#include "bench/relevance/evaluation.h"

namespace {

using namespace dipsearch;
using namespace dipsearch::relevance;

constexpr const char* kUsage =
    "usage: dipsearch-relevance [--judged DIR] [--sample DIR] [--per-query] [--json]\n"
    "                           [--set NAME=VALUE]... [--sweep]\n"
    "\n"
    "Indexes the sample corpus with dipsearch-index and with the baselines, runs every judged\n"
    "query and prints nDCG@10, P@10, recall@100 and MRR for all queries, per language and per\n"
    "kind of query.\n"
    "\n"
    "  --judged DIR      queries.tsv and qrels.tsv (default: tests/relevance)\n"
    "  --sample DIR      the corpus the judgments are about (default: data/sample)\n"
    "  --per-query       also each query's nDCG@10 and top five per system\n"
    "  --json            the grouped means as JSON instead of the table\n"
    "  --set NAME=VALUE  also measure dipsearch with this ranking weight changed, as\n"
    "                    'dipsearch*'; repeat to change several (k1, b, min_normlen, exact,\n"
    "                    stem, bigram, title, proximity, proximity_window, coordination,\n"
    "                    cross_language)\n"
    "  --sweep           nDCG@10 of dipsearch as each weight moves around its default\n";

// The ranking weights by name, for --set and --sweep.
std::map<std::string, std::function<double&(RankingParams&)>> weights() {
  return {
      {"k1", [](RankingParams& p) -> double& { return p.k1; }},
      {"b", [](RankingParams& p) -> double& { return p.b; }},
      {"min_normlen", [](RankingParams& p) -> double& { return p.min_normlen; }},
      {"exact", [](RankingParams& p) -> double& { return p.exact; }},
      {"stem", [](RankingParams& p) -> double& { return p.stem; }},
      {"bigram", [](RankingParams& p) -> double& { return p.bigram; }},
      {"title", [](RankingParams& p) -> double& { return p.title; }},
      {"proximity", [](RankingParams& p) -> double& { return p.proximity; }},
      {"coordination", [](RankingParams& p) -> double& { return p.coordination; }},
      {"cross_language", [](RankingParams& p) -> double& { return p.cross_language; }},
  };
}

bool set_param(RankingParams& params, const std::string& assignment) {
  const size_t eq = assignment.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = assignment.substr(0, eq), value = assignment.substr(eq + 1);
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || number < 0) return false;
  if (name == "proximity_window") {
    params.proximity_window = static_cast<unsigned>(number);
    return number >= 2;
  }
  auto all = weights();
  auto it = all.find(name);
  if (it == all.end()) return false;
  it->second(params) = number;
  return true;
}

// Moves one weight at a time through a few values around the defaults.
void sweep(const JudgedSet& set, const Ranker& dipsearch) {
  const std::map<std::string, std::vector<double>> grid = {
      {"k1", {0.6, 0.9, 1.2, 1.5}},         {"b", {0.3, 0.5, 0.75}},
      {"exact", {0, 0.15, 0.6}},            {"bigram", {0.2, 0.35, 0.7}},
      {"title", {0, 0.2, 0.6, 1.0}},        {"proximity", {0, 0.1, 0.5}},
      {"coordination", {0, 0.25, 1.0}},     {"cross_language", {0.02, 0.1, 0.2}},
  };
  std::printf("%-16s %6s  %7s %7s %7s  %s\n", "weight", "value", "all", "en", "ko", "min over kinds");
  auto all = weights();
  for (const auto& [name, values] : grid) {
    for (double value : values) {
      RankingParams params;
      all.at(name)(params) = value;
      auto ranker = with_params(dipsearch, params);
      Evaluation e = evaluate(set, {ranker.get()});
      double worst = 1;
      for (const auto& kind : kKinds) worst = std::min(worst, e.mean_of(ranker->name(), "", kind).ndcg10);
      std::printf("%-16s %6.2f  %7.3f %7.3f %7.3f  %.3f\n", name.c_str(), value,
                  e.mean_of(ranker->name(), "", "").ndcg10, e.mean_of(ranker->name(), "en", "").ndcg10,
                  e.mean_of(ranker->name(), "ko", "").ndcg10, worst);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path judged_dir = default_judged_dir(), sample_dir = default_sample_dir();
  bool per_query = false, json = false, do_sweep = false;
  std::optional<RankingParams> custom;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "dipsearch-relevance: " << arg << " needs a value\n" << kUsage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--judged") judged_dir = value();
    else if (arg == "--sample") sample_dir = value();
    else if (arg == "--per-query") per_query = true;
    else if (arg == "--json") json = true;
    else if (arg == "--sweep") do_sweep = true;
    else if (arg == "--set") {
      if (!custom) custom = RankingParams{};
      const std::string assignment = value();
      if (!set_param(*custom, assignment)) {
        std::cerr << "dipsearch-relevance: --set " << assignment << ": unknown weight or bad value\n";
        return 2;
      }
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else {
      std::cerr << "dipsearch-relevance: unknown option " << arg << "\n" << kUsage;
      return 2;
    }
  }
  try {
    const JudgedSet set = load_judged_set(judged_dir);
    const std::vector<Release> corpus = read_corpus(sample_dir);
    auto dipsearch = make_dipsearch_ranker(sample_dir);
    if (do_sweep) {
      sweep(set, *dipsearch);
      return 0;
    }
    auto xapian_or = make_xapian_cjk_ranker(corpus, DefaultOperator::kOr);
    auto xapian_and = make_xapian_cjk_ranker(corpus, DefaultOperator::kAnd);
    auto whitespace = make_whitespace_ranker(corpus);
    std::vector<Ranker*> systems{dipsearch.get()};
    std::unique_ptr<Ranker> tuned;
    if (custom) {
      tuned = with_params(*dipsearch, *custom);
      systems.push_back(tuned.get());
    }
    systems.insert(systems.end(), {xapian_or.get(), xapian_and.get(), whitespace.get()});
    const Evaluation e = evaluate(set, systems);
    if (json) {
      std::cout << report_json(e).dump(2) << "\n";
      return 0;
    }
    size_t korean = 0;
    for (const auto& q : set.queries) korean += q.lang == "ko";
    std::cout << "Relevance on " << sample_dir.string() << ": " << corpus.size() << " releases, "
              << set.queries.size() << " judged queries (" << set.queries.size() - korean << " en, "
              << korean << " ko)\n\n";
    print_report(std::cout, e);
    if (per_query) {
      std::cout << "\n";
      print_per_query(std::cout, e);
    }
  } catch (const std::exception& ex) {
    std::cerr << "dipsearch-relevance: " << ex.what() << "\n";
    return 1;
  }
  return 0;
}
