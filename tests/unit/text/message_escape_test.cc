// File names and quoted input in messages: one printable line of UTF-8 whatever the bytes,
// and for paths, the exact bytes recoverable.
#include <gtest/gtest.h>

#include "common/text/message_escape.h"

namespace dipsearch::text {
namespace {

// Reverses escape_path, as a reader of a report would.
std::string unescape_path(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
    } else if (text[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 2, 2)), nullptr, 16));
      i += 3;
    }
  }
  return out;
}

struct EscapeCase {
  std::string bytes;
  std::string path;  // escape_path
};

class EscapePath : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(EscapePath, IsPrintableAndRoundTrips) {
  const std::string escaped = escape_path(GetParam().bytes);
  EXPECT_EQ(escaped, GetParam().path);
  EXPECT_EQ(unescape_path(escaped), GetParam().bytes);
  for (unsigned char c : escaped) EXPECT_GE(c, 0x20) << escaped;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EscapePath,
    ::testing::Values(EscapeCase{"/srv/releases/mofa-en-1.txt", "/srv/releases/mofa-en-1.txt"},
                      EscapeCase{"/srv/보도자료/외교부.txt", "/srv/보도자료/외교부.txt"},
                      EscapeCase{"a\nrejected b.txt: forged", "a\\x0Arejected b.txt: forged"},
                      EscapeCase{"tab\there\r\x1B[31mred", "tab\\x09here\\x0D\\x1B[31mred"},
                      EscapeCase{"caf\xE9.txt", "caf\\xE9.txt"},
                      EscapeCase{"cut\xE2\x80", "cut\\xE2\\x80"},
                      EscapeCase{"back\\slash\\x41", "back\\\\slash\\\\x41"},
                      EscapeCase{"nel\xC2\x85 ls\xE2\x80\xA8 rlo\xE2\x80\xAE", "nel\\xC2\\x85 ls\\xE2\\x80\\xA8 rlo\\xE2\\x80\\xAE"},
                      EscapeCase{std::string("nul\0byte", 8), "nul\\x00byte"},
                      EscapeCase{"", ""}));

TEST(EscapeMessage, KeepsBackslashesEscapesTheRest) {
  EXPECT_EQ(escape_message("bad \\u0000 in \"a\nb\""), "bad \\u0000 in \"a\\x0Ab\"");
  EXPECT_EQ(escape_message("외교부 \xFF"), "외교부 \\xFF");
}

}  // namespace
}  // namespace dipsearch::text
