#include "bench/api/export_run.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "bench/api/api_client.h"
#include "bench/api/process_memory.h"

namespace dipsearch::bench {
namespace {

// Counts records in a stream cut at arbitrary points. CSV fields may hold line breaks
// inside quotes (the body does), so only line ends outside quotes end a record; a doubled
// quote toggles twice and changes nothing.
class RecordCounter {
 public:
  explicit RecordCounter(bool csv) : csv_(csv) {}
  void feed(const char* data, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      if (csv_ && data[i] == '"') quoted_ = !quoted_;
      else if (data[i] == '\n' && !quoted_) ++records_;
    }
  }
  long records() const { return records_; }

 private:
  bool csv_;
  bool quoted_ = false;
  long records_ = 0;
};

}  // namespace

ExportRun run_export(const Endpoint& endpoint, const std::string& format, const std::string& query,
                     long daemon_pid) {
  ExportRun run;
  run.format = format;
  run.rss_before_kib = process_memory(daemon_pid).rss_kib;
  std::atomic<long> peak{run.rss_before_kib};
  std::atomic<bool> streaming{true};
  std::thread sampler([&] {
    while (streaming) {
      const long rss = process_memory(daemon_pid).rss_kib;
      if (rss > peak) peak = rss;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  ApiClient client(endpoint.host, endpoint.port);
  RecordCounter counter(format == "csv");
  size_t bytes = 0;
  const std::string path = "/api/export?format=" + format + (query.empty() ? "" : "&" + query);
  const auto start = std::chrono::steady_clock::now();
  auto res = client.raw().Get(path.c_str(), [&](const char* data, size_t size) {
    bytes += size;
    counter.feed(data, size);
    return true;
  });
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  streaming = false;
  sampler.join();
  run.status = res ? res->status : 0;
  run.rows = std::max(0L, counter.records() - (format == "csv" ? 1 : 0));
  run.megabytes = static_cast<double>(bytes) / 1e6;
  run.rss_peak_kib = peak;
  return run;
}

}  // namespace dipsearch::bench
