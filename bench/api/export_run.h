// An export of every match of a query, streamed and counted as it arrives, while the
// daemon's memory is sampled: the rate and whether memory stays flat.
#pragma once

#include <string>

#include "bench/api/load_runs.h"

namespace dipsearch::bench {

struct ExportRun {
  std::string format;  // "ndjson" or "csv"
  int status = 0;      // HTTP status, 0 when no response
  long rows = 0;       // records (CSV: without the header row)
  double megabytes = 0;
  double seconds = 0;
  long rss_before_kib = 0;  // daemon VmRSS before the request
  long rss_peak_kib = 0;    // highest VmRSS sampled while streaming
};

// GET /api/export?format=FORMAT&QUERY; samples daemon_pid's VmRSS every 5 ms.
ExportRun run_export(const Endpoint& endpoint, const std::string& format, const std::string& query,
                     long daemon_pid);

}  // namespace dipsearch::bench
