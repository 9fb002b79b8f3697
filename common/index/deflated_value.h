// Raw deflate for value slots too large to store as written: the postlist table, where
// glass keeps value streams, stores them uncompressed (document data it compresses itself).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dipsearch {

// `text` deflated without a header; not shorter than it for short or random text.
std::string deflated(std::string_view text);

// The text `deflated` gave, or nullopt when `data` is no complete deflate stream or
// inflates to more than `limit` bytes (a value slot is read from a database file).
std::optional<std::string> inflated(std::string_view data, size_t limit);

}  // namespace dipsearch
