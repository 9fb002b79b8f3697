// dipsearch-api-bench: drives a running dipsearchd with the engine-neutral query set and
// reports numbers (never asserts them): latency per query and per kind with one client,
// requests per second with several, an export of every match, and the daemon's memory.
// Prints a summary and appends JSON lines in the peers' harness format to --results.
//
//   dipsearch-api-bench --port P --queries FILE [--pid DAEMON_PID] [--truth FILE]
//                       [--seconds 10] [--clients 4] [--no-export] [--results FILE]
#include <getopt.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench/api/api_client.h"
#include "bench/api/api_translation.h"
#include "bench/api/export_run.h"
#include "bench/api/load_runs.h"
#include "bench/api/process_memory.h"
#include "dipsearch/config.h"

namespace dipsearch::bench {
namespace {

using nlohmann::json;

struct Options {
  Endpoint endpoint{"127.0.0.1", 0};
  long pid = 0;
  std::string queries;
  std::string truth;
  std::string results;
  std::string data_dir = DIPSEARCH_DEFAULT_DATA_DIR;
  std::string export_query;  // empty: every release
  bool with_export = true;
  double seconds = 10;
  int clients = 4;
};

constexpr const char* kUsage =
    "usage: dipsearch-api-bench --port P --queries FILE [--host H] [--pid DAEMON_PID]\n"
    "         [--truth FILE] [--seconds S] [--clients N] [--export-query QS | --no-export]\n"
    "         [--results FILE] [--data-dir DIR]\n"
    "  --queries FILE      engine-neutral query set (the peers' queries.json format)\n"
    "  --truth FILE        truth.json of the peers' truth.py: ground-truth totals to print beside ours\n"
    "  --seconds S         length of each load phase (default 10)\n"
    "  --clients N         concurrent clients of the throughput phase (default 4)\n"
    "  --export-query QS   query string of the export (default: none, every release)\n"
    "  --no-export         queries only: no export phase\n"
    "  --results FILE      append the measurements as JSON lines\n";

Options parse_options(int argc, char** argv) {
  enum { kHost = 1000, kPort, kPid, kQueries, kTruth, kResults, kDataDir, kExportQuery, kNoExport, kSeconds,
         kClients };
  static const option long_options[] = {
      {"host", required_argument, nullptr, kHost},       {"port", required_argument, nullptr, kPort},
      {"pid", required_argument, nullptr, kPid},         {"queries", required_argument, nullptr, kQueries},
      {"truth", required_argument, nullptr, kTruth},     {"results", required_argument, nullptr, kResults},
      {"data-dir", required_argument, nullptr, kDataDir}, {"export-query", required_argument, nullptr, kExportQuery},
      {"no-export", no_argument, nullptr, kNoExport},     {"seconds", required_argument, nullptr, kSeconds},
      {"clients", required_argument, nullptr, kClients},
      {nullptr, 0, nullptr, 0}};
  Options o;
  int c;
  while ((c = getopt_long(argc, argv, "", long_options, nullptr)) != -1) {
    switch (c) {
      case kHost: o.endpoint.host = optarg; break;
      case kPort: o.endpoint.port = std::atoi(optarg); break;
      case kPid: o.pid = std::atol(optarg); break;
      case kQueries: o.queries = optarg; break;
      case kTruth: o.truth = optarg; break;
      case kResults: o.results = optarg; break;
      case kDataDir: o.data_dir = optarg; break;
      case kExportQuery: o.export_query = optarg; break;
      case kNoExport: o.with_export = false; break;
      case kSeconds: o.seconds = std::atof(optarg); break;
      case kClients: o.clients = std::atoi(optarg); break;
      default: throw std::invalid_argument("unknown option");
    }
  }
  if (optind != argc) throw std::invalid_argument(std::string("unexpected argument '") + argv[optind] + "'");
  if (o.endpoint.port <= 0) throw std::invalid_argument("--port is required");
  if (o.queries.empty()) throw std::invalid_argument("--queries is required");
  if (o.seconds <= 0 || o.clients <= 0) throw std::invalid_argument("--seconds and --clients must be positive");
  return o;
}

// Appends each record to --results (when given) as one JSON line, in the peers' format.
class Records {
 public:
  explicit Records(const std::string& path) {
    if (path.empty()) return;
    out_.open(path, std::ios::app);
    if (!out_) throw std::runtime_error(path + ": cannot write");
  }
  void emit(json record) {
    if (!out_.is_open()) return;
    json line = {{"peer", "dipsearch"}};
    line.update(record);
    out_ << line.dump() << "\n" << std::flush;
  }

