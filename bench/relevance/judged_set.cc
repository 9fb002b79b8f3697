// Tab-separated files, read strictly: a judged set with a typo must fail loudly, not score.
#include "bench/relevance/judged_set.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace dipsearch::relevance {
namespace {

struct Row {
  size_t line;
  std::vector<std::string> fields;
};

// Rows of `min_columns` to `max_columns` tab-separated fields.
std::vector<Row> read_rows(const std::filesystem::path& file, size_t min_columns, size_t max_columns) {
  std::ifstream in(file);
  if (!in) throw JudgedSetError(file.string() + ": cannot be read");
  std::vector<Row> rows;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row row{number, {}};
    std::istringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) row.fields.push_back(field);
    if (row.fields.size() < min_columns || row.fields.size() > max_columns) {
      const std::string expected = std::to_string(min_columns) +
                                   (max_columns > min_columns ? " or " + std::to_string(max_columns) : "");
      throw JudgedSetError(file.string() + ":" + std::to_string(number) + ": expected " + expected +
                           " tab-separated fields, found " + std::to_string(row.fields.size()));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

bool contains(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

[[noreturn]] void fail(const std::filesystem::path& file, size_t line, const std::string& what) {
  throw JudgedSetError(file.string() + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

JudgedSet load_judged_set(const std::filesystem::path& dir, bool judging) {
  JudgedSet set;
  std::map<std::string, size_t> index;
  const auto queries_file = dir / "queries.tsv";
  for (const Row& row : read_rows(queries_file, 4, 5)) {
    JudgedQuery q{row.fields[0], row.fields[1], row.fields[2], row.fields[3],
                  row.fields.size() > 4 ? row.fields[4] : kTuningPart, {}};
    if (q.id.empty() || q.text.empty()) fail(queries_file, row.line, "empty query id or text");
    if (!contains(kLanguages, q.lang)) fail(queries_file, row.line, "unknown language '" + q.lang + "'");
    if (!contains(kKinds, q.kind)) fail(queries_file, row.line, "unknown kind '" + q.kind + "'");
    if (!contains(kParts, q.part)) {
      std::string parts;
      for (size_t i = 0; i < kParts.size(); ++i) {
        parts += (i == 0 ? "'" : i + 1 == kParts.size() ? " or '" : ", '") + kParts[i] + "'";
      }
      fail(queries_file, row.line, "part must be " + parts + ", not '" + q.part + "'");
    }
    if (!index.emplace(q.id, set.queries.size()).second) fail(queries_file, row.line, "duplicate query id '" + q.id + "'");
    set.queries.push_back(std::move(q));
  }
  const auto qrels_file = dir / "qrels.tsv";
  if (judging && !std::filesystem::exists(qrels_file)) return set;
  std::set<std::pair<std::string, std::string>> judged;
  for (const Row& row : read_rows(qrels_file, 3, 3)) {
    auto it = index.find(row.fields[0]);
    if (it == index.end()) fail(qrels_file, row.line, "judgment of unknown query '" + row.fields[0] + "'");
    const std::string& grade_text = row.fields[2];
    if (grade_text.size() != 1 || grade_text[0] < '0' || grade_text[0] > '3') {
      fail(qrels_file, row.line, "grade must be 0, 1, 2 or 3, not '" + grade_text + "'");
    }
    JudgedQuery& q = set.queries[it->second];
    if (!judged.emplace(q.id, row.fields[1]).second) {
      fail(qrels_file, row.line, "second judgment of '" + row.fields[1] + "' for '" + q.id + "'");
    }
    const int grade = grade_text[0] - '0';
    if (grade > 0) q.grades[row.fields[1]] = grade;
  }
  for (const auto& q : set.queries) {
    if (q.grades.empty() && !judging) throw JudgedSetError(qrels_file.string() + ": query '" + q.id + "' has no relevant release");
  }
  return set;
}

void check_judged_ids(const JudgedSet& set, const std::vector<std::string>& ids) {
  const std::set<std::string> known(ids.begin(), ids.end());
  for (const auto& q : set.queries) {
    for (const auto& [id, grade] : q.grades) {
      if (!known.count(id)) throw JudgedSetError("query '" + q.id + "' judges '" + id + "', which is not in the corpus");
    }
  }
}

size_t keep_judgments_of(JudgedSet& set, const std::vector<std::string>& ids) {
  const std::set<std::string> known(ids.begin(), ids.end());
  std::vector<JudgedQuery> kept;
  for (auto& q : set.queries) {
    const bool judged = !q.grades.empty();
    for (auto it = q.grades.begin(); it != q.grades.end();) it = known.count(it->first) ? std::next(it) : q.grades.erase(it);
    if (!judged || !q.grades.empty()) kept.push_back(std::move(q));
  }
  const size_t dropped = set.queries.size() - kept.size();
  set.queries = std::move(kept);
  return dropped;
}

}  // namespace dipsearch::relevance
