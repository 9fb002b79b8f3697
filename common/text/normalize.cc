// NFKC case folding via ICU's Normalizer2, with an ASCII fast path.
#include "common/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace dipsearch::text {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
  }
  return *n;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Middle-dot look-alikes used between Korean country abbreviations (한ㆍ미, 한・일).
bool is_middle_dot_like(UChar32 c) {
  return c == 0x318D /* ㆍ */ || c == 0x30FB /* ・ */ || c == 0xFF65 /* ･ */ ||
         c == 0x2027 /* ‧ */ || c == 0x2219 /* ∙ */ || c == 0x22C5 /* ⋅ */;
}

}  // namespace

std::string normalize(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < in.length(); ++i) {
    if (is_middle_dot_like(in.charAt(i))) in.setCharAt(i, 0x00B7);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold().normalize(in, status);
  if (U_FAILURE(status)) folded = in;
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

bool has_hangul(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
        (c >= 0x3130 && c <= 0x318F)) {
      return true;
    }
  }
  return false;
}

}  // namespace dipsearch::text
