// A title for releases whose source gives none, taken from the start of the body, so that
// every indexed release has something to show in a result list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dipsearch {

inline constexpr size_t kFallbackTitleCodePoints = 120;

// The first sentence of `body` (its first line without its list marker or a date label run into
// it, up to the first full stop, question or exclamation mark that ends a sentence; the stop
// itself dropped), white space collapsed. A longer sentence is cut at the last space before kFallbackTitleCodePoints
// code points (or at that many code points when it has no space in its second half, as
// unspaced text may) and ends with "…".
std::string title_from_body(std::string_view body);

}  // namespace dipsearch
