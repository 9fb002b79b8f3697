// Line-level text helpers shared by the release parsers, so every layout rule sees lines
// cleaned the same way (Unicode spaces collapsed, invisible characters removed).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::release {

// Lines of `text` split at "\n", "\r\n" or "\r"; empty lines are kept (they separate paragraphs).
std::vector<std::string_view> split_lines(std::string_view text);

// `text` without a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view text);

// One line with every run of white space (ASCII, no-break, ideographic, control characters)
// turned into one ASCII space and trimmed; zero-width characters are removed.
std::string collapse_spaces(std::string_view line);
// Whether collapse_spaces(text) would keep anything, without building it (a whole file).
bool has_visible_text(std::string_view text);

// ASCII-only case folding: labels and chrome words are ASCII or Hangul, which has no case.
std::string ascii_lower(std::string_view text);
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);
bool starts_with_ignore_case(std::string_view text, std::string_view prefix);

// The space-separated words of collapsed text, punctuation kept ("Seoul," is a word).
std::vector<std::string_view> split_words(std::string_view collapsed);

// The tab-separated fields of one line of a TSV file, empty ones kept ("a\t\tb" has three).
std::vector<std::string_view> split_tabs(std::string_view line);

// Counts on collapsed text: code points, and words as space-separated tokens.
size_t count_code_points(std::string_view text);
size_t count_words(std::string_view collapsed);

// The line ends as a sentence does: a full stop, question or exclamation mark, perhaps inside
// closing quotes or brackets ("…said.”"), or a Korean sentence ending ("…하였다", "…함"). A
// stop right after a digit closes a date ("회동(11.8.)"), not a sentence.
bool ends_like_a_sentence(std::string_view line);

// A Korean line that ends on a closing quote without a full stop inside it ("외교부 “관광 금지
// 사실 아니야!”"): Korean prose puts its verb after a quote ("…”라고 말했다."), so the line is a
// headline quoting someone, however the quoted words end.
bool ends_in_korean_quote(std::string_view line);

// The code point starting at `pos` (U+FFFD for a malformed byte), advancing `pos` past it.
char32_t next_code_point(std::string_view text, size_t& pos);

}  // namespace dipsearch::release
