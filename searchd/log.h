// The daemon's log lines on stderr (the journal): one line each, with a time and a level,
// bounded in length, with control characters escaped, so nothing a client sends can forge
// or flood a line. Lines below the level chosen with --log-level are dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dipsearch::searchd {

inline constexpr size_t kMaxLogLineBytes = 1000;

// Their numbers are syslog's priorities, which the journal reads from a "<N>" prefix.
enum class LogLevel { kError = 3, kWarning = 4, kInfo = 6 };

// "error", "warning" or "info"; nullopt for anything else.
std::optional<LogLevel> log_level_named(std::string_view name);
void set_log_level(LogLevel level);

// "2026-12-06T19:38:29.123Z warning dipsearchd: TEXT"; to the journal (JOURNAL_STREAM set)
// "<4>warning dipsearchd: TEXT", the journal keeping the time and the priority itself.
void log_line(LogLevel level, std::string_view text);

// `text` with control characters escaped (\xNN) and cut to about `max_bytes` at a character
// boundary, saying how much was left out.
std::string log_safe(std::string_view text, size_t max_bytes = kMaxLogLineBytes);

// "2026-12-06T19:38:29.123Z": now, in UTC, to the millisecond.
std::string log_time();

}  // namespace dipsearch::searchd
