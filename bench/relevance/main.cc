// dipsearch-relevance: measures dipsearch and the baselines on the judged sets and prints
// nDCG@10, recall@100, MRR and P@10 overall, per part, per language and per kind of query.
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>

#include "bench/relevance/baseline_rankers.h"
#include "bench/relevance/best_possible_ranker.h"
#include "bench/relevance/dipsearch_ranker.h"
#include "bench/relevance/evaluation.h"
#include "bench/relevance/sqlite_fts5_ranker.h"

namespace {

using namespace dipsearch;
using namespace dipsearch::relevance;

constexpr const char* kUsage =
    "usage: dipsearch-relevance [--only sample|real] [--judged DIR] [--sample DIR] [--shared DIR]\n"
    "                           [--per-query] [--json] [--pool N] [--set NAME=VALUE]... [--sweep]\n"
    "\n"
    "Measures dipsearch and the baselines on two judged sets and prints nDCG@10, recall@100,\n"
    "MRR and P@10 for all queries, per part (tuning, held-out, unseen, fresh, fresh2,\n"
    "fresh3, fresh4, fresh5), per language and per kind:\n"
    "  sample  tests/relevance over data/sample, written for the project;\n"
    "  real    bench/relevance/real over real release pages kept beside the project, in\n"
    "          SHARED/realpages (skipped, saying so, when absent), SHARED/morepages/pages15r,\n"
    "          pages16r, pages17r, pages18r, pages19r and pages20r (each absent one skipped,\n"
    "          saying so, with the queries judged only on its pages).\n"
    "Each corpus is indexed by dipsearch-index and searched as dipsearchd does; the baselines\n"
    "(Xapian's CJK n-grams three ways, SQLite FTS5 trigram, whitespace words) index the same\n"
    "releases. The last column, best-possible, is a bound rather than a system: the judged\n"
    "releases by grade, less those a query's date: range leaves out (undated pages among them).\n"
    "\n"
    "  --only SET        measure one set only\n"
    "  --judged DIR      the sample set's queries.tsv and qrels.tsv (default: tests/relevance)\n"
    "  --sample DIR      the corpus the sample set is about (default: data/sample)\n"
    "  --shared DIR      where the real pages are (default: the shared directory beside the\n"
    "                    project, ../shared)\n"
    "  --per-query       also each query's nDCG@10, recall@100 and top ten per system\n"
    "  --json            the grouped means as JSON instead of the tables\n"
    "  --pool N          instead of scores, the judging pool: for each query of the real set,\n"
    "                    the union of every system's top N (query id, release id, best rank,\n"
    "                    systems that listed it)\n"
    "  --set NAME=VALUE  also measure dipsearch with this ranking weight changed, as\n"
    "                    'dipsearch*'; repeat to change several (k1, b, min_normlen, exact,\n"
    "                    stem, bigram, title, proximity, proximity_window, coordination,\n"
    "                    cross_language, query_language, compound,\n"
    "                    untagged_country)\n"
    "  --sweep           nDCG@10 of dipsearch as each weight moves around its default, on the\n"
    "                    sample set and the real set's tuning queries\n";

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
      {"query_language", [](RankingParams& p) -> double& { return p.query_language; }},
      {"compound", [](RankingParams& p) -> double& { return p.compound; }},
      {"untagged_country", [](RankingParams& p) -> double& { return p.untagged_country; }},
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

// A judged set with its corpus indexed by every system.
struct MeasuredSet {
  SetLocation where;
  JudgedSet set;
  size_t releases = 0;
  std::unique_ptr<Ranker> dipsearch;
  std::vector<std::unique_ptr<Ranker>> baselines;
  std::unique_ptr<Ranker> best_possible;  // a bound, not a system: absent while judging
};

MeasuredSet prepare(const SetLocation& where, bool with_baselines, bool judging) {
  MeasuredSet m{where, load_judged_set(where.judged, judging), 0, nullptr, {}, nullptr};
  const std::vector<Release> corpus = read_corpus(where.corpus);
  m.releases = corpus.size();
  std::vector<std::string> ids;
  for (const auto& r : corpus) ids.push_back(r.id);
  if (where.absent.empty()) {
    check_judged_ids(m.set, ids);
  } else {
    const size_t dropped = keep_judgments_of(m.set, ids);
    for (const auto& dir : where.absent) std::cerr << "dipsearch-relevance: " << dir.string() << " is not here;";
    std::cerr << " " << dropped << " queries of the " << where.name
              << " set whose judged releases are all in it are left out (see bench/relevance/real/README.md)\n";
  }
  m.dipsearch = make_dipsearch_ranker(where.corpus);
  if (with_baselines) {
    m.baselines.push_back(make_xapian_cjk_ranker(corpus, DefaultOperator::kOr));
    m.baselines.push_back(make_xapian_cjk_ranker(corpus, DefaultOperator::kAnd));
    m.baselines.push_back(make_xapian_cjk_ranker(corpus, DefaultOperator::kAllThenSome));
    m.baselines.push_back(make_sqlite_fts5_ranker(corpus));
    m.baselines.push_back(make_whitespace_ranker(corpus));
    if (!judging) m.best_possible = make_best_possible_ranker(m.set, corpus);
  }
  return m;
}

// The queries of one part only (for tuning on the tuning part).
JudgedSet part_of(const JudgedSet& set, const std::string& part) {
  JudgedSet out;
  for (const auto& q : set.queries) {
    if (q.part == part) out.queries.push_back(q);
  }
  return out;
}

// Moves one weight at a time through a few values around the defaults.
void sweep(const std::vector<MeasuredSet>& sets) {
  const std::map<std::string, std::vector<double>> grid = {
      {"k1", {0.6, 0.9, 1.2, 1.5}},         {"b", {0.3, 0.5, 0.75}},
      {"exact", {0, 0.15, 0.6}},            {"bigram", {0.2, 0.35, 0.7}},
      {"title", {0, 0.2, 0.6, 1.0}},        {"proximity", {0, 0.1, 0.5}},
      {"coordination", {0, 0.25, 1.0}},     {"cross_language", {0.02, 0.1, 0.2}},
      {"query_language", {0, 0.5, 3.0}},    {"compound", {0.5, 0.7, 1.0}},
      {"untagged_country", {0, 0.3, 1.0}},
  };
  std::printf("%-16s %6s", "weight", "value");
  for (const auto& m : sets) std::printf("  %-8s %7s %7s %7s %7s", m.where.name.c_str(), "all", "en", "ko", "min kind");
  std::printf("\n");
  auto all = weights();
  std::vector<std::pair<std::string, double>> rows{{"(defaults)", 0}};
  for (const auto& [name, values] : grid) {
    for (double value : values) rows.emplace_back(name, value);
  }
  for (const auto& [name, value] : rows) {
    RankingParams params;
    if (name != "(defaults)") all.at(name)(params) = value;
    std::printf("%-16s %6.2f", name.c_str(), value);
    for (const auto& m : sets) {
      const JudgedSet tuning = part_of(m.set, kTuningPart);
      auto ranker = with_params(*m.dipsearch, params);
      Evaluation e = evaluate(tuning, {ranker.get()});
      double worst = 1;
      for (const auto& kind : kKinds) {
        if (e.count(QueryGroup{"", "", kind}) > 0) worst = std::min(worst, e.mean_of(ranker->name(), "", kind).ndcg10);
      }
      std::printf("  %-8s %7.3f %7.3f %7.3f %7.3f", "", e.mean_of(ranker->name(), "", "").ndcg10,
                  e.mean_of(ranker->name(), "en", "").ndcg10, e.mean_of(ranker->name(), "ko", "").ndcg10, worst);
    }
    std::printf("\n");
  }
}

// The judging pool: every system's top `depth` for each query, merged.
void print_pool(const Evaluation& e, size_t depth) {
  std::cout << "# query\trelease\tbest rank\tsystems\n";
  for (size_t i = 0; i < e.set.queries.size(); ++i) {
    std::map<std::string, std::pair<size_t, std::string>> pool;  // id → best rank, systems
    for (const auto& run : e.runs) {
      for (size_t r = 0; r < run.rankings[i].size() && r < depth; ++r) {
        auto [it, added] = pool.emplace(run.rankings[i][r], std::make_pair(r + 1, run.system));
        if (!added) {
          it->second.first = std::min(it->second.first, r + 1);
          it->second.second += "," + run.system;
        }
      }
    }
    for (const auto& [id, found] : pool) {
      std::cout << e.set.queries[i].id << '\t' << id << '\t' << found.first << '\t' << found.second << '\n';
    }
  }
}

std::vector<Ranker*> systems_of(const MeasuredSet& m, const std::unique_ptr<Ranker>& tuned) {
  std::vector<Ranker*> systems{m.dipsearch.get()};
  if (tuned) systems.push_back(tuned.get());
  for (const auto& b : m.baselines) systems.push_back(b.get());
  if (m.best_possible) systems.push_back(m.best_possible.get());
  return systems;
}

}  // namespace

