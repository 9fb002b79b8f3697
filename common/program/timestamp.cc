// RFC 3339 UTC timestamps.
#include "common/program/timestamp.h"

#include <ctime>

namespace dipsearch {

std::string utc_now_rfc3339() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace dipsearch
