// Drives a running dipsearchd and reports numbers (never asserts them): latency
// percentiles per query kind with one client, throughput with several clients, and an
// export of every match with its rate and the daemon's memory growth while streaming.
//
//   dipsearch-api-bench --port P --pid DAEMON_PID [--seconds 10] [--clients 4]
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Query {
  const char* kind;
  std::string path;
};

std::string encode(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// A mix of what researchers ask: words, phrases, Korean words with particles, filters
// with facet counts (every search returns exact facets).
std::vector<Query> query_mix() {
  auto q = [](const char* kind, const std::string& text, const std::string& extra = "") {
    return Query{kind, "/api/search?q=" + encode(text) + extra};
  };
  return {
      q("word", "consultations"),
      q("word", "Afghanistan"),
      q("words", "maritime security cooperation"),
      q("words", "climate change green growth"),
      q("phrase", "\"strategic dialogue\""),
      q("phrase", "\"supply chain resilience\""),
      q("korean", "외교부"),
      q("korean", "외교부는 협의를"),
      q("korean", "정책협의회"),
      q("korean", "베트남과"),
      q("filter", "cooperation", "&country=JP&lang=en"),
      q("filter", "", "&country=VN&country=TH&from=2010&to=2020"),
      q("filter", "협력", "&lang=ko&from=2015"),
      q("facets", "", "&facet_size=50&date_interval=month"),
      q("facets", "energy", "&official=park-jin"),
      q("sort", "trade", "&sort=date_desc"),
  };
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

long rss_kib(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0, clients = 4;
  long pid = 0;
  double seconds = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--port")) port = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--pid")) pid = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seconds")) seconds = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--clients")) clients = std::atoi(argv[i + 1]);
  }
  if (port <= 0) {
    std::cerr << "usage: dipsearch-api-bench --port P [--pid DAEMON_PID] [--seconds S] [--clients N]\n";
    return 2;
  }
  const std::vector<Query> mix = query_mix();
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_read_timeout(120);

  // Warm-up, and a check that every query answers.
  for (const auto& q : mix) {
    auto res = client.Get(q.path.c_str());
    if (!res || res->status != 200) {
      std::cerr << "dipsearch-api-bench: " << q.path << " failed\n";
      return 1;
    }
  }

  // One client: latency per kind, bounded in time.
  std::map<std::string, std::vector<double>> latency;
  std::vector<double> all;
  const auto single_end = Clock::now() + std::chrono::duration<double>(seconds);
  while (Clock::now() < single_end) {
    for (const auto& q : mix) {
      auto t0 = Clock::now();
      auto res = client.Get(q.path.c_str());
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!res || res->status != 200) return 1;
      latency[q.kind].push_back(ms);
      all.push_back(ms);
    }
  }
  std::printf("%-8s %8s %8s %8s %8s\n", "kind", "n", "p50 ms", "p95 ms", "p99 ms");
  for (const auto& [kind, v] : latency) {
    std::printf("%-8s %8zu %8.2f %8.2f %8.2f\n", kind.c_str(), v.size(), percentile(v, 0.5), percentile(v, 0.95),
                percentile(v, 0.99));
  }
  std::printf("%-8s %8zu %8.2f %8.2f %8.2f\n", "all", all.size(), percentile(all, 0.5), percentile(all, 0.95),
              percentile(all, 0.99));
  std::printf("qps, 1 client: %.0f\n", static_cast<double>(all.size()) / seconds);

  // Several clients at once: throughput.
  std::atomic<long> done{0}, failed{0};
  const auto multi_end = Clock::now() + std::chrono::duration<double>(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client own("127.0.0.1", port);
      own.set_keep_alive(true);
      for (size_t i = static_cast<size_t>(c); Clock::now() < multi_end; ++i) {
        auto res = own.Get(mix[i % mix.size()].path.c_str());
        (res && res->status == 200 ? done : failed)++;
      }
    });
  }
  for (auto& t : threads) t.join();
  std::printf("qps, %d clients: %.0f (%ld failed)\n", clients, static_cast<double>(done) / seconds, failed.load());

  // Export of every match: rows per second and the daemon's memory while streaming.
  long rss_before = pid ? rss_kib(pid) : 0, rss_peak = rss_before;
  std::atomic<bool> exporting{true};
  std::thread sampler([&] {
    while (exporting) {
      if (pid) rss_peak = std::max(rss_peak, rss_kib(pid));
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  size_t rows = 0, bytes = 0;
  auto t0 = Clock::now();
  auto res = client.Get("/api/export?format=ndjson", [&](const char* data, size_t n) {
    bytes += n;
    rows += static_cast<size_t>(std::count(data, data + n, '\n'));
    return true;
  });
  double export_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  exporting = false;
  sampler.join();
  if (!res || res->status != 200) return 1;
  std::printf("export: %zu rows, %.1f MB in %.2f s = %.0f rows/s; daemon RSS %ld → peak %ld KiB (+%ld)\n", rows,
              static_cast<double>(bytes) / 1e6, export_seconds, static_cast<double>(rows) / export_seconds, rss_before,
              rss_peak, rss_peak - rss_before);
  return 0;
}
