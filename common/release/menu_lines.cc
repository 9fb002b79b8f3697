// Shapes of menu and site-name lines. Each rule needs the whole line to have the shape, so that
// a headline mentioning a menu word or an acronym is never taken for one.
#include "common/release/menu_lines.h"

#include <algorithm>
#include <string>

#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Menu entries are names: every word capitalized (or a joining "&", "|"), or a short
// connective inside a name ("Contact Information of the Information Department").
bool reads_as_menu_entries(std::string_view line) {
  constexpr size_t kMaxLowercasePercent = 20;
  size_t words = 0, lowercase = 0;
  for (std::string_view word : split_words(line)) {
    ++words;
    if (word == "&" || word == "|" || is_upper(word[0]) || is_digit(word[0])) continue;
    ++lowercase;
  }
  return words > 0 && lowercase * 100 <= words * kMaxLowercasePercent;
}

// Words a name leaves out of its acronym.
bool is_name_connective(std::string_view word) {
  for (std::string_view connective : {"of", "the", "and", "for", "on", "in", "&", "-"}) {
    if (word == connective) return true;
  }
  return false;
}

// "NATO" for "North Atlantic Treaty Organization": the name's capitalized words, initials in
// order, spell the acronym exactly.
bool stands_for(std::string_view acronym, std::string_view name) {
  constexpr size_t kMaxNameWords = 10;
  std::string initials;
  size_t words = 0;
  for (std::string_view word : split_words(name)) {
    if (++words > kMaxNameWords) return false;
    if (is_name_connective(word)) continue;
    if (!is_upper(word[0])) return false;
    initials += word[0];
  }
  return initials == acronym;
}

bool is_acronym(std::string_view word) {
  constexpr size_t kMinLetters = 2, kMaxLetters = 8;
  if (word.size() < kMinLetters || word.size() > kMaxLetters) return false;
  for (char c : word) {
    if (!is_upper(c)) return false;
  }
  return true;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_numbered_menu_line(std::string_view line) {
  size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  if (digits == 0 || digits > 2 || line.size() <= digits + 1 || line[digits] != '.' ||
      line[digits + 1] != ' ') {
    return false;
  }
  const std::string_view rest = line.substr(digits + 2);
  if (count_words(rest) <= 3 && rest.find_first_of(".,") == std::string_view::npos) return true;
  // A whole menu on one line: short entries numbered on ("… 2. … 3. …"), not a sentence that
  // mentions a number ("… for round 2. (End)").
  constexpr size_t kMaxEntryWords = 4;
  size_t entries = 1, start = 0;
  for (int next = 2;; ++next) {
    const std::string marker = " " + std::to_string(next) + ". ";
    const size_t at = rest.find(marker, start);
    if (at == std::string_view::npos) break;
    if (count_words(rest.substr(start, at - start)) > kMaxEntryWords) return false;
    start = at + marker.size();
    ++entries;
  }
  return entries >= 2 && count_words(rest.substr(start)) <= kMaxEntryWords;
}

bool is_bar_menu_line(std::string_view line) {
  constexpr size_t kMinEntries = 3;
  // Three entries of up to two words, or more entries of up to three: "Korea | Japan | China
  // Ministers Meet" is a headline.
  constexpr size_t kMaxEntryWords = 3;
  constexpr size_t kMaxWordsOfThree = 2;
  size_t longest = 0;
  constexpr std::string_view kBar = " | ";
  if (line.find(kBar) == std::string_view::npos || line.find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  // A table's row ("국가 | 페루, 칠레 | ||") opens or closes with a bar: label and value cells.
  if (starts_with(line, "|") || ends_with(line, "|")) return false;
  size_t entries = 0;
  for (size_t start = 0; start <= line.size();) {
    size_t end = line.find(kBar, start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view entry = trim_spaces(line.substr(start, end - start));
    const size_t words = count_words(entry);
    if (words == 0 || words > kMaxEntryWords || ends_like_a_sentence(entry)) return false;
    longest = std::max(longest, words);
    ++entries;
    start = end + kBar.size();
  }
  return entries > kMinEntries || (entries == kMinEntries && longest <= kMaxWordsOfThree);
}

bool is_home_path(std::string_view line) {
  // Up to this many words any line starting at home is a path; a longer one must read as a
  // run of menu entries, not as a headline that happens to start with the word.
  constexpr size_t kMaxPathWords = 14, kMaxMenuRunWords = 30;
  const size_t words = count_words(line);
  if (words < 2 || words > kMaxMenuRunWords || ends_like_a_sentence(line)) return false;
  if (!(starts_with(line, "Home ") || starts_with(line, "HOME ") || starts_with(line, "홈 "))) return false;
  // "Home Affairs Minister …" is a headline about a ministry.
  const std::string lower = ascii_lower(line);
  for (std::string_view office : {"home affairs", "home office", "home minister", "home secretary", "home ministry"}) {
    if (starts_with(lower, office)) return false;
  }
  return words <= kMaxPathWords || reads_as_menu_entries(line);
}

bool is_doubled(std::string_view line) {
  std::string compact;
  for (char c : line) {
    if (c != ' ' && c != '/') compact += c;
  }
  if (compact.size() < 8 || compact.size() % 2 != 0) return false;
  const size_t half = compact.size() / 2;
  return compact.compare(0, half, compact, half, half) == 0;
}

bool is_acronym_and_name(std::string_view line) {
  // "NATO - Name", "NATO | Name", "NATO: Name", and the name first: "Name - NATO".
  for (std::string_view separator : {" - ", " – ", " | ", ": "}) {
    const size_t at = line.find(separator);
    if (at == std::string_view::npos) continue;
    const std::string_view left = trim_spaces(line.substr(0, at));
    const std::string_view right = trim_spaces(line.substr(at + separator.size()));
    if (is_acronym(left) && stands_for(left, right)) return true;
    if (is_acronym(right) && stands_for(right, left)) return true;
  }
  // "Name (NATO)".
  if (ends_with(line, ")")) {
    const size_t open = line.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      const std::string_view acronym = line.substr(open + 1, line.size() - open - 2);
      if (is_acronym(acronym) && stands_for(acronym, trim_spaces(line.substr(0, open)))) return true;
    }
  }
  return false;
}

}  // namespace dipsearch::release
