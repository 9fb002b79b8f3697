#include "common/release/date_lines.h"

#include <algorithm>
#include <string>

#include "common/release/list_markers.h"
#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

namespace {

// What follows a date in a speech's dateline: "at" and a place's name in capitals, the time
// of day at most before the date ("10:30 on March 3, 2021 at the Great Hall of the Institute").
bool names_a_venue(std::string_view before, std::string_view after) {
  constexpr size_t kMaxVenueWords = 12, kMaxWordsBefore = 2;
  if (count_words(before) > kMaxWordsBefore || !starts_with(after, "at ") || count_words(after) > kMaxVenueWords) {
    return false;
  }
  for (std::string_view word : split_words(after.substr(3))) {
    if (word != "the" && word != "of" && word != "and" && !(word[0] >= 'A' && word[0] <= 'Z')) return false;
  }
  return before.empty() || before.find(':') != std::string_view::npos;
}

}  // namespace

std::optional<DateScan> match_date_line(std::string_view line) {
  constexpr size_t kMaxOtherWords = 8;
  const std::string_view text = trim(strip_list_marker(line));
  const auto found = find_date(text);
  if (!found || found->date.status == DateScan::Status::kNone) return std::nullopt;
  const std::string_view before = trim(text.substr(0, found->offset));
  const std::string_view after = trim(text.substr(found->offset + found->date.length));
  if (count_words(before) + count_words(after) > kMaxOtherWords && !names_a_venue(before, after)) return std::nullopt;
  // A sentence that mentions a day ends with a full stop ("They ended on 2021-04-08.").
  if (!after.empty() && after.back() == '.') return std::nullopt;
  if (before.find_first_of(".!?") != std::string_view::npos && count_words(before) > 3) return std::nullopt;
  return found->date;
}

