// UTF-8 checks for untrusted input: where the first malformed sequence is (so a rejection can
// point at the byte), and a repair for text we quote back in messages.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dipsearch::release {

// Byte offset of the first ill-formed UTF-8 sequence (overlongs, surrogates and code points
// past U+10FFFF count as ill-formed); nullopt when the whole input is well-formed.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// Copy with every ill-formed sequence replaced by U+FFFD, so messages built from input bytes
// (file names, JSON tokens) stay valid UTF-8 wherever they are printed or serialised.
std::string sanitize_utf8(std::string_view bytes);

// `value` in double quotes for an error message: repaired as above and cut to `max_code_points`.
std::string quote_for_message(std::string_view value, size_t max_code_points = 60);

}  // namespace dipsearch::release
