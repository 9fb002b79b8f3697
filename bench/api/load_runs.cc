#include "bench/api/load_runs.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>

#include "bench/api/api_client.h"

namespace dipsearch::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

}  // namespace

double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  const double rank = static_cast<double>(samples.size() - 1) * p / 100.0;
  const size_t low = static_cast<size_t>(rank);
  const size_t high = std::min(low + 1, samples.size() - 1);
  return samples[low] + (samples[high] - samples[low]) * (rank - static_cast<double>(low));
}

OneClientRun run_one_client(const Endpoint& endpoint, const std::vector<std::string>& paths, double seconds) {
  OneClientRun run;
  run.latency_ms.resize(paths.size());
  ApiClient client(endpoint.host, endpoint.port);
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration<double>(seconds);
  do {
    for (size_t i = 0; i < paths.size(); ++i) {
      const auto t0 = Clock::now();
      const int status = client.get(paths[i]);
      if (status == 200) {
        run.latency_ms[i].push_back(ms_since(t0));
      } else {
        ++run.errors;
      }
    }
  } while (Clock::now() < deadline);
  run.seconds = ms_since(start) / 1000.0;
  return run;
}

ClosedLoopRun run_closed_loop(const Endpoint& endpoint, const std::vector<std::string>& paths, int clients,
                              double seconds) {
  ClosedLoopRun run;
  run.clients = clients;
  std::mutex merge;
  const double cpu_before = cpu_seconds();
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration<double>(seconds);
  std::vector<std::thread> threads;
  for (int k = 0; k < clients; ++k) {
    threads.emplace_back([&, k] {
      ApiClient client(endpoint.host, endpoint.port);
      std::vector<double> latency;
      long errors = 0;
      for (size_t i = static_cast<size_t>(k) * 5; Clock::now() < deadline; ++i) {
        const auto t0 = Clock::now();
        if (client.get(paths[i % paths.size()]) == 200) {
          latency.push_back(ms_since(t0));
        } else {
          ++errors;
        }
      }
      std::lock_guard<std::mutex> lock(merge);
      run.latency_ms.insert(run.latency_ms.end(), latency.begin(), latency.end());
      run.errors += errors;
    });
  }
  for (auto& t : threads) t.join();
  run.seconds = ms_since(start) / 1000.0;
  run.client_cpu_seconds = cpu_seconds() - cpu_before;
  run.requests = static_cast<long>(run.latency_ms.size());
  return run;
}

}  // namespace dipsearch::bench
