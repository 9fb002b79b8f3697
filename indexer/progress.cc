// Drawing and throttling of the progress display (see progress.h).
#include "indexer/progress.h"

namespace dipsearch::indexer {
namespace {

constexpr auto kBarInterval = std::chrono::milliseconds(100);
// A log gets a line a second, and one at every tenth of the work however fast it goes.
constexpr auto kLineInterval = std::chrono::seconds(1);

int tenths(double fraction) { return static_cast<int>(fraction * 10 + 1e-9); }
}  // namespace

Progress::Progress(ProgressMode mode, std::ostream& out, int terminal_fd)
    : mode_(mode), out_(out), terminal_fd_(terminal_fd) {}

void Progress::start(size_t files_total, std::uintmax_t bytes_total) {
  started_ = std::chrono::steady_clock::now();
  files_total_ = files_total;
  bytes_total_ = bytes_total;
}

void Progress::phase(RunPhase phase) {
  phase_ = phase;
  draw();
}

void Progress::advance(size_t files_done, std::uintmax_t bytes_done, size_t documents) {
  files_done_ = files_done;
  bytes_done_ = bytes_done;
  documents_ = documents;
  if (mode_ == ProgressMode::kOff) return;
  const auto since = std::chrono::steady_clock::now() - last_drawn_;
  if (mode_ == ProgressMode::kBar) {
    if (since >= kBarInterval) draw();
  } else if (since >= kLineInterval || tenths(done_fraction(snapshot())) > tenths(last_drawn_fraction_)) {
    draw();
  }
}

void Progress::message(std::string_view line) {
  if (bar_shown_) out_ << kClearLine;
  out_ << line << '\n';
  if (bar_shown_) {
    out_ << bar_line(snapshot(), terminal_width(terminal_fd_) - 1);
  }
  out_.flush();
}

void Progress::finish() {
  if (bar_shown_) out_ << kClearLine << std::flush;
  bar_shown_ = false;
}

ProgressSnapshot Progress::snapshot() const {
  ProgressSnapshot s;
  s.phase = phase_name(phase_);
  s.files_done = files_done_;
  s.files_total = files_total_;
  s.bytes_done = bytes_done_;
  s.bytes_total = bytes_total_;
  s.documents = documents_;
  s.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  return s;
}

void Progress::draw() {
  if (mode_ == ProgressMode::kOff) return;
  last_drawn_ = std::chrono::steady_clock::now();
  last_drawn_fraction_ = done_fraction(snapshot());
  if (mode_ == ProgressMode::kLines) {
    out_ << "dipsearch-index: " << plain_line(snapshot()) << std::endl;
    return;
  }
  // One column is left free: writing the last column makes some terminals wrap.
  out_ << kClearLine << bar_line(snapshot(), terminal_width(terminal_fd_) - 1) << std::flush;
  bar_shown_ = true;
}

}  // namespace dipsearch::indexer
