// A judged set: queries with their language, kind and part (queries.tsv) and graded
// judgments of releases (qrels.tsv, TREC's layout), read and checked before anything is
// measured. Two sets exist: tests/relevance over data/sample, and bench/relevance/real over
// real pages kept outside the project.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::relevance {

// The kinds of query a set may hold, in report order ("date": words with a date: range).
inline const std::vector<std::string> kKinds = {"topic", "phrase", "name", "particle-form",
                                                "cross-language", "date"};
inline const std::vector<std::string> kLanguages = {"en", "ko"};
// Parts of a set: queries used to tune the ranking, queries kept for checking it, queries
// written after the ranking was tuned (with pages gathered then), never used to tune it, and
// queries written later still over pages gathered for them, kept from everyone who tunes
// (fresh, then fresh2, fresh3, fresh4 and fresh5 over later gatherings, each measured on its own).
inline const std::string kTuningPart = "tuning";
inline const std::string kHeldOutPart = "held-out";
inline const std::string kUnseenPart = "unseen";
inline const std::string kFreshPart = "fresh";
inline const std::string kFresh2Part = "fresh2";
inline const std::string kFresh3Part = "fresh3";
inline const std::string kFresh4Part = "fresh4";
inline const std::string kFresh5Part = "fresh5";
inline const std::vector<std::string> kParts = {kTuningPart, kHeldOutPart, kUnseenPart, kFreshPart,
                                                kFresh2Part, kFresh3Part,  kFresh4Part, kFresh5Part};

struct JudgedQuery {
  std::string id;
  std::string lang;  // the query's language: "en" or "ko"
  std::string kind;  // one of kKinds
  std::string text;  // as a user types it, in SPEC's query language
  std::string part;  // one of kParts
  std::map<std::string, int> grades;  // release id → 1..3; releases not here are not relevant
};

struct JudgedSet {
  std::vector<JudgedQuery> queries;  // in file order
};

// A malformed file: the message names the file, the line and what is wrong.
struct JudgedSetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads <dir>/queries.tsv (id, language, kind, text, and optionally the part: tuning when
// absent) and <dir>/qrels.tsv. Lines starting with '#' and empty lines are comments. Throws
// JudgedSetError for a wrong column count, an unknown language, kind or part, a duplicate
// query id or judgment, a judgment of an unknown query, a grade outside 0..3, or a query
// without any relevant release. With `judging`, qrels.tsv may be missing or incomplete (the
// set is being judged, see dipsearch-relevance --pool).
JudgedSet load_judged_set(const std::filesystem::path& dir, bool judging = false);

// Throws JudgedSetError naming the first judged release that is not among `ids` (a typo,
// or a corpus that is not the one the judgments are about).
void check_judged_ids(const JudgedSet& set, const std::vector<std::string>& ids);

// For a corpus with some of its directories absent: drops the judgments of releases not among
// `ids`, and the queries that had relevant releases and have none left. Returns how many
// queries were dropped.
size_t keep_judgments_of(JudgedSet& set, const std::vector<std::string>& ids);

}  // namespace dipsearch::relevance
