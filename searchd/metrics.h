// Request metrics in the Prometheus text format: counts by route, method and status, a
// latency histogram per route, the connections and what the connection layer refused, the
// process's memory and descriptors, and the index's size and age.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "searchd/connection_poller.h"

namespace dipsearch::searchd {

class Metrics {
 public:
  // route: the route's path as in the route table ("/api/documents/{id}"), or "static" /
  // "unmatched" for everything else, so label values stay few.
  void observe(const std::string& route, const std::string& method, int status, double seconds);

  // documents and last_indexed (RFC 3339, may be empty) describe the index being served.
  std::string render(unsigned long documents, const std::string& last_indexed,
                     const ConnectionStats& connections) const;

  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

 private:
  struct Histogram {
    std::array<unsigned long, kBuckets.size()> buckets{};  // cumulative on output only
    unsigned long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, unsigned long> requests_;
  std::map<std::string, Histogram> latency_;
};

}  // namespace dipsearch::searchd
