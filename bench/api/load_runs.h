// The timed parts of the API benchmark: one client sending the query set round-robin (latency
// per query), and C clients in a closed loop (throughput). Both are bounded in time and count
// every failed request instead of stopping.
#pragma once

#include <string>
#include <vector>

namespace dipsearch::bench {

struct Endpoint {
  std::string host;
  int port = 0;
};

struct OneClientRun {
  std::vector<std::vector<double>> latency_ms;  // per query, in the order of the paths
  long errors = 0;
  double seconds = 0;  // wall time of the run
};

// Sends paths[0], paths[1], … back to back on one connection until `seconds` have passed
// (at least one round).
OneClientRun run_one_client(const Endpoint& endpoint, const std::vector<std::string>& paths, double seconds);

struct ClosedLoopRun {
  int clients = 0;
  long requests = 0;  // answered 200
  long errors = 0;
  std::vector<double> latency_ms;  // of all clients
  double seconds = 0;
  double client_cpu_seconds = 0;  // user + system time of this process during the run
};

// `clients` threads, each with its own connection, each sending the paths round-robin from
// its own offset (client k starts at path 5k, as the peers' harness does) for `seconds`.
ClosedLoopRun run_closed_loop(const Endpoint& endpoint, const std::vector<std::string>& paths, int clients,
                              double seconds);

// Linear interpolation between closest ranks (the peers' harness computes it the same way);
// 0 for no samples. p in [0, 100].
double percentile(std::vector<double> samples, double p);

}  // namespace dipsearch::bench
