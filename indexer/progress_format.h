// How progress reads: the bar line redrawn on a terminal and the plain line written to a
// log, from one snapshot of a run. Pure functions, so the wording is tested on its own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dipsearch::indexer {

struct ProgressSnapshot {
  std::string_view phase;        // "reading", "committing", …
  size_t files_done = 0, files_total = 0;
  std::uintmax_t bytes_done = 0, bytes_total = 0;
  size_t documents = 0;          // releases read and written or found unchanged
  double elapsed_seconds = 0;
};

// Done share of the input, 0..1, by bytes (files vary in size; JSONL files hold many releases).
double done_fraction(const ProgressSnapshot& s);
// Documents per second so far; 0 while too little time has passed to tell (shown as "--").
double document_rate(const ProgressSnapshot& s);
// Seconds left at the rate so far; negative when it cannot be estimated yet.
double eta_seconds(const ProgressSnapshot& s);

// "0:07", "12:34", "1:02:03"; "--:--" for a negative (unknown) duration.
std::string format_duration(double seconds);

// One terminal line of at most `width` columns:
// "reading [#######-------]  42%  1204/2880 files  212 docs/s  ETA 0:41"
std::string bar_line(const ProgressSnapshot& s, int width);

// One log line: "reading: 42% (1204/2880 files, 5120 documents, 212 docs/s, ETA 0:41)"
std::string plain_line(const ProgressSnapshot& s);

}  // namespace dipsearch::indexer
