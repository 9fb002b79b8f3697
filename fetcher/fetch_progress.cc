// Drawing the fetcher's status line (see fetch_progress.h).
#include "fetcher/fetch_progress.h"

#include <sstream>

namespace dipsearch::fetcher {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

}  // namespace

FetchProgress::FetchProgress(ProgressMode mode, std::ostream& out, int terminal_fd)
    : mode_(mode), out_(out), terminal_fd_(terminal_fd) {}

void FetchProgress::start_source(const std::string& name, int max_pages) {
  source_ = name;
  max_pages_ = max_pages;
  page_ = pages_read_ = 0;
  done_ = on_page_ = added_ = updated_ = failed_ = 0;
}

void FetchProgress::list_page(int page_number) {
  page_ = page_number;
  ++pages_read_;
  done_ = on_page_ = 0;
  if (mode_ == ProgressMode::kLines) {
    out_ << "dipsearch-fetch: " << status_line() << std::endl;
    return;
  }
  draw(true);
}

void FetchProgress::release(size_t done, size_t on_page, size_t added, size_t updated, size_t failed) {
  done_ = done;
  on_page_ = on_page;
  added_ = added;
  updated_ = updated;
  failed_ = failed;
  draw(false);
}

std::string FetchProgress::status_line() const {
  std::ostringstream line;
  line << source_ << "  list page " << page_ << " (" << pages_read_ << "/" << max_pages_ << ")";
  if (on_page_ > 0) line << "  release " << done_ << "/" << on_page_;
  line << "  " << added_ << " new, " << updated_ << " updated, " << failed_ << " failed";
  return line.str();
}

void FetchProgress::draw(bool force) {
  if (mode_ != ProgressMode::kBar) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_drawn_ < kRedrawInterval) return;
  last_drawn_ = now;
  std::string line = status_line();
  const size_t width = static_cast<size_t>(terminal_width(terminal_fd_) - 1);  // the last column may wrap
  if (line.size() > width) line.resize(width);
  out_ << kClearLine << line << std::flush;
  shown_ = true;
}

void FetchProgress::message(std::string_view line) {
  if (shown_) out_ << kClearLine;
  out_ << "dipsearch-fetch: " << line << '\n';
  shown_ = false;
  draw(true);
  out_.flush();
}

void FetchProgress::finish() {
  if (shown_) out_ << kClearLine << std::flush;
  shown_ = false;
}

}  // namespace dipsearch::fetcher
