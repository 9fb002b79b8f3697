// Unicode normalization shared by documents and queries: NFKC + case folding, with the
// middle-dot look-alikes unified first (NFKC alone would turn 'ㆍ' into a jamo).
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// NFKC-casefolded copy of UTF-8 text. Invalid UTF-8 sequences become U+FFFD.
std::string normalize(std::string_view utf8);

// True when every byte sequence in the text is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// True when the text holds at least one Hangul syllable or jamo.
bool has_hangul(std::string_view utf8);

}  // namespace dipsearch::text
