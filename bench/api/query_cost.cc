// dipsearch-query-cost: runs the engine-neutral query set in-process against a database,
// the way dipsearchd answers /api/search (the same Searcher, the answer serialised), without
// HTTP. Made to be run under callgrind, one query at a time, so that a change's cost is an
// instruction count rather than a noisy time (bench/query_cost.sh); alone it prints each
// query's total and its mean time.
//
//   dipsearch-query-cost --db STUB --queries FILE [--qid ID] [--repeat N] [--lanes N] [--data-dir DIR]
#include <getopt.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/api/api_translation.h"
#include "bench/api/neutral_query.h"
#include "common/index/database_layout.h"
#include "common/index/shard_set.h"
#include "common/search/search_index.h"
#include "common/search/searcher.h"
#include "dipsearch/config.h"

namespace dipsearch::bench {
namespace {

struct Options {
  std::string db;
  std::string queries;
  std::string qid;  // empty: every query
  std::string data_dir = DIPSEARCH_DEFAULT_DATA_DIR;
  std::string answers;  // where to write each answer, one JSON line per query
  int repeat = 1;
  int lanes = 1;
  std::vector<std::pair<std::string, std::string>> extra;  // --param NAME=VALUE, set in every query
};

constexpr const char* kUsage =
    "usage: dipsearch-query-cost --db STUB --queries FILE [--qid ID] [--repeat N] [--lanes N]\n"
    "         [--answers FILE] [--data-dir DIR] [--param NAME=VALUE]...\n"
    "  --db STUB       the database stub dipsearch-index wrote (as dipsearchd --db)\n"
    "  --queries FILE  engine-neutral query set (the peers' queries.json format)\n"
    "  --qid ID        run only this query\n"
    "  --repeat N      run each query N times after one warm-up run (default 1)\n"
    "  --lanes N       match each query on up to N threads, as dipsearchd does on N cores\n"
    "                  (default 1: one thread, whose instructions are the whole cost)\n"
    "  --answers FILE  write each query's answer to FILE, one JSON line per query (to compare\n"
    "                  the answers of two builds or of one database and its shards)\n"
    "  --param N=V     set the search parameter N=V in every query, in place of the query set's\n"
    "                  own (collapse=translations, match=auto: to compare a query with and without)\n";

Options parse_options(int argc, char** argv) {
  enum { kDb = 1000, kQueries, kQid, kRepeat, kDataDir, kAnswers, kLanes, kParam };
  static const option long_options[] = {{"db", required_argument, nullptr, kDb},
                                        {"queries", required_argument, nullptr, kQueries},
                                        {"qid", required_argument, nullptr, kQid},
                                        {"repeat", required_argument, nullptr, kRepeat},
                                        {"data-dir", required_argument, nullptr, kDataDir},
                                        {"answers", required_argument, nullptr, kAnswers},
                                        {"lanes", required_argument, nullptr, kLanes},
                                        {"param", required_argument, nullptr, kParam},
                                        {nullptr, 0, nullptr, 0}};
  Options o;
  int c;
  while ((c = getopt_long(argc, argv, "", long_options, nullptr)) != -1) {
    switch (c) {
      case kDb: o.db = optarg; break;
      case kQueries: o.queries = optarg; break;
      case kQid: o.qid = optarg; break;
      case kRepeat: o.repeat = std::atoi(optarg); break;
      case kDataDir: o.data_dir = optarg; break;
      case kAnswers: o.answers = optarg; break;
      case kLanes: o.lanes = std::atoi(optarg); break;
      case kParam: {
        const std::string pair = optarg;
        const size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0) throw std::invalid_argument("--param wants NAME=VALUE, not '" + pair + "'");
        o.extra.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
        break;
      }
      default: throw std::invalid_argument("unknown option");
    }
  }
  if (optind != argc) throw std::invalid_argument(std::string("unexpected argument '") + argv[optind] + "'");
  if (o.db.empty() || o.queries.empty()) throw std::invalid_argument("--db and --queries are required");
  if (o.repeat < 1) throw std::invalid_argument("--repeat must be at least 1");
  if (o.lanes < 1) throw std::invalid_argument("--lanes must be at least 1");
  return o;
}

// One answer as dipsearchd gives it: searched and serialised.
std::string answer_query(const Searcher& searcher, const SearchIndex& index, const SearchRequest& request,
                         Xapian::doccount& total) {
  const nlohmann::json answer = searcher.search(index, request);
  total = answer.at("total").get<Xapian::doccount>();
  return answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The measured runs, apart from the warm-up, so that callgrind counts only them
// (--toggle-collect=*measured_answers*).
__attribute__((noinline)) void measured_answers(const Searcher& searcher, const SearchIndex& index,
                                                const SearchRequest& request, int repeat, Xapian::doccount& total) {
  for (int i = 0; i < repeat; ++i) answer_query(searcher, index, request, total);
}

int run(const Options& o) {
  const ApiTranslation translation(o.data_dir);
  LanePool lane_pool(static_cast<size_t>(o.lanes));
  const Searcher searcher(translation.countries(), &translation.officials(), &lane_pool);
  const DatabaseLayout layout(o.db);
  const std::optional<std::filesystem::path> generation = layout.current_generation();
  if (!generation) throw std::runtime_error("no database at " + o.db);
  const SearchIndex index =
      SearchIndex::open_local(shard_paths(*generation, shard_count(*generation)), static_cast<size_t>(o.lanes), nullptr);
  std::ofstream answers;
  if (!o.answers.empty()) {
    answers.open(o.answers);
    if (!answers) throw std::runtime_error(o.answers + ": cannot write");
  }
  bool found = false;
  for (const NeutralQuery& query : load_queries(o.queries)) {
    if (!o.qid.empty() && query.qid != o.qid) continue;
    found = true;
    ParamMap params;
    for (const auto& [name, value] : translation.search_params(query)) params[name].push_back(value);
    for (const auto& [name, value] : o.extra) params[name] = {value};
    const SearchRequest request = parse_search_request(params, translation.countries());
    Xapian::doccount total = 0;
    // The warm-up: the cache state of a served query.
    const std::string answer = answer_query(searcher, index, request, total);
    if (answers.is_open()) answers << answer << "\n";
    const auto start = std::chrono::steady_clock::now();
    measured_answers(searcher, index, request, o.repeat, total);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / o.repeat;
    std::printf("%s\t%s\t%u\t%.3f ms\n", query.qid.c_str(), query.kind.c_str(), total, ms);
  }
  if (!found) throw std::invalid_argument("no query " + o.qid + " in " + o.queries);
  return 0;
}

}  // namespace
}  // namespace dipsearch::bench

int main(int argc, char** argv) {
  try {
    return dipsearch::bench::run(dipsearch::bench::parse_options(argc, argv));
  } catch (const std::invalid_argument& e) {
    std::cerr << "dipsearch-query-cost: " << e.what() << "\n" << dipsearch::bench::kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "dipsearch-query-cost: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "dipsearch-query-cost: " << e.get_description() << "\n";
    return 1;
  }
}
