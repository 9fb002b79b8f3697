// The engine-neutral query set shared with the peers' harness (queries.json): terms and
// phrases that must all match, equality filters, a date range, facets over the whole match
// set and a result limit. Each engine translates it to its own syntax.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dipsearch::bench {

struct NeutralQuery {
  std::string qid;   // "q07"
  std::string kind;  // "en_phrase": what the query exercises; percentiles are reported per kind
  std::vector<std::string> terms;
  std::vector<std::string> phrases;
  std::string country;    // English name, "Japan"
  std::string official;   // title and name, "Minister of Foreign Affairs Oh Seung-min"
  std::string lang;       // "en", "ko"
  std::string date_from;  // inclusive, YYYY-MM-DD
  std::string date_to;
  std::vector<std::string> facets;  // subset of country, official
  int limit = 10;
};

// The "queries" of a query file; throws std::runtime_error naming the file and the query at
// fault (unknown filter, missing qid, malformed JSON).
std::vector<NeutralQuery> load_queries(const std::filesystem::path& file);

}  // namespace dipsearch::bench
