// Progress mode and terminal width (see progress_mode.h).
#include "common/program/progress_mode.h"

#include <sys/ioctl.h>

namespace dipsearch {

ProgressMode choose_progress_mode(std::optional<bool> requested, bool quiet, bool stderr_is_terminal) {
  if (requested.has_value()) {
    if (!*requested) return ProgressMode::kOff;
    return stderr_is_terminal ? ProgressMode::kBar : ProgressMode::kLines;
  }
  return (stderr_is_terminal && !quiet) ? ProgressMode::kBar : ProgressMode::kOff;
}

int terminal_width(int fd) {
  struct winsize size {};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace dipsearch
