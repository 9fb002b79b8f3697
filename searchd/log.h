// The daemon's log lines on stderr (the journal): one line each, bounded in length, with
// control characters escaped, so nothing a client sends can forge or flood a line.
#pragma once

#include <string_view>

namespace dipsearch::searchd {

inline constexpr size_t kMaxLogLineBytes = 1000;

void log_line(std::string_view text);

}  // namespace dipsearch::searchd
