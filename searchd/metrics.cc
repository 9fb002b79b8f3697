// Prometheus text exposition of the daemon's counters.
#include "searchd/metrics.h"

#include <ctime>
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

std::string Metrics::render(unsigned long documents, const std::string& last_indexed) const {
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
  return out.str();
}

}  // namespace dipsearch::searchd
