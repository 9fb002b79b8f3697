// Line splitting and white-space cleaning for release text, using ICU's character properties.
#include "common/release/text_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/text/normalize.h"

namespace dipsearch::release {
namespace {

// Characters that join or separate nothing visible; dropping them keeps words whole.
bool is_invisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool is_space_like(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ' ') return true;
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;  // stray control characters
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

}  // namespace

char32_t next_code_point(std::string_view text, size_t& pos) {
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(pos);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  pos = static_cast<size_t>(i);
  return c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::string_view strip_bom(std::string_view text) {
  return starts_with(text, "\xEF\xBB\xBF") ? text.substr(3) : text;
}

std::string collapse_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < line.size()) {
    const size_t start = pos;
    const auto byte = static_cast<unsigned char>(line[pos]);
    if (byte < 0x80) {  // ASCII, most of every page: no decoding, and printable runs copied whole
      if (byte <= 0x20 || byte == 0x7F) {
        ++pos;
        pending_space = !out.empty();
        continue;
      }
      while (pos < line.size()) {
        const auto c = static_cast<unsigned char>(line[pos]);
        if (c <= 0x20 || c >= 0x7F) break;
        ++pos;
      }
    } else {
      const char32_t c = next_code_point(line, pos);
      if (is_invisible(c)) continue;
      if (is_space_like(c)) {
        pending_space = !out.empty();
        continue;
      }
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(line, start, pos - start);
  }
  return out;
}

bool has_visible_text(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (byte > 0x20 && byte != 0x7F) return true;
      ++pos;
      continue;
    }
    const char32_t c = next_code_point(text, pos);
    if (!is_invisible(c) && !is_space_like(c)) return true;
  }
  return false;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool starts_with_ignore_case(std::string_view text, std::string_view prefix) {
  // Byte by byte rather than through ascii_lower: the page reader asks this of every line
  // for every metadata label, and two strings a call were a sixth of its time.
  if (text.size() < prefix.size()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[i]) != lower(prefix[i])) return false;
  }
  return true;
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (;;) {
    const size_t end = line.find('\t', start);
    fields.push_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return fields;
    start = end + 1;
  }
}

std::vector<std::string_view> split_words(std::string_view collapsed) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < collapsed.size()) {
    size_t end = collapsed.find(' ', start);
    if (end == std::string_view::npos) end = collapsed.size();
    if (end > start) words.push_back(collapsed.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

size_t count_words(std::string_view collapsed) {
  size_t words = 0;
  bool in_word = false;
  for (char c : collapsed) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

bool ends_in_korean_quote(std::string_view line) {
  if (!text::has_hangul(line)) return false;
  for (std::string_view close : {"”", "\""}) {
    if (ends_with(line, close)) {
      const std::string_view inner = line.substr(0, line.size() - close.size());
      return !inner.empty() && !ends_with(inner, ".");
    }
  }
  return false;
}

bool ends_like_a_sentence(std::string_view line) {
  while (!line.empty()) {
    bool stripped = false;
    for (std::string_view closer : {"\"", "'", ")", "”", "’", "」", "』", "]"}) {
      if (ends_with(line, closer)) {
        line.remove_suffix(closer.size());
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  // A stop after a digit closes a date ("회동(11.8.)"), not a sentence; after a year standing as
  // a word of its own it closes the sentence that ends on it ("… on April 5, 2013.").
  if (ends_with(line, ".") && line.size() >= 2 && line[line.size() - 2] >= '0' && line[line.size() - 2] <= '9') {
    constexpr size_t kYearDigits = 4;
    const std::string_view before = line.substr(0, line.size() - 1);
    const size_t space = before.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
    const bool year = space != std::string_view::npos && last.size() == kYearDigits &&
                      last.find_first_not_of("0123456789") == std::string_view::npos;
    return year;
  }
  for (std::string_view stop : {".", "!", "?", "。", "다", "요", "음", "함"}) {
    if (ends_with(line, stop)) return true;
  }
  return false;
}

}  // namespace dipsearch::release
