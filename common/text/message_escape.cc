// Byte-level escaping of text for messages and reports (see message_escape.h).
#include "common/text/message_escape.h"

#include <unicode/utf8.h>

namespace dipsearch::text {
namespace {

// Code points printed as their bytes: line breaks and controls a terminal or a log reader
// would act on, and the bidirectional controls that reorder what a line shows.
bool is_unprintable(UChar32 c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

void append_hex(std::string& out, unsigned char byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

std::string escape(std::string_view bytes, bool escape_backslash) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // not UTF-8: the first byte alone, then go on from the next
      append_hex(out, s[start]);
      i = start + 1;
    } else if (is_unprintable(c)) {
      for (int32_t b = start; b < i; ++b) append_hex(out, s[b]);
    } else if (c == '\\' && escape_backslash) {
      out += "\\\\";
    } else {
      out.append(bytes.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace

std::string escape_path(std::string_view bytes) { return escape(bytes, true); }

std::string escape_message(std::string_view text) { return escape(text, false); }

}  // namespace dipsearch::text
