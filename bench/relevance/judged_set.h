// The judged set: queries with their language and kind (queries.tsv) and graded judgments
// of releases (qrels.tsv, TREC's layout), read and checked before anything is measured.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::relevance {

// The kinds of query the set holds, in report order.
inline const std::vector<std::string> kKinds = {"topic", "phrase", "name", "particle-form",
                                                "cross-language"};
inline const std::vector<std::string> kLanguages = {"en", "ko"};

struct JudgedQuery {
  std::string id;
  std::string lang;  // the query's language: "en" or "ko"
  std::string kind;  // one of kKinds
  std::string text;  // as a user types it, in SPEC's query language
  std::map<std::string, int> grades;  // release id → 1..3; releases not here are not relevant
};

struct JudgedSet {
  std::vector<JudgedQuery> queries;  // in file order
};

// A malformed file: the message names the file, the line and what is wrong.
struct JudgedSetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads <dir>/queries.tsv and <dir>/qrels.tsv. Lines starting with '#' and empty lines are
// comments. Throws JudgedSetError for a wrong column count, an unknown language or kind, a
// duplicate query id or judgment, a judgment of an unknown query, a grade outside 0..3, or
// a query without any relevant release.
JudgedSet load_judged_set(const std::filesystem::path& dir);

}  // namespace dipsearch::relevance