 private:
  std::ofstream out_;
};

double rounded(double value) { return static_cast<double>(static_cast<long long>(value * 1000 + 0.5)) / 1000; }

json latency_fields(const std::vector<double>& ms) {
  double sum = 0;
  for (double x : ms) sum += x;
  return {{"samples", ms.size()},
          {"p50_ms", rounded(percentile(ms, 50))},
          {"p95_ms", rounded(percentile(ms, 95))},
          {"p99_ms", rounded(percentile(ms, 99))},
          {"mean_ms", ms.empty() ? 0.0 : rounded(sum / static_cast<double>(ms.size()))}};
}

// What the warm-up request of one query answered: the total and the facets it asked for.
struct FirstAnswer {
  int status = 0;
  long total = -1;
  json facets = json::object();
};

FirstAnswer first_answer(ApiClient& client, const std::string& path, const NeutralQuery& query) {
  FirstAnswer answer;
  std::string body;
  answer.status = client.get(path, &body);
  if (answer.status != 200) {
    std::cerr << "dipsearch-api-bench: " << query.qid << ": HTTP " << answer.status << " for " << path << ": "
              << body.substr(0, 300) << "\n";
    return answer;
  }
  const json response = json::parse(body);
  answer.total = response.at("total").get<long>();
  const json facets = response.value("facets", json::object());
  for (const auto& name : query.facets) {
    json pairs = json::array();
    for (const auto& bucket : facets.value(name, json::array())) {
      if (pairs.size() == 10) break;
      pairs.push_back({bucket.at("value"), bucket.at("count")});
    }
    answer.facets[name] = pairs;
  }
  return answer;
}

json load_truth(const std::string& path) {
  if (path.empty()) return json::object();
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  return json::parse(in).value("queries", json::object());
}

int run(const Options& o) {
  const std::vector<NeutralQuery> queries = load_queries(o.queries);
  const ApiTranslation translation(o.data_dir);
  std::vector<std::string> paths;
  for (const auto& q : queries) paths.push_back(translation.search_path(q));
  const json truth = load_truth(o.truth);
  Records records(o.results);
  const ProcessMemory at_start = process_memory(o.pid);
  records.emit({{"phase", "server_mem"}, {"when", "before queries"}, {"vmrss_kb", at_start.rss_kib},
                {"vmhwm_kb", at_start.peak_kib}});

  ApiClient client(o.endpoint.host, o.endpoint.port);
  std::vector<FirstAnswer> answers;
  long warmup_errors = 0;
  for (size_t i = 0; i < queries.size(); ++i) {
    answers.push_back(first_answer(client, paths[i], queries[i]));
    if (answers.back().status != 200) ++warmup_errors;
  }

  // One client: latency per query and per kind, and its throughput.
  const OneClientRun one = run_one_client(o.endpoint, paths, o.seconds);
  std::map<std::string, std::vector<double>> by_kind;
  std::vector<double> pooled;
  std::printf("%-4s %-18s %8s %8s %6s %8s %8s %8s\n", "qid", "kind", "total", "truth", "runs", "p50 ms", "p95 ms",
              "p99 ms");
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto& ms = one.latency_ms[i];
    json record = {{"phase", "query"}, {"qid", queries[i].qid}, {"kind", queries[i].kind}, {"path", paths[i]},
                   {"hits", answers[i].total}, {"facets", answers[i].facets}, {"runs", ms.size()}};
    record.update(latency_fields(ms));
    std::string truth_text = "-";
    if (truth.contains(queries[i].qid)) {
      record["truth_hits"] = truth[queries[i].qid].at("hits");
      truth_text = std::to_string(truth[queries[i].qid].at("hits").get<long>());
    }
    records.emit(record);
    std::printf("%-4s %-18s %8ld %8s %6zu %8.2f %8.2f %8.2f\n", queries[i].qid.c_str(), queries[i].kind.c_str(),
                answers[i].total, truth_text.c_str(), ms.size(), percentile(ms, 50), percentile(ms, 95),
                percentile(ms, 99));
    auto& kind = by_kind[queries[i].kind];
    kind.insert(kind.end(), ms.begin(), ms.end());
    pooled.insert(pooled.end(), ms.begin(), ms.end());
  }
  std::printf("\n%-18s %8s %8s %8s %8s\n", "kind", "samples", "p50 ms", "p95 ms", "p99 ms");
  for (const auto& [kind, ms] : by_kind) {
    json record = {{"phase", "kind"}, {"kind", kind}};
    record.update(latency_fields(ms));
    records.emit(record);
    std::printf("%-18s %8zu %8.2f %8.2f %8.2f\n", kind.c_str(), ms.size(), percentile(ms, 50), percentile(ms, 95),
                percentile(ms, 99));
  }
  std::printf("%-18s %8zu %8.2f %8.2f %8.2f\n", "all", pooled.size(), percentile(pooled, 50),
              percentile(pooled, 95), percentile(pooled, 99));
  json summary = {{"phase", "query_summary"}, {"queries", queries.size()}, {"errors", warmup_errors + one.errors}};
  summary.update(latency_fields(pooled));
  records.emit(summary);
  const double qps_one = static_cast<double>(pooled.size()) / one.seconds;
  json qps_one_record = {{"phase", "qps"},     {"clients", 1},          {"duration_s", rounded(one.seconds)},
                         {"queries", pooled.size()}, {"qps", rounded(qps_one)}, {"errors", one.errors},
                         {"p50_ms", rounded(percentile(pooled, 50))}, {"p95_ms", rounded(percentile(pooled, 95))}};
  records.emit(qps_one_record);
  std::printf("\nqps, 1 client: %.0f (%ld errors)\n", qps_one, one.errors);

