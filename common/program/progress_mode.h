// Whether a program shows its progress, and how: a bar redrawn in place on a terminal,
// plain lines when asked for without one (a log), nothing by default without a terminal, so
// cron never sees it. Shared by the indexer's and the fetcher's displays.
#pragma once

#include <optional>
#include <string_view>

namespace dipsearch {

enum class ProgressMode { kOff, kBar, kLines };

// `requested`: --progress (true) or --no-progress (false), else nullopt. Unrequested, a
// bar shows only on a terminal and not with --quiet.
ProgressMode choose_progress_mode(std::optional<bool> requested, bool quiet, bool stderr_is_terminal);

// Columns of the terminal on `fd` (80 when it cannot tell).
int terminal_width(int fd);

// Carriage return, then erase to the end of the line: where a bar is redrawn.
inline constexpr std::string_view kClearLine = "\r\033[K";

}  // namespace dipsearch
