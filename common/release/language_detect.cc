// Counts letters by Unicode script with ICU; each Hangul syllable counts as one letter.
#include "common/release/language_detect.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "common/release/text_lines.h"

namespace dipsearch {

std::string detect_language(std::string_view utf8) {
  size_t letters = 0;
  size_t hangul = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    const char ascii = utf8[pos];
    if (static_cast<unsigned char>(ascii) < 0x80) {  // no Hangul here: skip the property lookup
      ++pos;
      if ((ascii >= 'a' && ascii <= 'z') || (ascii >= 'A' && ascii <= 'Z')) ++letters;
      continue;
    }
    const auto c = static_cast<UChar32>(release::next_code_point(utf8, pos));
    if (!u_isalpha(c)) continue;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_HANGUL && U_SUCCESS(status)) ++hangul;
  }
  const bool korean = hangul > 0 && static_cast<double>(hangul) >= kKoreanHangulShare * static_cast<double>(letters);
  return korean ? "ko" : "en";
}

}  // namespace dipsearch
