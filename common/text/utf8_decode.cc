// The general UTF-8 decoder (see utf8_decode.h): ICU's U8_NEXT, which rejects overlong forms,
// surrogates and code points past U+10FFFF.
#include "common/text/utf8_decode.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace dipsearch::text {

char32_t decode_utf8_slow(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t idx = static_cast<int32_t>(i);
  const int32_t len = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(p, idx, len, c);
  i = static_cast<size_t>(idx);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

}  // namespace dipsearch::text
