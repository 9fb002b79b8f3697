// Bounded, escaped log lines.
#include "searchd/log.h"

#include <cstdio>
#include <string>

namespace dipsearch::searchd {

void log_line(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string line = "dipsearchd: ";
  size_t shown = 0;
  for (; shown < text.size() && line.size() < kMaxLogLineBytes; ++shown) {
    const auto c = static_cast<unsigned char>(text[shown]);
    if (c >= 0x20 && c != 0x7f) {
      line += static_cast<char>(c);
    } else {
      line += "\\x";
      line += kHex[c >> 4];
      line += kHex[c & 15];
    }
  }
  if (shown < text.size()) {
    // Cut at a character boundary, and say how much was left out.
    while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
    if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
    line += "... (" + std::to_string(text.size() - shown) + " more bytes)";
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace dipsearch::searchd
