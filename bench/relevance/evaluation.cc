// Evaluation runs and their reports.
#include "bench/relevance/evaluation.h"

#include <cstdio>
#include <stdexcept>

namespace dipsearch::relevance {
namespace {

struct Group {
  std::string label;
  std::string lang;
  std::string kind;
};

std::vector<Group> groups() {
  std::vector<Group> out{{"all", "", ""}};
  for (const auto& lang : kLanguages) out.push_back({"lang " + lang, lang, ""});
  for (const auto& kind : kKinds) out.push_back({"kind " + kind, "", kind});
  for (const auto& lang : kLanguages) {
    for (const auto& kind : kKinds) out.push_back({lang + " " + kind, lang, kind});
  }
  return out;
}

size_t count(const JudgedSet& set, const std::string& lang, const std::string& kind) {
  size_t n = 0;
  for (const auto& q : set.queries) n += (lang.empty() || q.lang == lang) && (kind.empty() || q.kind == kind);
  return n;
}

std::string format(const char* pattern, double a, double b, double c, double d) {
  char line[128];
  std::snprintf(line, sizeof line, pattern, a, b, c, d);
  return line;
}

}  // namespace

Scores Evaluation::mean_of(const std::string& system, const std::string& lang, const std::string& kind) const {
  for (const auto& run : runs) {
    if (run.system != system) continue;
    std::vector<Scores> chosen;
    for (size_t i = 0; i < set.queries.size(); ++i) {
      const auto& q = set.queries[i];
      if ((lang.empty() || q.lang == lang) && (kind.empty() || q.kind == kind)) chosen.push_back(run.scores[i]);
    }
    return mean(chosen);
  }
  throw std::invalid_argument("no system named '" + system + "' was evaluated");
}

Evaluation evaluate(const JudgedSet& set, const std::vector<Ranker*>& systems) {
  Evaluation e{set, {}};
  for (Ranker* system : systems) {
    SystemRun run{system->name(), {}, {}};
    for (const auto& q : set.queries) {
      run.rankings.push_back(system->rank(q.text, kRankDepth));
      run.scores.push_back(score(run.rankings.back(), q.grades));
    }
    e.runs.push_back(std::move(run));
  }
  return e;
}

void print_report(std::ostream& out, const Evaluation& e) {
  out << "group                        queries  system           nDCG@10   P@10  R@100    MRR\n";
  for (const auto& g : groups()) {
    const size_t n = count(e.set, g.lang, g.kind);
    if (n == 0) continue;
    for (const auto& run : e.runs) {
      const Scores s = e.mean_of(run.system, g.lang, g.kind);
      char head[96];
      std::snprintf(head, sizeof head, "%-28s %7zu  %-15s", g.label.c_str(), n, run.system.c_str());
      out << head << format("  %6.3f %6.3f %6.3f %6.3f\n", s.ndcg10, s.p10, s.recall100, s.mrr);
    }
  }
}

void print_per_query(std::ostream& out, const Evaluation& e) {
  for (size_t i = 0; i < e.set.queries.size(); ++i) {
    const auto& q = e.set.queries[i];
    out << q.id << "  " << q.text << "\n";
    for (const auto& run : e.runs) {
      char line[96];
      std::snprintf(line, sizeof line, "  %-15s nDCG@10 %.3f  top:", run.system.c_str(), run.scores[i].ndcg10);
      out << line;
      for (size_t r = 0; r < run.rankings[i].size() && r < 5; ++r) {
        const std::string& id = run.rankings[i][r];
        auto grade = q.grades.find(id);
        out << ' ' << id << '(' << (grade == q.grades.end() ? 0 : grade->second) << ')';
      }
      out << "\n";
    }
  }
}

nlohmann::json report_json(const Evaluation& e) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& g : groups()) {
    if (count(e.set, g.lang, g.kind) == 0) continue;
    for (const auto& run : e.runs) {
      const Scores s = e.mean_of(run.system, g.lang, g.kind);
      out[g.label][run.system] = {{"ndcg10", s.ndcg10}, {"p10", s.p10}, {"recall100", s.recall100}, {"mrr", s.mrr}};
    }
  }
  return out;
}

}  // namespace dipsearch::relevance
