// Language of a release when the source does not say: Korean or English, from the Hangul share.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch {

// Share of letters that must be Hangul for a text to count as Korean. Korean releases quote
// English names and acronyms freely, so a plain majority would misfile many of them.
inline constexpr double kKoreanHangulShare = 0.30;

// "ko" when Hangul letters (syllables and jamo) are at least kKoreanHangulShare of all letters
// of `utf8`, else "en" (also for text without letters). Digits and punctuation do not count.
std::string detect_language(std::string_view utf8);

}  // namespace dipsearch
