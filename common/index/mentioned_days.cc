// A hand scanner for the ways both languages write a day (it replaced five std::regex
// passes, which cost more than the rest of a release's linking clues together).
#include "common/index/mentioned_days.h"

#include <algorithm>
#include <cstdio>

#include "common/index/deflated_value.h"
#include "common/index/name_sounds.h"
#include "common/index/spelled_numbers.h"
#include "common/text/korean.h"
#include "common/text/utf8_decode.h"

namespace dipsearch {
namespace {

// month × 100 + day, or 0 for a day no year has (February 29 is kept: some years have it).
int day_of(int month, int day) {
  static const int kLongest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kLongest[month - 1] ? month * 100 + day : 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// The month names the English patterns know, in the order they are tried (full names first,
// so "June" is read whole and "Jun" only where the full name does not follow).
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    {"January", 1}, {"February", 2}, {"March", 3},     {"April", 4},    {"May", 5},     {"June", 6},
    {"July", 7},    {"August", 8},   {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
    {"Jan", 1},     {"Feb", 2},      {"Mar", 3},       {"Apr", 4},      {"Jun", 6},     {"Jul", 7},
    {"Aug", 8},     {"Sept", 9},     {"Sep", 9},       {"Oct", 10},     {"Nov", 11},    {"Dec", 12}};

// A number of one or two digits at i that no further digit continues: its value, its end.
bool short_number(std::string_view t, size_t i, int& value, size_t& end) {
  if (i >= t.size() || !is_digit(t[i])) return false;
  size_t j = i;
  while (j < t.size() && j - i < 2 && is_digit(t[j])) ++j;
  if (j < t.size() && is_digit(t[j])) return false;
  value = 0;
  for (size_t k = i; k < j; ++k) value = value * 10 + (t[k] - '0');
  end = j;
  return true;
}

bool literal(std::string_view t, size_t i, std::string_view what, size_t& end) {
  if (t.substr(i, what.size()) != what) return false;
  end = i + what.size();
  return true;
}

void optional_char(std::string_view t, size_t& i, char c) {
  if (i < t.size() && t[i] == c) ++i;
}

// Where a number starts for a pattern that wants no digit (nor, with dot_too, a '.') just
// before it: at the start of the text, or after one such character, which the match includes.
bool number_start(std::string_view t, size_t i, bool dot_too, size_t& start) {
  if (i == 0 && !t.empty() && is_digit(t[0])) {
    start = 0;
    return true;
  }
  if (i >= t.size() || is_digit(t[i]) || (dot_too && t[i] == '.')) return false;
  start = i + 1;
  return true;
}

// "February 25", "Feb. 15".
size_t month_day(std::string_view t, size_t i, int& day_code) {
  // Every month name starts with one of these capitals; most places in a text hold none.
  if (i >= t.size() || std::string_view("JFMASOND").find(t[i]) == std::string_view::npos) return 0;
  for (const MonthName& m : kMonthNames) {
    size_t j;
    if (!literal(t, i, m.name, j)) continue;
    optional_char(t, j, '.');
    if (j >= t.size() || t[j] != ' ') continue;
    int day;
    size_t end;
    if (!short_number(t, j + 1, day, end)) continue;
    day_code = day_of(m.month, day);
    return end;
  }
  return 0;
}

// "25 February": the number starts the text or follows a character that is not a digit.
size_t day_month(std::string_view t, size_t i, int& day_code) {
  size_t start;
  if (!number_start(t, i, false, start)) return 0;
  int day;
  size_t j;
  if (!short_number(t, start, day, j) || j >= t.size() || t[j] != ' ') return 0;
  for (const MonthName& m : kMonthNames) {
    size_t end;
    if (!literal(t, j + 1, m.name, end) || (end < t.size() && is_lower(t[end]))) continue;
    day_code = day_of(m.month, day);
    return end;
  }
  return 0;
}

// "2.25(월)", "2017.9.21(목)", "10.7.(금)": month and day before a weekday in parentheses.
size_t dotted(std::string_view t, size_t i, int& day_code) {
  static constexpr std::string_view kWeekdays[] = {"월", "화", "수", "목", "금", "토", "일"};
  size_t start;
  if (!number_start(t, i, true, start)) return 0;
  auto rest = [&](size_t k, int& code) -> size_t {
    int month, day;
    size_t j;
    if (!short_number(t, k, month, j) || j >= t.size() || t[j] != '.') return 0;
    ++j;
    optional_char(t, j, ' ');
    if (!short_number(t, j, day, j)) return 0;
    optional_char(t, j, '.');
    optional_char(t, j, ' ');
    if (j >= t.size() || t[j] != '(') return 0;
    for (std::string_view w : kWeekdays) {
      size_t end;
      if (literal(t, j + 1, w, end) && end < t.size() && t[end] == ')') {
        code = day_of(month, day);
        return end + 1;
      }
    }
    return 0;
  };
  // With a year first ("2017.9.21"), then without.
  if (start + 4 < t.size() && is_digit(t[start]) && is_digit(t[start + 1]) && is_digit(t[start + 2]) &&
      is_digit(t[start + 3]) && t[start + 4] == '.') {
    size_t k = start + 5;
    optional_char(t, k, ' ');
    if (size_t end = rest(k, day_code)) return end;
  }
  return rest(start, day_code);
}

// "3월 28일" (no boundary before the month: "2023년12월 5일" counts).
size_t korean_words(std::string_view t, size_t i, int& day_code) {
  int month, day;
  size_t j, end;
  if (!short_number(t, i, month, j) || !literal(t, j, "월", j)) return 0;
  optional_char(t, j, ' ');
  if (!short_number(t, j, day, j) || !literal(t, j, "일", end)) return 0;
  day_code = day_of(month, day);
  return end;
}

// A title's "(7.12)" or "(6.21.)".
size_t parenthesized(std::string_view t, size_t i, int& day_code) {
  if (i >= t.size() || t[i] != '(') return 0;
  int month, day;
  size_t j;
  if (!short_number(t, i + 1, month, j) || j >= t.size() || t[j] != '.') return 0;
  if (!short_number(t, j + 1, day, j)) return 0;
  optional_char(t, j, '.');
  if (j >= t.size() || t[j] != ')') return 0;
  day_code = day_of(month, day);
  return j + 1;
}

// Each reader tries a match at a position: the end of the match (0 for none) and the day it
// names (0 for a day no year has). Like a regular expression's search, the text is read left
// to right and a match's text is not read again by the same reader.
using DayReader = size_t (*)(std::string_view, size_t, int&);

}  // namespace

std::set<int> mentioned_days(std::string_view body) {
  const std::string_view text = body.substr(0, kMentionedDaysReach);
  std::set<int> days;
  for (DayReader read : {month_day, day_month, dotted, korean_words, parenthesized}) {
    for (size_t i = 0; i < text.size();) {
      int day = 0;
      if (const size_t end = read(text, i, day)) {
        if (day != 0) days.insert(day);
        i = end;
      } else {
        ++i;
      }
    }
  }
  return days;
}

std::set<int> release_mentioned_days(std::string_view title, std::string_view body) {
  std::string opening(title);
  opening += '\n';
  opening += body.substr(0, kMentionedDaysReach);
  return mentioned_days(opening);
}

std::string mentioned_days_value(const std::set<int>& days) {
  std::string value = "d";
  for (int day : days) {
    char four[5];
    std::snprintf(four, sizeof four, "%04d", day);
    value += four;
  }
  return value;
}

std::optional<std::set<int>> parse_mentioned_days_value(std::string_view value) {
  const std::optional<OpeningClues> clues = parse_opening_clues_value(value);
  if (!clues) return std::nullopt;
  return clues->days;
}

namespace {

bool is_latin(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Words of either language's Latin text that say nothing about which release it is.
bool common_word(std::string_view word) {
  static constexpr std::string_view kCommon[] = {
      "the",  "and",   "for",   "with",  "from",    "that",     "this",   "its",     "his",     "her",
      "was",  "were",  "are",   "has",   "have",    "had",      "will",   "would",   "not",     "but",
      "all",  "our",   "their", "they",  "which",   "who",      "also",   "been",    "between", "other",
      "korea", "korean", "republic", "rok", "minister", "foreign", "affairs", "ministry", "president",
      "may", "covid", "north", "south", "ambassador", "statement", "copyright", "www", "http", "https", "com", "kor", "eng", "menu"};
  for (std::string_view w : kCommon) {
    if (word == w) return true;
  }
  return false;
}

// A run of digits at [i, end) that belongs to a phone number or a range of them ("044-211-2253",
// "2.16-19"): a hyphen joins it to another digit.
bool joined_by_hyphen(std::string_view t, size_t i, size_t end) {
  return (i >= 2 && t[i - 1] == '-' && is_digit(t[i - 2])) || (end + 1 < t.size() && t[end] == '-' && is_digit(t[end + 1]));
}

// A list marker: digits that start a line (after spaces) and are followed by '.' or ')' and a space.
bool list_marker(std::string_view t, size_t i, size_t end) {
  size_t k = i;
  while (k > 0 && t[k - 1] == ' ') --k;
  if (k > 0 && t[k - 1] != '\n') return false;
  return end + 1 < t.size() && (t[end] == '.' || t[end] == ')') && (t[end + 1] == ' ' || t[end + 1] == '\n');
}

// A number as an amount is written in either language: "100,000" whole, and "200 million",
// "1.5 billion", 2억, 100만, 5천만 also as their value (US$200 million is 2억 달러 in the Korean
// version, 100,000 people 10만 명). Both without leading zeros; value empty when no scale follows.
struct Amount {
  std::string number, value;
  size_t end = 0;
};

Amount read_amount(std::string_view t, size_t i) {
  Amount a;
  size_t end = i;
  std::string digits;
  while (end < t.size() && is_digit(t[end])) digits += t[end++];
  // Thousands separators: groups of three digits after a comma, no digit after them.
  while (digits.size() <= 15 && end + 3 < t.size() && t[end] == ',' && is_digit(t[end + 1]) && is_digit(t[end + 2]) &&
         is_digit(t[end + 3]) && (end + 4 >= t.size() || !is_digit(t[end + 4]))) {
    digits.append(t.substr(end + 1, 3));
    end += 4;
  }
  auto strip = [](std::string n) {
    n.erase(0, std::min(n.find_first_not_of('0'), n.size()));
    return n;
  };
  a.number = strip(digits);
  a.end = end;
  // A decimal part of one or two digits counts only before a scale ("1.5 billion").
  std::string decimals;
  size_t at = end;
  if (at + 1 < t.size() && t[at] == '.' && is_digit(t[at + 1])) {
    size_t k = at + 1;
    while (k < t.size() && is_digit(t[k]) && k - at <= 2) decimals += t[k++];
    if (k < t.size() && is_digit(t[k])) decimals.clear();
    else at = k;
  }
  struct Scale {
    std::string_view word;
    size_t zeros;
    bool after_space;
  };
  static constexpr Scale kScales[] = {{"million", 6, true}, {"billion", 9, true}, {"trillion", 12, true},
                                      {"천억", 11, false},  {"천만", 7, false},   {"백만", 6, false},
                                      {"억", 8, false},     {"만", 4, false}};
  for (const Scale& scale : kScales) {
    size_t k = at;
    if (scale.after_space) {
      if (k >= t.size() || t[k] != ' ') continue;
      ++k;
    }
    if (t.substr(k, scale.word.size()) != scale.word) continue;
    const size_t after = k + scale.word.size();
    if (scale.after_space && after < t.size() && is_latin(t[after])) continue;
    if (digits.size() + scale.zeros > 18 || decimals.size() > scale.zeros) break;
    a.value = strip(digits + decimals + std::string(scale.zeros - decimals.size(), '0'));
    a.end = after;  // the scale is not a name
    break;
  }
  return a;
}

}  // namespace

std::string_view opening_of(std::string_view body, size_t reach) {
  size_t used = 0, end = 0;
  while (end < body.size()) {
    size_t next = end;
    text::decode_utf8_at(body, next);
    // A Hangul syllable (three bytes) weighs two; any other character its bytes.
    const size_t weight = text::hangul_syllable_at(body, end) >= 0 ? 2 : next - end;
    if (used + weight > reach) break;
    used += weight;
    end = next;
  }
  return body.substr(0, end);
}

OpeningClues release_opening_clues(std::string_view title, std::string_view body) {
  OpeningClues clues;
  clues.days = release_mentioned_days(title, body);
  std::string opening(title);
  opening += '\n';
  opening += opening_of(body, kOpeningCluesReach);
  const std::string_view t = opening;
  std::set<std::string> numbers, names;
  for (size_t i = 0; i < t.size();) {
    size_t end = i;
    if (is_digit(t[i])) {
      while (end < t.size() && is_digit(t[end])) ++end;
      if (!joined_by_hyphen(t, i, end) && !list_marker(t, i, end)) {
        const Amount amount = read_amount(t, i);
        end = amount.end;
        for (const std::string* n : {&amount.number, &amount.value}) {
          if (!n->empty() && numbers.size() < kOpeningCluesKept) numbers.insert(*n);
        }
      }
    } else if (const SpelledNumber spelled = is_latin(t[i]) ? spelled_number_at(t, i) : SpelledNumber{}; spelled.value) {
      // "Ten years", "fifty-two member states": the Korean version writes 10년, 52개국.
      if (numbers.size() < kOpeningCluesKept) numbers.insert(std::to_string(spelled.value));
      end = spelled.end;
    } else if (is_latin(t[i])) {
      while (end < t.size() && is_latin(t[end])) ++end;
      std::string word(t.substr(i, end - i));
      for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      // A month spelled out is its number: "June 9" is "6.9." in the Korean version.
      bool month = false;
      for (const MonthName& m : kMonthNames) {
        // The word is in lower case; a name starts with a capital.
        const bool same = word.size() == m.name.size() && word[0] == m.name[0] - 'A' + 'a' &&
                          word.compare(1, std::string::npos, m.name.substr(1)) == 0;
        if (same && m.month != 5) {  // "may" is mostly the verb
          if (numbers.size() < kOpeningCluesKept) numbers.insert(std::to_string(m.month));
          month = true;
          break;
        }
      }
      if (!month && word.size() >= 3 && !common_word(word) && names.size() < kOpeningCluesKept) {
        names.insert(word);
      }
    } else {
      ++end;
    }
    i = end;
  }
  // Kept in the order of the sounds, which says nothing of their place: a fair cut either way.
  auto keep = [](const std::set<std::string>& sounds) {
    std::set<std::string> kept;
    for (const std::string& s : sounds) {
      if (kept.size() == kOpeningSoundsKept) break;
      kept.insert(s);
    }
    return kept;
  };
  clues.numbers = numbers;
  clues.names = names;
  clues.latin_sounds = keep(latin_name_sounds(t));
  clues.hangul_sounds = keep(hangul_name_sounds(t));
  return clues;
}

namespace {

// The stored clues: deflated behind this tag when they are at least this long and shorter so
// (deflate adds bytes to short text), and never longer than this once inflated (far above
// what kOpeningCluesKept and kOpeningSoundsKept let through).
constexpr std::string_view kDeflatedClues = "z";
constexpr size_t kShortestDeflatedClues = 64;
constexpr size_t kLongestClues = 1 << 20;

}  // namespace

std::string opening_clues_value(const OpeningClues& clues) {
  std::string value = mentioned_days_value(clues.days);
  auto add = [&](char tag, const SortedWords& items) {
    if (items.empty()) return;
    value += '|';
    value += tag;
    bool first = true;
    for (std::string_view item : items) {
      if (!first) value += ',';
      value += item;
      first = false;
    }
  };
  add('n', clues.numbers);
  add('w', clues.names);
  add('l', clues.latin_sounds);
  add('h', clues.hangul_sounds);
  if (value.size() < kShortestDeflatedClues) return value;
  std::string packed = std::string(kDeflatedClues) + deflated(value);
  return packed.size() < value.size() ? packed : value;
}

std::optional<OpeningClues> parse_opening_clues_value(std::string_view value) {
  if (!value.empty() && value[0] == kDeflatedClues[0]) {
    const std::optional<std::string> text = inflated(value.substr(1), kLongestClues);
    if (!text || text->empty() || (*text)[0] == kDeflatedClues[0]) return std::nullopt;
    return parse_opening_clues_value(*text);
  }
  const size_t bar = value.find('|');
  const std::string_view days = value.substr(0, bar);
  if (days.empty() || days[0] != 'd' || (days.size() - 1) % 4 != 0) return std::nullopt;
  OpeningClues clues;
  std::vector<std::string_view> lists[4];  // n, w, l, h
  for (size_t i = 1; i < days.size(); i += 4) {
    int day = 0;
    for (size_t k = i; k < i + 4; ++k) {
      if (!is_digit(days[k])) return std::nullopt;
      day = day * 10 + (days[k] - '0');
    }
    clues.days.insert(day);
  }
  for (size_t at = bar; at != std::string_view::npos;) {
    const size_t next = value.find('|', at + 1);
    const std::string_view part = value.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
    at = next;
    if (part.size() < 2) return std::nullopt;  // a tag and one item at least
    std::vector<std::string_view>* into = part[0] == 'n'   ? &lists[0]
                                          : part[0] == 'w' ? &lists[1]
                                          : part[0] == 'l' ? &lists[2]
                                          : part[0] == 'h' ? &lists[3]
                                                           : nullptr;
    if (!into) return std::nullopt;
    for (size_t start = 1; start < part.size();) {
      size_t comma = part.find(',', start);
      if (comma == std::string_view::npos) comma = part.size();
      const std::string_view item = part.substr(start, comma - start);
      for (char c : item) {
        if (part[0] == 'n' ? !is_digit(c) : !(c >= 'a' && c <= 'z')) return std::nullopt;
      }
      if (item.empty()) return std::nullopt;
      into->push_back(item);
      start = comma + 1;
    }
  }
  clues.numbers = SortedWords(std::move(lists[0]));
  clues.names = SortedWords(std::move(lists[1]));
  clues.latin_sounds = SortedWords(std::move(lists[2]));
  clues.hangul_sounds = SortedWords(std::move(lists[3]));
  return clues;
}

}  // namespace dipsearch
