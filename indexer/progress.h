// The live progress display of a run on stderr: a bar redrawn in place on a terminal,
// plain lines when asked for without one (a log), nothing by default without a terminal,
// so cron never sees it. Rejections are printed through it so they never mix with a bar.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "common/program/progress_mode.h"
#include "indexer/progress_format.h"
#include "indexer/run_phase.h"

namespace dipsearch::indexer {

using dipsearch::choose_progress_mode;
using dipsearch::ProgressMode;

class Progress {
 public:
  // `terminal_fd` is asked for the width of the bar.
  Progress(ProgressMode mode, std::ostream& out, int terminal_fd = 2);

  // Sets the totals and starts the clock; shown with the first phase.
  void start(size_t files_total, std::uintmax_t bytes_total);
  // Shown at once.
  void phase(RunPhase phase);
  // Shown at most ten times a second (bar); as lines, once a second and at every tenth
  // of the work.
  void advance(size_t files_done, std::uintmax_t bytes_done, size_t documents);
  // A whole line, such as a rejection, printed above the bar.
  void message(std::string_view line);
  // Removes the bar, leaving the terminal as it was.
  void finish();

 private:
  void draw();
  ProgressSnapshot snapshot() const;

  ProgressMode mode_;
  std::ostream& out_;
  int terminal_fd_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_drawn_{};
  double last_drawn_fraction_ = 0;
  RunPhase phase_ = RunPhase::kReading;
  size_t files_done_ = 0, files_total_ = 0, documents_ = 0;
  std::uintmax_t bytes_done_ = 0, bytes_total_ = 0;
  bool bar_shown_ = false;
};

}  // namespace dipsearch::indexer
