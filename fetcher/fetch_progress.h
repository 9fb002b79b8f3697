// The fetcher's progress on stderr: on a terminal a status line redrawn in place (source,
// list page, release, counts so far); with --progress and no terminal a line per list page;
// nothing under cron. Failures are printed through it so they never mix with the line.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

#include "common/program/progress_mode.h"

namespace dipsearch::fetcher {

class FetchProgress {
 public:
  FetchProgress(ProgressMode mode, std::ostream& out, int terminal_fd = 2);

  void start_source(const std::string& name, int max_pages);
  void list_page(int page_number);
  void release(size_t done, size_t on_page, size_t added, size_t updated, size_t failed);
  void message(std::string_view line);
  void finish();

  // The status line, as drawn (tests read it).
  std::string status_line() const;

 private:
  void draw(bool force);

  ProgressMode mode_;
  std::ostream& out_;
  int terminal_fd_;
  std::string source_;
  int max_pages_ = 0, page_ = 0, pages_read_ = 0;
  size_t done_ = 0, on_page_ = 0, added_ = 0, updated_ = 0, failed_ = 0;
  std::chrono::steady_clock::time_point last_drawn_{};
  bool shown_ = false;
};

}  // namespace dipsearch::fetcher
