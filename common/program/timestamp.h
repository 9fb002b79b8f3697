// UTC timestamps in RFC 3339 form ("2025-03-21T08:15:02Z") for indexed_at and logs.
#pragma once

#include <string>

namespace dipsearch {

std::string utc_now_rfc3339();

}  // namespace dipsearch
