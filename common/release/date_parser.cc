// Hand-written scanners for the release date forms; each form is one small function so a new
// form seen on a site is one more function, not a longer regular expression.
#include "common/release/date_parser.h"

#include <array>
#include <cstdio>
#include <utility>

#include "common/release/text_lines.h"

namespace dipsearch {
namespace {

using release::starts_with;

constexpr int kMinYear = 1000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A read position over the text being scanned; every reader leaves `pos` unchanged on failure.
struct Cursor {
  std::string_view s;
  size_t pos = 0;

  bool at_end() const { return pos >= s.size(); }
  char peek(size_t ahead = 0) const { return pos + ahead < s.size() ? s[pos + ahead] : '\0'; }
  std::string_view rest() const { return s.substr(pos); }

  bool eat(char c) {
    if (at_end() || s[pos] != c) return false;
    ++pos;
    return true;
  }
  bool eat(std::string_view literal) {
    if (!starts_with(rest(), literal)) return false;
    pos += literal.size();
    return true;
  }
  size_t skip_spaces() {
    const size_t start = pos;
    while (!at_end() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    return pos - start;
  }
  // A run of between `min_digits` and `max_digits` digits (a longer run is not a match).
  bool number(int min_digits, int max_digits, int* out) {
    size_t end = pos;
    while (end < s.size() && is_digit(s[end])) ++end;
    const int count = static_cast<int>(end - pos);
    if (count < min_digits || count > max_digits) return false;
    int value = 0;
    for (size_t i = pos; i < end; ++i) value = value * 10 + (s[i] - '0');
    *out = value;
    pos = end;
    return true;
  }
};

std::string format_date(int year, int month, int day) {
  char buffer[16];
  if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

// `day` 0 means a month-only date.
DateScan make_scan(std::string_view text, size_t length, int year, int month, int day) {
  DateScan scan;
  scan.length = length;
  const bool valid = day == 0 ? (year >= kMinYear && month >= 1 && month <= 12)
                              : is_valid_calendar_date(year, month, day);
  if (valid) {
    scan.status = DateScan::Status::kValid;
    scan.value = format_date(year, month, day);
  } else {
    scan.status = DateScan::Status::kInvalid;
    scan.value = std::string(text.substr(0, length));
  }
  return scan;
}

// "HH:MM" with optional ":SS", fraction and zone; returns false (cursor unchanged) otherwise.
bool read_clock(Cursor& c, bool strict) {
  const size_t start = c.pos;
  int hour = 0, minute = 0, second = 0;
  bool ok = c.number(strict ? 2 : 1, 2, &hour) && c.eat(':') && c.number(2, 2, &minute);
  if (ok && c.peek() == ':') {
    ++c.pos;
    ok = c.number(2, 2, &second);
    if (ok && c.peek() == '.' && is_digit(c.peek(1))) {
      ++c.pos;
      while (is_digit(c.peek())) ++c.pos;
    }
  }
  if (ok) {
    if (c.eat('Z')) {
    } else if (c.peek() == '+' || c.peek() == '-') {
      const size_t zone_start = c.pos;
      ++c.pos;
      int zone_hour = 0, zone_minute = 0;
      bool zone_ok = c.number(2, 2, &zone_hour);
      if (zone_ok && !c.at_end()) {
        c.eat(':');
        zone_ok = c.number(2, 2, &zone_minute) && zone_hour <= 23 && zone_minute <= 59;
      }
      if (!zone_ok) {
        if (strict) ok = false;
        c.pos = zone_start;
      }
    }
  }
  ok = ok && hour <= 23 && minute <= 59 && second <= 60;
  if (!ok) c.pos = start;
  return ok;
}

// A time of day written after a date in a page (" 20:32:19", "T20:32", " 오후 2:20:16",
// " 3:29 p.m.", " - 10:37", " (14:55)"); covered by the scan so that what follows the date can
// be judged, but never part of the value.
void skip_time_of_day(Cursor& c) {
  const size_t start = c.pos;
  if (c.eat('T') || c.skip_spaces() > 0) {
    const size_t before_meridiem = c.pos;
    if (c.eat('(')) {
      if (read_clock(c, /*strict=*/false) && c.eat(')')) return;
      c.pos = before_meridiem;
    }
    // "Mar 27, 2023 - 10:37": a dash or bar between the date and its time.
    if ((c.eat('-') || c.eat('|')) && c.skip_spaces() == 0) c.pos = before_meridiem;
    if (c.eat("오전") || c.eat("오후")) {
      c.skip_spaces();
    }
    if (read_clock(c, /*strict=*/false)) {
      const size_t after_clock = c.pos;
      c.skip_spaces();
      for (std::string_view meridiem : {"a.m.", "p.m.", "AM", "PM", "am", "pm"}) {
        if (c.eat(meridiem)) return;
      }
      c.pos = after_clock;
      return;
    }
    c.pos = before_meridiem;
  }
  c.pos = start;
}

// "(금)", "(금요일)", "(Fri)" after a date: part of the date, not of the text after it.
void skip_weekday_in_brackets(Cursor& c) {
  const size_t start = c.pos;
  c.skip_spaces();
  if (c.eat('(')) {
    static constexpr std::array<std::string_view, 7> kKorean = {"월", "화", "수", "목", "금", "토", "일"};
    bool named = false;
    for (std::string_view day : kKorean) {
      if (c.eat(day)) {
        c.eat("요일");
        named = true;
        break;
      }
    }
    if (!named) {
      size_t letters = 0;
      while (is_ascii_letter(c.peek())) {
        ++c.pos;
        ++letters;
      }
      named = letters >= 3 && letters <= 9;
    }
    if (named && c.eat(')')) return;
  }
  c.pos = start;
}

bool ends_at_boundary(const Cursor& c) { return !is_digit(c.peek()); }

// Dates that start with the year: ISO-like, dotted, and Korean.
DateScan scan_year_first(std::string_view text) {
  Cursor c{text};
  int year = 0;
  if (!c.number(4, 4, &year)) return {};
  const char separator = c.peek();
  int month = 0, day = 0;
  if (separator == '-' || separator == '/') {
    ++c.pos;
    if (!c.number(1, 2, &month)) return {};
    if (c.peek() == separator && is_digit(c.peek(1))) {
      ++c.pos;
      if (!c.number(1, 2, &day)) return {};
      if (!ends_at_boundary(c)) return {};
      const size_t date_end = c.pos;
      skip_time_of_day(c);
      DateScan scan = make_scan(text, date_end, year, month, day);
      scan.length = c.pos;
      return scan;
    }
    if (!ends_at_boundary(c) || c.peek() == separator) return {};
    return make_scan(text, c.pos, year, month, 0);
  }
  if (separator == '.') {
    ++c.pos;
    c.skip_spaces();
    if (!c.number(1, 2, &month) || !c.eat('.')) return {};
    c.skip_spaces();
    if (!c.number(1, 2, &day)) return {};
    c.eat('.');
    const size_t date_end = c.pos;
    skip_weekday_in_brackets(c);
    skip_time_of_day(c);
    DateScan scan = make_scan(text, date_end, year, month, day);
    scan.length = c.pos;
    return scan;
  }
  c.skip_spaces();
  if (c.eat("년")) {
    c.skip_spaces();
    if (!c.number(1, 2, &month) || !c.eat("월")) return {};
    const size_t month_end = c.pos;
    c.skip_spaces();
    if (c.number(1, 2, &day) && c.eat("일")) {
      const size_t date_end = c.pos;
      skip_weekday_in_brackets(c);
      skip_time_of_day(c);
      DateScan scan = make_scan(text, date_end, year, month, day);
      scan.length = c.pos;
      return scan;
    }
    return make_scan(text, month_end, year, month, 0);
  }
  return {};
}

// Day first, as European pages write it: "09.09.2016", "7.6.2021". With slashes only when the
// order is certain ("25/12/2016"): "07/01/2022" is January 7 in one country and July 1 in
// another, and no date is better than a wrong one. The month first with slashes when that order
// is as certain ("05/20/2016": no month 20).
DateScan scan_day_first(std::string_view text) {
  Cursor c{text};
  int day = 0, month = 0, year = 0;
  if (!c.number(1, 2, &day)) return {};
  const char separator = c.peek();
  if (separator != '.' && separator != '/') return {};
  ++c.pos;
  if (!c.number(1, 2, &month) || !c.eat(separator) || !c.number(4, 4, &year) || !ends_at_boundary(c)) return {};
  if (separator == '/' && day <= 12) {
    constexpr int kMonths = 12;
    if (month <= kMonths) return {};
    std::swap(day, month);
  }
  const size_t date_end = c.pos;
  skip_time_of_day(c);
  DateScan scan = make_scan(text, date_end, year, month, day);
  scan.length = c.pos;
  return scan;
}

// A month name (full, three-letter, or "Sept"), optionally followed by a dot; 0 when none.
int read_month_name(Cursor& c) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  size_t end = c.pos;
  while (end < c.s.size() && is_ascii_letter(c.s[end])) ++end;
  const std::string word = release::ascii_lower(c.s.substr(c.pos, end - c.pos));
  int month = 0;
  for (size_t i = 0; i < kMonths.size() && month == 0; ++i) {
    if (word == kMonths[i] || word == kMonths[i].substr(0, 3)) month = static_cast<int>(i) + 1;
  }
  if (word == "sept") month = 9;
  if (month == 0) return 0;
  c.pos = end;
  c.eat('.');
  return month;
}

// "Thursday, " or "Thu, " before an English date.
void skip_weekday_name(Cursor& c) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  size_t end = c.pos;
  while (end < c.s.size() && is_ascii_letter(c.s[end])) ++end;
  const std::string word = release::ascii_lower(c.s.substr(c.pos, end - c.pos));
  for (std::string_view day : kDays) {
    if (word == day || word == day.substr(0, 3)) {
      Cursor probe = c;
      probe.pos = end;
      probe.eat('.');
      if (probe.eat(',') || probe.skip_spaces() > 0) {
        probe.skip_spaces();
        c.pos = probe.pos;
      }
      return;
    }
  }
}

void skip_ordinal_suffix(Cursor& c) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (starts_with(release::ascii_lower(c.rest().substr(0, 2)), suffix) && !is_ascii_letter(c.peek(2))) {
      c.pos += 2;
      return;
    }
  }
}

