// The shared UTF-8 decoder: each row a byte string, the code points it decodes to and the
// byte each one ends at. Malformed and truncated sequences give U+FFFD and the scan moves on.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "common/text/utf8_decode.h"

namespace dipsearch::text {
namespace {

// Every code point of `bytes` with the offset after it.
std::vector<std::pair<char32_t, size_t>> decode_all(const std::string& bytes) {
  std::vector<std::pair<char32_t, size_t>> out;
  for (size_t i = 0; i < bytes.size();) {
    const size_t before = i;
    const char32_t c = decode_utf8_at(bytes, i);
    EXPECT_GT(i, before) << "no progress";
    EXPECT_LE(i, bytes.size()) << "past the end";
    out.emplace_back(c, i);
  }
  return out;
}

using Decoded = std::vector<std::pair<char32_t, size_t>>;

TEST(DecodeUtf8At, DecodesEachLengthOfWellFormedSequences) {
  EXPECT_EQ(decode_all("a"), (Decoded{{U'a', 1}}));
  EXPECT_EQ(decode_all("\xC3\xA9"), (Decoded{{U'\u00E9', 2}}));          // é, two bytes
  EXPECT_EQ(decode_all("\xEA\xB0\x80\xED\x9E\xA3"), (Decoded{{U'\uAC00', 3}, {U'\uD7A3', 6}}));  // 가 힣
  EXPECT_EQ(decode_all("\xE4\xB8\xAD"), (Decoded{{U'\u4E2D', 3}}));      // 中, Han
  EXPECT_EQ(decode_all("\xF0\x9F\x98\x80"), (Decoded{{U'\U0001F600', 4}}));  // four bytes
  EXPECT_EQ(decode_all("x\xEA\xB0\x80y"), (Decoded{{U'x', 1}, {U'\uAC00', 4}, {U'y', 5}}));
}

TEST(DecodeUtf8At, InvalidBytesGiveTheReplacementCharacter) {
  EXPECT_EQ(decode_all("\x80"), (Decoded{{0xFFFD, 1}}));                 // a lone continuation byte
  EXPECT_EQ(decode_all("\xFF" "a"), (Decoded{{0xFFFD, 1}, {U'a', 2}}));  // never a UTF-8 byte
  EXPECT_EQ(decode_all("\xC0\xAF"), (Decoded{{0xFFFD, 1}, {0xFFFD, 2}}));  // overlong '/'
  EXPECT_EQ(decode_all("\xE0\x80\xAF"), (Decoded{{0xFFFD, 1}, {0xFFFD, 2}, {0xFFFD, 3}}));  // overlong
  EXPECT_EQ(decode_all("\xED\xA0\x80"), (Decoded{{0xFFFD, 1}, {0xFFFD, 2}, {0xFFFD, 3}}));  // a surrogate
  EXPECT_EQ(decode_all("\xF4\x90\x80\x80").front().first, char32_t{0xFFFD});  // past U+10FFFF
  // A lead byte whose continuation is not one: the next character is read whole.
  EXPECT_EQ(decode_all("\xEA" "a"), (Decoded{{0xFFFD, 1}, {U'a', 2}}));
  EXPECT_EQ(decode_all("\xEA\xB0" "\xEA\xB0\x80"), (Decoded{{0xFFFD, 2}, {U'\uAC00', 5}}));
}

TEST(DecodeUtf8At, TruncatedSequencesAtTheEndStopThere) {
  EXPECT_EQ(decode_all("\xEA"), (Decoded{{0xFFFD, 1}}));
  EXPECT_EQ(decode_all("\xEA\xB0"), (Decoded{{0xFFFD, 2}}));
  EXPECT_EQ(decode_all("a\xF0\x9F\x98"), (Decoded{{U'a', 1}, {0xFFFD, 4}}));
  EXPECT_EQ(decode_all("\xC3"), (Decoded{{0xFFFD, 1}}));
  // Within a longer buffer, a view that ends mid-sequence is not read past its end.
  const std::string whole = "\xEA\xB0\x80";
  size_t i = 0;
  EXPECT_EQ(decode_utf8_at(std::string_view(whole).substr(0, 2), i), char32_t{0xFFFD});
  EXPECT_EQ(i, 2u);
}

}  // namespace
}  // namespace dipsearch::text
