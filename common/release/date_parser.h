// Release dates in the forms pages and JSON state them, normalised to "YYYY-MM-DD", or to
// "YYYY-MM" when only the month is given. Only real calendar dates are accepted.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dipsearch {

// What a date-shaped beginning of a string turned out to be.
struct DateScan {
  enum class Status { kNone, kValid, kInvalid };
  Status status = Status::kNone;
  std::string value;  // normalised date when kValid; the date-shaped text itself when kInvalid
  size_t length = 0;  // bytes covered by the date and any time of day written after it
};

// Reads a date at the very start of `text`: "2021-04-08 20:32:19", "2021-04-08", "2021/04/08",
// "2021-09" (month only), "2022.08.05", "2022. 8. 5.", "2022년 3월 27일", "2022년 3월",
// "Nov 18, 2016", "November 18, 2016", "18 November 2016", "November 2016", day first
// "09.09.2016" and "25/12/2016" (slashes only when the day is over 12). A Korean weekday
// in brackets ("(금)") and a time of day after the date are covered too. Dates without a
// year ("3.21.", "on January 19") are not dates here: they are event dates in body text.
DateScan scan_date_prefix(std::string_view text);

// A Korean date saved without its 년, 월 and 일 ("2018년 6월 14일" as "2018 6 14", "2019년
// 11월 15일" as "2019 1115" when month and day were one link): year, month and day separated
// by single spaces, or month and day run together as four digits, and nothing else in `text`
// (surrounding spaces aside). Only a real calendar date of a plausible year (1950–2099);
// kNone otherwise, never kInvalid: such digits are as often a count or a telephone number.
// Not one of the forms above: callers read it only where a page's date line stands.
DateScan scan_unmarked_korean_date(std::string_view text);

// A date anywhere in `text`, at the start of a word: the first one, with its byte offset.
struct FoundDate {
  size_t offset = 0;
  DateScan date;
};
std::optional<FoundDate> find_date(std::string_view text);

// "NEW DELHI, 14 March 2020 - The Minister …", "February 11, 2014 – The Minister …",
// "Seoul, 15 September 2021 (ABC): The Minister …": a dateline run into the text by a dash,
// or by a colon after the agency's name in brackets. The date must be whole, with its year,
// and stand among no more than a place's few words (and the agency) before the separator;
// "SEOUL, June 3 - …" states no year and dates nothing. The date, and where the text after
// the separator starts.
struct RunInDateline {
  DateScan date;
  size_t date_offset = 0;  // where the date starts in the line
  size_t text_start = 0;
};
std::optional<RunInDateline> run_in_dateline(std::string_view line);

// `text` (surrounding spaces ignored) as exactly one valid date in any form above.
std::optional<std::string> parse_release_date(std::string_view text);

// Dates given in JSON: "YYYY-MM-DD", "YYYY-MM", or an ISO 8601 timestamp
// ("2021-04-08T20:32:19+09:00", "2021-04-08 20:32", fractions and "Z" allowed). The date is
// the one written, with no time-zone conversion, as the issuing office dated the release.
std::optional<std::string> parse_iso_date(std::string_view text);

// Gregorian calendar check with leap years; years before 1000 are not release dates.
bool is_valid_calendar_date(int year, int month, int day);

}  // namespace dipsearch
