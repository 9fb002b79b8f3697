// NFKC case folding via ICU's Normalizer2, with an ASCII fast path.
#include "common/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
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

// Letters that carry their mark inside (no decomposition) and have a usual plain spelling.
icu::UnicodeString fold_letter(UChar32 c) {
  switch (c) {
    case 0x0131: return u"i";   // ı (Turkish dotless i)
    case 0x00F8: return u"o";   // ø
    case 0x0111: return u"d";   // đ
    case 0x00F0: return u"d";   // ð
    case 0x0142: return u"l";   // ł
    case 0x00E6: return u"ae";  // æ
    case 0x0153: return u"oe";  // œ
    case 0x00FE: return u"th";  // þ
    case 0x0127: return u"h";   // ħ
    default: return icu::UnicodeString(c);
  }
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

std::string fold_diacritics(std::string_view word) {
  if (is_ascii(word)) return std::string(word);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) return std::string(word);
  icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))),
      status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(fold_letter(c));
  }
  // Recompose what had no marks (Hangul syllables decompose into jamo under NFD).
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && nfc != nullptr) out = nfc->normalize(out, status);
  if (U_FAILURE(status)) return std::string(word);
  std::string folded;
  out.toUTF8String(folded);
  return folded;
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
