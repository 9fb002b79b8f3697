// Evaluation runs and their reports.
#include "bench/relevance/evaluation.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

namespace dipsearch::relevance {
namespace {

bool has_part(const JudgedSet& set, const std::string& part) {
  for (const auto& q : set.queries) {
    if (q.part == part) return true;
  }
  return false;
}

void print_table(std::ostream& out, const Evaluation& e, const std::vector<QueryGroup>& groups, const char* metric,
                 const std::function<double(const Scores&)>& value) {
  char cell[64];
  std::snprintf(cell, sizeof cell, "%-30s %7s", metric, "queries");
  out << cell;
  for (const auto& run : e.runs) {
    std::snprintf(cell, sizeof cell, " %*s", static_cast<int>(std::max<size_t>(run.system.size(), 7)), run.system.c_str());
    out << cell;
  }
  out << "\n";
  for (const auto& g : groups) {
    std::snprintf(cell, sizeof cell, "%-30s %7zu", g.label().c_str(), e.count(g));
    out << cell;
    for (const auto& run : e.runs) {
      std::snprintf(cell, sizeof cell, " %*.3f", static_cast<int>(std::max<size_t>(run.system.size(), 7)),
                    value(e.mean_of(run.system, g)));
      out << cell;
    }
    out << "\n";
  }
}

}  // namespace

std::string QueryGroup::label() const {
  std::string out = part.empty() ? "" : part;
  for (const std::string* s : {&lang, &kind}) {
    if (!s->empty()) out += (out.empty() ? "" : " ") + *s;
  }
  return out.empty() ? "all" : out;
}

Scores Evaluation::mean_of(const std::string& system, const QueryGroup& group) const {
  for (const auto& run : runs) {
    if (run.system != system) continue;
    std::vector<Scores> chosen;
    for (size_t i = 0; i < set.queries.size(); ++i) {
      if (group.holds(set.queries[i])) chosen.push_back(run.scores[i]);
    }
    return mean(chosen);
  }
  throw std::invalid_argument("no system named '" + system + "' was evaluated");
}

size_t Evaluation::count(const QueryGroup& group) const {
  size_t n = 0;
  for (const auto& q : set.queries) n += group.holds(q);
  return n;
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

std::vector<QueryGroup> report_groups(const JudgedSet& set) {
  std::vector<std::string> parts{""};
  // Parts are shown when the set is split at all (a set of tuning queries only is not);
  // kParts begins with the tuning part.
  if (std::any_of(kParts.begin() + 1, kParts.end(), [&](const std::string& part) { return has_part(set, part); })) {
    for (const auto& part : kParts) {
      if (has_part(set, part)) parts.push_back(part);
    }
  }
  std::vector<QueryGroup> all;
  for (const auto& part : parts) {
    all.push_back({part, "", ""});
    for (const auto& lang : kLanguages) all.push_back({part, lang, ""});
    for (const auto& kind : kKinds) all.push_back({part, "", kind});
  }
  for (const auto& lang : kLanguages) {
    for (const auto& kind : kKinds) all.push_back({"", lang, kind});
  }
  std::vector<QueryGroup> out;
  for (const auto& g : all) {
    for (const auto& q : set.queries) {
      if (g.holds(q)) {
        out.push_back(g);
        break;
      }
    }
  }
  return out;
}

void print_report(std::ostream& out, const Evaluation& e) {
  const std::vector<QueryGroup> groups = report_groups(e.set);
  std::vector<QueryGroup> main_groups;
  for (const auto& g : groups) {
    if (g.lang.empty() || g.kind.empty()) main_groups.push_back(g);
  }
  print_table(out, e, groups, "nDCG@10", [](const Scores& s) { return s.ndcg10; });
  out << "\n";
  print_table(out, e, main_groups, "recall@100", [](const Scores& s) { return s.recall100; });
  out << "\n";
  print_table(out, e, main_groups, "MRR", [](const Scores& s) { return s.mrr; });
  out << "\n";
  print_table(out, e, main_groups, "P@10", [](const Scores& s) { return s.p10; });
}

void print_per_query(std::ostream& out, const Evaluation& e) {
  for (size_t i = 0; i < e.set.queries.size(); ++i) {
    const auto& q = e.set.queries[i];
    out << q.id << " [" << q.part << "]  " << q.text << "\n";
    for (const auto& run : e.runs) {
      char line[112];
      std::snprintf(line, sizeof line, "  %-20s nDCG@10 %.3f  recall@100 %.3f  top:", run.system.c_str(),
                    run.scores[i].ndcg10, run.scores[i].recall100);
      out << line;
      for (size_t r = 0; r < run.rankings[i].size() && r < 10; ++r) {
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
  for (const auto& g : report_groups(e.set)) {
    for (const auto& run : e.runs) {
      const Scores s = e.mean_of(run.system, g);
      out[g.label()][run.system] = {{"queries", e.count(g)}, {"ndcg10", s.ndcg10}, {"p10", s.p10},
                                    {"recall100", s.recall100}, {"mrr", s.mrr}};
    }
  }
  return out;
}

}  // namespace dipsearch::relevance