// "27 , 2019": a space typed before the comma after the day.
void skip_spaces_before_comma(Cursor& c) {
  const size_t start = c.pos;
  c.skip_spaces();
  if (c.peek() != ',') c.pos = start;
}

// English dates: "Nov 18, 2016", "November 18 2016", "18 November 2016", "November 2016".
DateScan scan_english(std::string_view text) {
  Cursor c{text};
  skip_weekday_name(c);
  const size_t start = c.pos;
  int year = 0, month = 0, day = 0;
  if (is_digit(c.peek())) {
    if (!c.number(1, 2, &day)) return {};
    skip_ordinal_suffix(c);
    if (c.skip_spaces() == 0) return {};
    if ((month = read_month_name(c)) == 0) return {};
    c.eat(',');
    if (c.skip_spaces() == 0 || !c.number(4, 4, &year)) return {};
  } else {
    if ((month = read_month_name(c)) == 0) return {};
    if (c.skip_spaces() == 0) return {};
    const size_t after_month = c.pos;
    if (!c.number(4, 4, &year)) {
      c.pos = after_month;
      if (!c.number(1, 2, &day)) return {};
      skip_ordinal_suffix(c);
      skip_spaces_before_comma(c);
      c.eat(',');
      if (c.skip_spaces() == 0 && c.s[c.pos - 1] != ',') return {};
      if (!c.number(4, 4, &year)) return {};
    }
  }
  if (!ends_at_boundary(c) || start == c.pos) return {};
  const size_t date_end = c.pos;
  Cursor time = c;
  time.eat(',');
  const size_t before_time = time.pos;
  skip_time_of_day(time);
  if (time.pos > before_time) c.pos = time.pos;
  DateScan scan = make_scan(text, date_end, year, month, day);
  scan.length = c.pos;
  return scan;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_valid_calendar_date(int year, int month, int day) {
  if (year < kMinYear || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= last;
}

DateScan scan_unmarked_korean_date(std::string_view text) {
  constexpr int kMinUnmarkedYear = 1950;
  constexpr int kMaxUnmarkedYear = 2099;
  Cursor c{text};
  c.skip_spaces();
  int year = 0, month = 0, day = 0;
  if (!c.number(4, 4, &year) || !c.eat(' ')) return {};
  const size_t month_start = c.pos;
  if (c.number(4, 4, &month)) {
    day = month % 100;
    month /= 100;
  } else {
    c.pos = month_start;
    if (!c.number(1, 2, &month) || !c.eat(' ') || !c.number(1, 2, &day)) return {};
  }
  const size_t date_end = c.pos;
  c.skip_spaces();
  if (!c.at_end() || year < kMinUnmarkedYear || year > kMaxUnmarkedYear || !is_valid_calendar_date(year, month, day)) {
    return {};
  }
  return make_scan(text, date_end, year, month, day);
}

DateScan scan_date_prefix(std::string_view text) {
  if (text.empty()) return {};
  if (is_digit(text[0])) {
    DateScan scan = scan_year_first(text);
    if (scan.status != DateScan::Status::kNone) return scan;
    scan = scan_day_first(text);
    if (scan.status != DateScan::Status::kNone) return scan;
  }
  return scan_english(text);
}

std::optional<FoundDate> find_date(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if ((byte & 0xC0) == 0x80) continue;  // inside a code point
    if (at > 0) {
      const char before = text[at - 1];
      if (is_digit(before) || is_ascii_letter(before) || before == '.' || before == '/' || before == '-') continue;
    }
    if (!is_digit(text[at]) && !is_ascii_letter(text[at])) continue;
    DateScan scan = scan_date_prefix(text.substr(at));
    if (scan.status != DateScan::Status::kNone) return FoundDate{at, std::move(scan)};
  }
  return std::nullopt;
}

std::optional<std::string> parse_release_date(std::string_view text) {
  text = trim(text);
  const DateScan scan = scan_date_prefix(text);
  if (scan.status != DateScan::Status::kValid || scan.length != text.size()) return std::nullopt;
  return scan.value;
}

std::optional<std::string> parse_iso_date(std::string_view text) {
  text = trim(text);
  Cursor c{text};
  int year = 0, month = 0, day = 0;
  if (!c.number(4, 4, &year) || !c.eat('-') || !c.number(2, 2, &month)) return std::nullopt;
  if (c.at_end()) {
    if (year < kMinYear || month < 1 || month > 12) return std::nullopt;
    return format_date(year, month, 0);
  }
  if (!c.eat('-') || !c.number(2, 2, &day)) return std::nullopt;
  if (!is_valid_calendar_date(year, month, day)) return std::nullopt;
  if (!c.at_end()) {
    if (!(c.eat('T') || c.eat(' '))) return std::nullopt;
    if (!read_clock(c, /*strict=*/true) || !c.at_end()) return std::nullopt;
  }
  return format_date(year, month, day);
}

std::optional<RunInDateline> run_in_dateline(std::string_view line) {
  constexpr size_t kMaxDatelineBytes = 80;
  constexpr size_t kMaxPlaceWords = 4;
  constexpr size_t kFullDateBytes = 10;  // "YYYY-MM-DD", not a month alone
  size_t at = std::string_view::npos;
  size_t separator = 0;
  for (std::string_view dash : {" - ", " – ", " — ", " -- "}) {
    if (const size_t found = line.find(dash); found < at) {
      at = found;
      separator = dash.size();
    }
  }
  // The agency's bracket closes the dateline: keep it, cut at the colon after it.
  if (const size_t agency = line.find("): "); agency != std::string_view::npos && agency + 1 < at) {
    at = agency + 1;
    separator = 2;
  }
  if (at == std::string_view::npos || at > kMaxDatelineBytes) return std::nullopt;
  const std::string_view head = line.substr(0, at);
  const auto found = find_date(head);
  if (!found || found->date.status != DateScan::Status::kValid || found->date.value.size() != kFullDateBytes) {
    return std::nullopt;
  }
  const std::string_view before = head.substr(0, found->offset);
  const std::string_view after = head.substr(std::min(head.size(), found->offset + found->date.length));
  if (release::count_words(before) + release::count_words(after) > kMaxPlaceWords) return std::nullopt;
  // "… Week 2023.11.20 - 2023.11.26": the first day of a period, no dateline.
  if (scan_date_prefix(line.substr(at + separator)).status != DateScan::Status::kNone) return std::nullopt;
  return RunInDateline{found->date, found->offset, at + separator};
}

}  // namespace dipsearch
