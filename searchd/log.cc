// Timed, levelled, bounded and escaped log lines.
#include "searchd/log.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace dipsearch::searchd {
namespace {

std::atomic<LogLevel> threshold{LogLevel::kInfo};

const char* level_name(LogLevel level) {
  switch (level) {
    case LogLevel::kError: return "error";
    case LogLevel::kWarning: return "warning";
    case LogLevel::kInfo: return "info";
  }
  return "info";
}

// Whether stderr is the journal's stream: JOURNAL_STREAM names its device and inode, and is
// inherited by programs whose stderr went elsewhere since.
bool to_journal() {
  static const bool journal = [] {
    const char* stream = std::getenv("JOURNAL_STREAM");
    unsigned long long device = 0, inode = 0;
    struct stat st {};
    return stream != nullptr && std::sscanf(stream, "%llu:%llu", &device, &inode) == 2 &&
           ::fstat(STDERR_FILENO, &st) == 0 && st.st_dev == device && st.st_ino == inode;
  }();
  return journal;
}

}  // namespace

std::optional<LogLevel> log_level_named(std::string_view name) {
  for (LogLevel level : {LogLevel::kError, LogLevel::kWarning, LogLevel::kInfo}) {
    if (name == level_name(level)) return level;
  }
  return std::nullopt;
}

void set_log_level(LogLevel level) { threshold = level; }

std::string log_time() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char text[40];
  const size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(text + n, sizeof text - n, ".%03dZ", static_cast<int>(millis));
  return text;
}

std::string log_safe(std::string_view text, size_t max_bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string line;
  size_t shown = 0;
  for (; shown < text.size() && line.size() < max_bytes; ++shown) {
    const auto c = static_cast<unsigned char>(text[shown]);
    if (c >= 0x20 && c != 0x7f) {
      line += static_cast<char>(c);
    } else {
      line += "\\x";
      line += kHex[c >> 4];
      line += kHex[c & 15];
    }
  }
  if (shown < text.size()) {
    // Cut at a character boundary, and say how much was left out.
    while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
    if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
    line += "... (" + std::to_string(text.size() - shown) + " more bytes)";
  }
  return line;
}

void log_line(LogLevel level, std::string_view text) {
  if (static_cast<int>(level) > static_cast<int>(threshold.load())) return;
  std::string line = to_journal() ? "<" + std::to_string(static_cast<int>(level)) + ">" : log_time() + " ";
  line += level_name(level);
  line += " dipsearchd: ";
  line += log_safe(text);
  line += '\n';
  // One write per line, so lines from several threads never interleave.
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace dipsearch::searchd
