// Strict UTF-8 validation following the well-formed byte sequence table of Unicode 15, §3.9.
#include "common/release/utf8_check.h"

namespace dipsearch::release {
namespace {

// Length of the well-formed sequence starting at `pos`, or 0 when it is ill-formed.
size_t sequence_length(std::string_view s, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return 1;
  size_t length = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;  // allowed range of the second byte; the others are always 80..BF
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no UTF-16 surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (pos + length > s.size()) return 0;
  if (byte(pos + 1) < lo || byte(pos + 1) > hi) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t length = sequence_length(bytes, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

std::string sanitize_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t length = sequence_length(bytes, pos);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
    } else {
      out.append(bytes, pos, length);
      pos += length;
    }
  }
  return out;
}

std::string quote_for_message(std::string_view value, size_t max_code_points) {
  const std::string clean = sanitize_utf8(value);
  size_t end = 0;
  size_t code_points = 0;
  while (end < clean.size() && code_points < max_code_points) {
    ++end;
    while (end < clean.size() && (static_cast<unsigned char>(clean[end]) & 0xC0) == 0x80) ++end;
    ++code_points;
  }
  std::string out = "\"" + clean.substr(0, end);
  if (end < clean.size()) out += "…";
  return out + "\"";
}

}  // namespace dipsearch::release