int main(int argc, char** argv) {
  SetLocation sample = sample_set();
  std::filesystem::path shared = default_shared_dir();
  std::string only;
  bool per_query = false, json = false, do_sweep = false;
  size_t pool_depth = 0;
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
    if (arg == "--judged") sample.judged = value();
    else if (arg == "--sample") sample.corpus = {value()};
    else if (arg == "--shared") shared = value();
    else if (arg == "--only") only = value();
    else if (arg == "--per-query") per_query = true;
    else if (arg == "--json") json = true;
    else if (arg == "--sweep") do_sweep = true;
    else if (arg == "--pool") {
      const std::string n = value();
      char* end = nullptr;
      const long depth = std::strtol(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || depth < 1 || depth > static_cast<long>(kRankDepth)) {
        std::cerr << "dipsearch-relevance: --pool " << n << ": expected a depth from 1 to " << kRankDepth << "\n";
        return 2;
      }
      pool_depth = static_cast<size_t>(depth);
    } else if (arg == "--set") {
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
  if (!only.empty() && only != "sample" && only != "real") {
    std::cerr << "dipsearch-relevance: --only " << only << ": expected 'sample' or 'real'\n";
    return 2;
  }
  if (pool_depth > 0) only = "real";
  try {
    std::vector<SetLocation> locations;
    if (only.empty() || only == "sample") locations.push_back(sample);
    if (only.empty() || only == "real") {
      SetLocation real = real_set(shared);
      std::vector<std::string> missing;
      for (const auto& dir : real.corpus) {
        if (!std::filesystem::is_directory(dir)) missing.push_back(dir.string());
      }
      if (missing.empty()) {
        locations.push_back(real);
      } else {
        std::cerr << "dipsearch-relevance: skipping the real set: its pages are not here (" << missing.front()
                  << "; see bench/relevance/real/README.md)\n";
        if (only == "real") return 1;
      }
    }
    std::vector<MeasuredSet> sets;
    for (const auto& where : locations) sets.push_back(prepare(where, !do_sweep, pool_depth > 0));
    if (do_sweep) {
      sweep(sets);
      return 0;
    }
    nlohmann::json report = nlohmann::json::object();
    for (const auto& m : sets) {
      std::unique_ptr<Ranker> tuned;
      if (custom) tuned = with_params(*m.dipsearch, *custom);
      const Evaluation e = evaluate(m.set, systems_of(m, tuned));
      if (pool_depth > 0) {
        print_pool(e, pool_depth);
        continue;
      }
      if (json) {
        report[m.where.name] = report_json(e);
        continue;
      }
      size_t korean = 0;
      std::map<std::string, size_t> in_part;
      for (const auto& q : m.set.queries) {
        korean += q.lang == "ko";
        ++in_part[q.part];
      }
      std::cout << "== " << m.where.name << " set: " << m.where.judged.string() << " over";
      for (const auto& dir : m.where.corpus) std::cout << ' ' << dir.string();
      std::cout << "\n   " << m.releases << " releases, " << m.set.queries.size() << " judged queries ("
                << m.set.queries.size() - korean << " en, " << korean << " ko";
      // Every part but tuning, by count (the rest is tuning).
      for (size_t i = 1; i < kParts.size(); ++i) {
        std::cout << (i == 1 ? "; " : ", ") << in_part[kParts[i]] << ' '
                  << (kParts[i] == kHeldOutPart ? "held out" : kParts[i]);
      }
      std::cout << ")\n\n";
      print_report(std::cout, e);
      std::cout << "\n";
      if (per_query) {
        print_per_query(std::cout, e);
        std::cout << "\n";
      }
    }
    if (json) std::cout << report.dump(2) << "\n";
  } catch (const std::exception& ex) {
    std::cerr << "dipsearch-relevance: " << ex.what() << "\n";
    return 1;
  }
  return 0;
}
