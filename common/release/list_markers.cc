// Marker tables for the bullets seen in ministry pages (Korean government documents use □ ㅇ -).
#include "common/release/list_markers.h"

#include <array>

#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

// Symbols that never begin the text itself at the start of a paragraph.
constexpr std::array<std::string_view, 18> kSymbolBullets = {
    "•", "◦", "°", "□", "■", "○", "●", "◎", "◇", "◆", "▶", "▷", "►", "▪", "▫", "‣", "∙", "❍"};

// Characters that are bullets only when a space follows them.
constexpr std::array<std::string_view, 8> kSpacedBullets = {"o ", "ㅇ ", "- ", "– ", "— ", "· ", "* ", "+ "};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of one marker at the start of `line`, including the space after it; 0 when none.
size_t marker_length(std::string_view line) {
  for (std::string_view bullet : kSymbolBullets) {
    if (starts_with(line, bullet)) return bullet.size();
  }
  for (std::string_view bullet : kSpacedBullets) {
    if (starts_with(line, bullet)) return bullet.size();
  }
  // "*text": a footnote or bullet star glued to the text.
  if (starts_with(line, "*") && line.size() > 1 && line[1] != '*') return 1;
  // Paragraph numbers: one or two digits, "." or ")", a space, and then not a digit.
  size_t digits = 0;
  while (digits < line.size() && digits < 3 && is_digit(line[digits])) ++digits;
  if (digits >= 1 && digits <= 2 && line.size() > digits + 2 &&
      (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ' && !is_digit(line[digits + 2])) {
    return digits + 2;
  }
  return 0;
}

std::string_view trim_front(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

std::string_view strip_list_marker(std::string_view line, bool* had_marker) {
  bool removed = false;
  for (int depth = 0; depth < 3; ++depth) {
    const size_t length = marker_length(line);
    if (length == 0) break;
    line = trim_front(line.substr(length));
    removed = true;
  }
  if (had_marker != nullptr) *had_marker = removed;
  return line;
}

}  // namespace dipsearch::release