  // Several clients: throughput, and the client's own CPU to show it is not the bottleneck.
  const ClosedLoopRun load = run_closed_loop(o.endpoint, paths, o.clients, o.seconds);
  const double qps = static_cast<double>(load.requests) / load.seconds;
  const double client_cpu = load.client_cpu_seconds / load.seconds;
  records.emit({{"phase", "qps"},
                {"clients", o.clients},
                {"duration_s", rounded(load.seconds)},
                {"queries", load.requests},
                {"qps", rounded(qps)},
                {"errors", load.errors},
                {"p50_ms", rounded(percentile(load.latency_ms, 50))},
                {"p95_ms", rounded(percentile(load.latency_ms, 95))},
                {"client_cpu_cores", rounded(client_cpu)},
                {"label", "C++ threads, one keep-alive connection each"}});
  std::printf("qps, %d clients: %.0f (%ld errors; p50 %.2f ms, p95 %.2f ms; client used %.2f cores)\n", o.clients,
              qps, load.errors, percentile(load.latency_ms, 50), percentile(load.latency_ms, 95), client_cpu);

  // Export of every match, in both formats (none with --no-export).
  long export_errors = 0;
  const std::vector<const char*> formats =
      o.with_export ? std::vector<const char*>{"ndjson", "csv"} : std::vector<const char*>{};
  for (const char* format : formats) {
    const ExportRun e = run_export(o.endpoint, format, o.export_query, o.pid);
    if (e.status != 200) ++export_errors;
    const double rate = e.seconds > 0 ? static_cast<double>(e.rows) / e.seconds : 0;
    records.emit({{"phase", "export"},
                  {"format", e.format},
                  {"status", e.status},
                  {"rows", e.rows},
                  {"mb", rounded(e.megabytes)},
                  {"seconds", rounded(e.seconds)},
                  {"rows_per_s", rounded(rate)},
                  {"rss_before_kb", e.rss_before_kib},
                  {"rss_peak_kb", e.rss_peak_kib},
                  {"rss_growth_kb", e.rss_peak_kib - e.rss_before_kib}});
    std::printf("export %-6s: HTTP %d, %ld rows, %.1f MB in %.2f s = %.0f rows/s; daemon RSS %ld → peak %ld KiB (+%ld)\n",
                format, e.status, e.rows, e.megabytes, e.seconds, rate, e.rss_before_kib, e.rss_peak_kib,
                e.rss_peak_kib - e.rss_before_kib);
  }

  const ProcessMemory memory = process_memory(o.pid);
  records.emit({{"phase", "server_mem"}, {"when", "end"}, {"vmrss_kb", memory.rss_kib}, {"vmhwm_kb", memory.peak_kib}});
  std::printf("dipsearchd RSS %ld KiB, peak (VmHWM) %ld KiB\n", memory.rss_kib, memory.peak_kib);
  const long errors = warmup_errors + one.errors + load.errors + export_errors;
  if (errors) std::printf("ERRORS: %ld failed requests\n", errors);
  return errors ? 1 : 0;
}

}  // namespace
}  // namespace dipsearch::bench

int main(int argc, char** argv) {
  dipsearch::bench::Options options;
  try {
    options = dipsearch::bench::parse_options(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::cerr << "dipsearch-api-bench: " << e.what() << "\n" << dipsearch::bench::kUsage;
    return 2;
  }
  try {
    return dipsearch::bench::run(options);
  } catch (const std::exception& e) {
    std::cerr << "dipsearch-api-bench: " << e.what() << "\n";
    return 2;
  }
}
