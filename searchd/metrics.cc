// Prometheus text exposition of the daemon's counters.
#include "searchd/metrics.h"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace dipsearch::searchd {
namespace {

// Seconds since the epoch of an RFC 3339 UTC time ("2025-03-21T08:15:02Z"); 0 when unknown.
double epoch_seconds(const std::string& rfc3339) {
  std::tm tm{};
  std::istringstream in(rfc3339);
  in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%S");
  if (in.fail()) return 0;
  return static_cast<double>(timegm(&tm));
}

// The process's resident memory (bytes) and open descriptors, as Prometheus's standard
// process collector names them.
unsigned long resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  unsigned long size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<unsigned long>(sysconf(_SC_PAGESIZE));
}

unsigned long open_descriptors() {
  std::error_code ec;
  unsigned long n = 0;
  for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec)) ++n;
  return n;
}

void render_connections(std::ostream& out, const ConnectionStats& c) {
  out << "# HELP dipsearch_http_connections Client connections open, by state.\n"
         "# TYPE dipsearch_http_connections gauge\n"
         "dipsearch_http_connections{state=\"idle\"} " << c.idle << "\n"
      << "dipsearch_http_connections{state=\"busy\"} " << c.busy << "\n"
      << "dipsearch_http_connections{state=\"reading\"} " << (c.open - std::min(c.open, c.idle + c.busy)) << "\n"
      << "# HELP dipsearch_http_connections_accepted_total Client connections accepted.\n"
         "# TYPE dipsearch_http_connections_accepted_total counter\n"
         "dipsearch_http_connections_accepted_total " << c.accepted << "\n"
      << "# HELP dipsearch_http_refused_total Requests and connections the connection layer refused, by reason.\n"
         "# TYPE dipsearch_http_refused_total counter\n";
  const std::pair<const char*, unsigned long> reasons[] = {
      {"max_connections", c.refused_full}, {"max_client_connections", c.refused_client},
      {"workers_busy", c.refused_busy},    {"request_timeout", c.timed_out},
      {"malformed", c.malformed}};
  for (const auto& [reason, n] : reasons) out << "dipsearch_http_refused_total{reason=\"" << reason << "\"} " << n << "\n";
  out << "# HELP dipsearch_http_idle_closed_total Idle keep-alive connections closed to make room for new ones.\n"
         "# TYPE dipsearch_http_idle_closed_total counter\n"
         "dipsearch_http_idle_closed_total " << c.closed_idle << "\n";
}

}  // namespace

void Metrics::observe(const std::string& route, const std::string& method, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render(unsigned long documents, const std::string& last_indexed,
                            const ConnectionStats& connections) const {
  std::ostringstream out;
  out << "# HELP dipsearch_http_requests_total HTTP requests answered, by route, method and status.\n"
         "# TYPE dipsearch_http_requests_total counter\n";
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [key, n] : requests_) {
    const auto& [route, method, status] = key;
    out << "dipsearch_http_requests_total{route=\"" << route << "\",method=\"" << method
        << "\",status=\"" << status << "\"} " << n << "\n";
  }
  out << "# HELP dipsearch_http_request_errors_total HTTP requests answered with an error status.\n"
         "# TYPE dipsearch_http_request_errors_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [route, method, status] = key;
    if (status >= 400) {
      out << "dipsearch_http_request_errors_total{route=\"" << route << "\",method=\"" << method
          << "\",status=\"" << status << "\"} " << n << "\n";
    }
  }
  out << "# HELP dipsearch_http_request_duration_seconds Time to answer a request, by route.\n"
         "# TYPE dipsearch_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    unsigned long cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.buckets[i];
      out << "dipsearch_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i]
          << "\"} " << cumulative << "\n";
    }
    out << "dipsearch_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.count << "\n"
        << "dipsearch_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n"
        << "dipsearch_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
  }
  out << "# HELP dipsearch_documents Releases in the index being served.\n"
         "# TYPE dipsearch_documents gauge\n"
         "dipsearch_documents " << documents << "\n"
      << "# HELP dipsearch_last_indexed_timestamp_seconds When the indexer last changed the index.\n"
         "# TYPE dipsearch_last_indexed_timestamp_seconds gauge\n"
         "dipsearch_last_indexed_timestamp_seconds " << static_cast<long long>(epoch_seconds(last_indexed)) << "\n";
  render_connections(out, connections);
  out << "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
         "# TYPE process_resident_memory_bytes gauge\n"
         "process_resident_memory_bytes " << resident_bytes() << "\n"
      << "# HELP process_open_fds Number of open file descriptors.\n"
         "# TYPE process_open_fds gauge\n"
         "process_open_fds " << open_descriptors() << "\n";
  return out.str();
}

}  // namespace dipsearch::searchd
