// A title for releases whose source gives none, taken from the start of the body, so that
// every indexed release has something to show in a result list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dipsearch {

inline constexpr size_t kFallbackTitleCodePoints = 120;

// The first line of `body` without its list marker, white space collapsed. A longer line is cut at the last space
// before kFallbackTitleCodePoints code points (or at that many code points when the line has
// no space in its second half, as unspaced text may) and ends with "…".
std::string title_from_body(std::string_view body);

}  // namespace dipsearch
