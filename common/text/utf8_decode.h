// Decoding UTF-8 one code point at a time, for the scanners that walk text by hand (the entity
// matchers' tokens, the opening a release's linking clues are read from).
#pragma once

#include <cstddef>
#include <string_view>

namespace dipsearch::text {

// The general decoder behind decode_utf8_at: any sequence, U+FFFD for malformed bytes.
char32_t decode_utf8_slow(std::string_view s, size_t& i);

// Decodes the code point at s[i] (i < s.size()) and advances i past it. A malformed or
// truncated sequence gives U+FFFD and advances past its longest valid start (one byte at
// least), so a scan always moves on and never reads past the end. ASCII and well-formed
// three-byte sequences (all of Hangul and Han) are decoded inline.
inline char32_t decode_utf8_at(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    const char32_t c = (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 | (b2 & 0x3F);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      i += 3;
      return c;
    }
  }
  return decode_utf8_slow(s, i);
}

}  // namespace dipsearch::text
