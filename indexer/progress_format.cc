// Wording of the progress display (see progress_format.h).
#include "indexer/progress_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dipsearch::indexer {
namespace {

// Rates and estimates from less time than this jump about too much to show.
constexpr double kSteadyAfterSeconds = 0.5;

std::string percent_text(const ProgressSnapshot& s) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%3d%%", static_cast<int>(std::floor(done_fraction(s) * 100)));
  return buf;
}

std::string rate_text(const ProgressSnapshot& s) {
  if (s.elapsed_seconds < kSteadyAfterSeconds) return "-- docs/s";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f docs/s", document_rate(s));
  return buf;
}

}  // namespace

double done_fraction(const ProgressSnapshot& s) {
  if (s.bytes_total == 0) return s.files_total == 0 ? 1.0 : static_cast<double>(s.files_done) / s.files_total;
  return std::min(1.0, static_cast<double>(s.bytes_done) / static_cast<double>(s.bytes_total));
}

double document_rate(const ProgressSnapshot& s) {
  if (s.elapsed_seconds < kSteadyAfterSeconds) return 0;
  return static_cast<double>(s.documents) / s.elapsed_seconds;
}

double eta_seconds(const ProgressSnapshot& s) {
  const double done = done_fraction(s);
  if (done >= 1.0) return 0;
  if (done <= 0 || s.elapsed_seconds < kSteadyAfterSeconds) return -1;
  return s.elapsed_seconds * (1.0 - done) / done;
}

std::string format_duration(double seconds) {
  if (seconds < 0 || !std::isfinite(seconds)) return "--:--";
  const long total = std::lround(seconds);
  char buf[32];
  if (total >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  }
  return buf;
}

std::string bar_line(const ProgressSnapshot& s, int width) {
  const std::string tail = " " + percent_text(s) + "  " + std::to_string(s.files_done) + "/" +
                           std::to_string(s.files_total) + " files  " + rate_text(s) + "  ETA " +
                           format_duration(eta_seconds(s));
  const std::string head = std::string(s.phase) + " [";
  // The bar takes what the words leave, between 10 and 40 columns; on a very narrow
  // terminal it goes and the words are cut.
  const int room = width - static_cast<int>(head.size() + 1 + tail.size());
  if (room < 10) return (std::string(s.phase) + tail).substr(0, static_cast<size_t>(std::max(width, 0)));
  const int bar = std::min(room, 40);
  const int filled = static_cast<int>(std::floor(done_fraction(s) * bar));
  return head + std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(bar - filled), '-') +
         "]" + tail;
}

std::string plain_line(const ProgressSnapshot& s) {
  return std::string(s.phase) + ": " + percent_text(s).substr(percent_text(s).find_first_not_of(' ')) + " (" +
         std::to_string(s.files_done) + "/" + std::to_string(s.files_total) + " files, " +
         std::to_string(s.documents) + " documents, " + rate_text(s) + ", ETA " +
         format_duration(eta_seconds(s)) + ")";
}

}  // namespace dipsearch::indexer