namespace {

// Whether `text` ends where a range of days begins: a day ("4", "28") or a month ("28
// November", "Nov."), so that a dash after it joins two ends of one period ("28 November –
// 1 December 2011"), whose last day is no date of the release.
bool ends_with_range_start(std::string_view text) {
  constexpr int kMaxDay = 31;
  const size_t space = text.rfind(' ');
  std::string last(space == std::string_view::npos ? text : text.substr(space + 1));
  if (!last.empty() && last.back() == '.') last.pop_back();
  if (last.empty()) return false;
  if (last.size() <= 2 && std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int day = std::stoi(last);
    return day >= 1 && day <= kMaxDay;
  }
  const std::string lower = ascii_lower(last);
  for (std::string_view month : {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}) {
    if (lower == month) return true;
  }
  return false;
}

// Whether `text` ends in a full date, the first end of a range ("2023.11.20 - 2023.11.26").
bool ends_with_date(std::string_view text) {
  const size_t space = text.rfind(' ');
  const std::string_view last = text.substr(space == std::string_view::npos ? 0 : space + 1);
  const DateScan scan = scan_date_prefix(last);
  return scan.status != DateScan::Status::kNone && scan.length == last.size();
}

// Whether the word before a date makes it one end of a period or a date the text is about
// ("기간 2023.11.12 ~ 2024.02.10", "70 Years Since 1953.07.27", "Deadline: 2024.02.10").
bool ends_with_range_word(std::string_view text) {
  const size_t space = text.rfind(' ');
  const std::string_view last = text.substr(space == std::string_view::npos ? 0 : space + 1);
  if (ends_with(last, ":")) return true;
  const std::string lower = ascii_lower(last);
  for (std::string_view word : {"~", "-", "–", "—", "to", "until", "till", "from", "since", "of", "on", "by",
                                "부터", "까지"}) {
    if (lower == word) return true;
  }
  return ends_with(last, "부터") || ends_with(last, "까지");
}

// A dateline by itself, or one field of a line with bars between its fields ("… | Updated:
// 06-04-2023 21:35 | …").
bool is_uncertain_date_field_line(std::string_view line) {
  constexpr size_t kMaxOtherWords = 8;
  constexpr int kMaxMonth = 12;
  const std::string_view text = trim(line);
  if (text.empty() || text.back() == '.' || count_words(text) > kMaxOtherWords + 1) return false;
  for (std::string_view word : split_words(text)) {
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    // Day and month joined by slashes or dashes, never mixed: "06/08/2018", "06-04-2023".
    const char joint = word.find('/') != std::string_view::npos ? '/' : '-';
    const size_t first = word.find(joint), second = word.rfind(joint);
    if (first == std::string_view::npos || first == second || second + 5 != word.size()) continue;
    const std::string_view day = word.substr(0, first), month = word.substr(first + 1, second - first - 1);
    const std::string_view year = word.substr(second + 1);
    const auto number = [](std::string_view digits) {
      if (digits.empty() || digits.size() > 4) return -1;
      int value = 0;
      for (char c : digits) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
      }
      return value;
    };
    const int d = number(day), m = number(month), y = number(year);
    if (d >= 1 && d <= kMaxMonth && m >= 1 && m <= kMaxMonth && y >= 1950 && day.size() <= 2 && month.size() <= 2) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_uncertain_date_line(std::string_view line) {
  constexpr size_t kMinFields = 3;
  constexpr std::string_view kBar = " | ";
  if (is_uncertain_date_field_line(line)) return true;
  if (line.find(kBar) == std::string_view::npos) return false;
  size_t fields = 0;
  bool uncertain = false;
  for (size_t start = 0; start <= line.size(); ++fields) {
    size_t end = line.find(kBar, start);
    if (end == std::string_view::npos) end = line.size();
    uncertain = uncertain || is_uncertain_date_field_line(line.substr(start, end - start));
    start = end + kBar.size();
  }
  return uncertain && fields >= kMinFields;
}

std::optional<DateScan> headline_dateline(std::string_view line) {
  constexpr size_t kMinHeadlineWords = 4, kMaxPlaceWords = 3;
  constexpr size_t kFullDateBytes = 10;
  std::string_view text = trim(line);
  std::string_view headline;
  if (ends_with(text, ")")) {
    const size_t open = text.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    headline = text.substr(0, open);
    text = trim(text.substr(open + 1, text.size() - open - 2));
  }
  const auto found = find_date(text);
  if (!found || found->date.status != DateScan::Status::kValid || found->date.value.size() != kFullDateBytes ||
      found->offset + found->date.length != text.size()) {
    return std::nullopt;
  }
  std::string_view before = text.substr(0, found->offset);
  if (!ends_with(before, ", ")) return std::nullopt;
  before.remove_suffix(2);
  const size_t comma = before.rfind(", ");
  const std::string_view place = comma == std::string_view::npos ? before : before.substr(comma + 2);
  if (headline.empty()) {
    if (comma == std::string_view::npos) return std::nullopt;
    headline = before.substr(0, comma);
  } else if (comma != std::string_view::npos) {
    return std::nullopt;  // "(Place, Date)" holds nothing else
  }
  const size_t place_words = count_words(place);
  if (place_words == 0 || place_words > kMaxPlaceWords || count_words(headline) < kMinHeadlineWords) return std::nullopt;
  for (std::string_view word : split_words(place)) {
    if (!(word[0] >= 'A' && word[0] <= 'Z') || word.find_first_of("0123456789") != std::string_view::npos) {
      return std::nullopt;
    }
  }
  return found->date;
}

std::optional<TrailingDate> split_trailing_date(std::string_view line) {
  constexpr size_t kMinWordsBefore = 3;
  for (std::string_view separator : {" , ", " - ", " – ", " | "}) {
    const size_t at = line.rfind(separator);
    if (at == std::string_view::npos) continue;
    const std::string_view tail = trim(line.substr(at + separator.size()));
    const DateScan scan = scan_date_prefix(tail);
    if (scan.status != DateScan::Status::kValid || scan.length != tail.size()) continue;
    const std::string_view before = trim(line.substr(0, at));
    if (count_words(before) < kMinWordsBefore) continue;
    if ((separator == " - " || separator == " – ") && (ends_with_range_start(before) || ends_with_date(before))) continue;
    return TrailingDate{before, scan, false};
  }
  // A full year-first numeric date after a plain space ("… Held in Busan 2023.11.26"), a
  // form no headline's words take.
  constexpr size_t kYearDigits = 4, kFullDateBytes = 10;
  const size_t space = line.rfind(' ');
  const std::string_view tail = line.substr(space == std::string_view::npos ? 0 : space + 1);
  const DateScan scan = scan_date_prefix(tail);
  const std::string_view before = trim(line.substr(0, space == std::string_view::npos ? 0 : space));
  if (scan.status != DateScan::Status::kValid || scan.length != tail.size() || scan.value.size() != kFullDateBytes ||
      tail.find_first_not_of("0123456789") != kYearDigits || count_words(before) < kMinWordsBefore ||
      ends_with_date(before) || ends_with_range_word(before)) {
    return std::nullopt;
  }
  return TrailingDate{before, scan, true};
}

}  // namespace dipsearch::release
