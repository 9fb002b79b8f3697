// Date forms of release pages and JSON, one row per input: the normalised date or a refusal.
#include "common/release/date_parser.h"

#include <gtest/gtest.h>

namespace dipsearch {
namespace {

struct DateRow {
  const char* input;
  const char* expected;  // nullptr: not a (valid) date
};

class ReleaseDateTable : public ::testing::TestWithParam<DateRow> {};

TEST_P(ReleaseDateTable, ParsesWholeString) {
  const DateRow& row = GetParam();
  const auto parsed = parse_release_date(row.input);
  if (row.expected == nullptr) {
    EXPECT_FALSE(parsed.has_value()) << row.input << " → " << parsed.value_or("");
  } else {
    ASSERT_TRUE(parsed.has_value()) << row.input;
    EXPECT_EQ(*parsed, row.expected) << row.input;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ReleaseDateTable,
    ::testing::Values(
        DateRow{"2021-04-08 20:32:19", "2021-04-08"}, DateRow{"2021-04-08", "2021-04-08"},
        DateRow{"2021-04-07 18:51", "2021-04-07"}, DateRow{"2021/4/8", "2021-04-08"},
        DateRow{"2022.08.05", "2022-08-05"}, DateRow{"2022.08.05.", "2022-08-05"},
        DateRow{"2022. 8. 5.", "2022-08-05"}, DateRow{"2022. 8. 5.(금)", "2022-08-05"},
        DateRow{"Nov 18, 2016", "2016-11-18"}, DateRow{"November 18, 2016", "2016-11-18"},
        DateRow{"Nov. 18, 2016", "2016-11-18"}, DateRow{"Sept 3, 2019", "2019-09-03"},
        DateRow{"18 November 2016", "2016-11-18"}, DateRow{"1st May 2020", "2020-05-01"},
        DateRow{"Thursday, November 17, 2016", "2016-11-17"}, DateRow{"November 2016", "2016-11"},
        DateRow{"2022년 3월 27일", "2022-03-27"}, DateRow{"2022년3월27일", "2022-03-27"},
        DateRow{"2022년 3월", "2022-03"}, DateRow{"2021-09", "2021-09"},
        DateRow{"  2021-04-08  ", "2021-04-08"},
        // Day first, as European pages write it; slashes only when the order is certain.
        DateRow{"09.09.2016", "2016-09-09"}, DateRow{"7.6.2021", "2021-06-07"},
        DateRow{"25/12/2016", "2016-12-25"}, DateRow{"07/01/2022", nullptr}, DateRow{"31.02.2016", nullptr},
        // A time of day written after the date, with its meridiem.
        DateRow{"2008-11-17 오후 2:20:16", "2008-11-17"}, DateRow{"October 4, 2023, 3:29 p.m.", "2023-10-04"},
        DateRow{"August 20th, 2015", "2015-08-20"},
        // A space typed before the comma after the day, as a signed-off date may have it.
        DateRow{"September 27 , 2019", "2019-09-27"},
        // Leap years.
        DateRow{"2024-02-29", "2024-02-29"}, DateRow{"2000-02-29", "2000-02-29"},
        // Impossible or incomplete dates.
        DateRow{"2021-02-30", nullptr}, DateRow{"2023-02-29", nullptr}, DateRow{"1900-02-29", nullptr},
        DateRow{"2021-13-01", nullptr}, DateRow{"2021-04-31", nullptr}, DateRow{"2021-00-10", nullptr},
        DateRow{"2021-13", nullptr}, DateRow{"2022.13.05", nullptr}, DateRow{"Feb 30, 2021", nullptr},
        DateRow{"0999-01-01", nullptr},
        // Not dates at all, or dates without a year (event dates in body text).
        DateRow{"", nullptr}, DateRow{"3.21.(금)", nullptr}, DateRow{"on January 19", nullptr},
        DateRow{"January 19", nullptr}, DateRow{"7 April", nullptr}, DateRow{"2021", nullptr},
        DateRow{"20210408", nullptr}, DateRow{"2021-04-081", nullptr}, DateRow{"2021-04-08 and more", nullptr},
        DateRow{"Mayday 2021", nullptr}));

class IsoDateTable : public ::testing::TestWithParam<DateRow> {};

TEST_P(IsoDateTable, ParsesJsonDate) {
  const DateRow& row = GetParam();
  const auto parsed = parse_iso_date(row.input);
  if (row.expected == nullptr) {
    EXPECT_FALSE(parsed.has_value()) << row.input << " → " << parsed.value_or("");
  } else {
    ASSERT_TRUE(parsed.has_value()) << row.input;
    EXPECT_EQ(*parsed, row.expected) << row.input;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, IsoDateTable,
    ::testing::Values(
        DateRow{"2021-04-08", "2021-04-08"}, DateRow{"2021-09", "2021-09"},
        DateRow{"2021-04-08T20:32:19", "2021-04-08"}, DateRow{"2021-04-08T20:32:19Z", "2021-04-08"},
        DateRow{"2021-04-08T20:32:19.123+09:00", "2021-04-08"}, DateRow{"2021-04-08T23:59-05:00", "2021-04-08"},
        DateRow{"2021-04-08 20:32", "2021-04-08"}, DateRow{"2024-02-29T00:00:00Z", "2024-02-29"},
        DateRow{"2021-02-30", nullptr}, DateRow{"2021-02-29T10:00:00", nullptr}, DateRow{"2021-4-8", nullptr},
        DateRow{"2021-04-08T25:00:00", nullptr}, DateRow{"2021-04-08T10:60", nullptr},
        DateRow{"2021-04-08T", nullptr}, DateRow{"2021-04-08 noon", nullptr}, DateRow{"2021-13", nullptr},
        DateRow{"2022.08.05", nullptr}, DateRow{"Nov 18, 2016", nullptr}, DateRow{"yesterday", nullptr},
        DateRow{"", nullptr}));

// Dates found inside a line: only at the start of a word, and the first one.
struct FindRow {
  const char* line;
  const char* expected;  // nullptr: no date
  size_t offset;
};

class FindDateTable : public ::testing::TestWithParam<FindRow> {};

TEST_P(FindDateTable, FindsTheFirstDateAtAWordStart) {
  const FindRow& row = GetParam();
  const auto found = find_date(row.line);
  if (row.expected == nullptr) {
    EXPECT_FALSE(found.has_value()) << row.line;
    return;
  }
  ASSERT_TRUE(found.has_value()) << row.line;
  EXPECT_EQ(found->date.value, row.expected) << row.line;
  EXPECT_EQ(found->offset, row.offset) << row.line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, FindDateTable,
    ::testing::Values(FindRow{"New York, 16 March 2012", "2012-03-16", 10},
                      FindRow{"No: 224, 9 September 2016", "2016-09-09", 9},
                      FindRow{"Naci Demir 15.02.2012", "2012-02-15", 11},
                      FindRow{"(Hanoi, July 31st, 2014)", "2014-07-31", 8},
                      FindRow{"March 21, 2018 - Ottawa, Ontario", "2018-03-21", 0},
                      FindRow{"ID12021-04-08", nullptr, 0},
                      FindRow{"on January 19 in Seoul", nullptr, 0}, FindRow{"", nullptr, 0}));

TEST(ScanDatePrefix, CoversTimeAndReportsWhatFollows) {
  const DateScan scan = scan_date_prefix("2021-04-08 20:32:19 Hit : 434");
  EXPECT_EQ(scan.status, DateScan::Status::kValid);
  EXPECT_EQ(scan.value, "2021-04-08");
  EXPECT_EQ(std::string_view("2021-04-08 20:32:19 Hit : 434").substr(scan.length), " Hit : 434");
}

TEST(ScanDatePrefix, CoversATimeInBrackets) {
  constexpr std::string_view kText = "2022.06.30 (14:55) 수정 2022.06.30 (16:46)";
  const DateScan scan = scan_date_prefix(kText);
  EXPECT_EQ(scan.value, "2022-06-30");
  EXPECT_EQ(kText.substr(scan.length), " 수정 2022.06.30 (16:46)");
  // Brackets holding anything but a time are not the date's.
  constexpr std::string_view kNote = "2022.06.30 (14시 55분)";
  EXPECT_EQ(kNote.substr(scan_date_prefix(kNote).length), " (14시 55분)");
}

TEST(ScanDatePrefix, KeepsTheTextOfAnImpossibleDate) {
  const DateScan scan = scan_date_prefix("2021-02-30 외교부");
  EXPECT_EQ(scan.status, DateScan::Status::kInvalid);
  EXPECT_EQ(scan.value, "2021-02-30");
}

// Korean dates saved without their 년/월/일: read only as the whole text, only real dates of
// a plausible year, and never reported as impossible (such digits are often something else).
class UnmarkedKoreanDateTable : public ::testing::TestWithParam<DateRow> {};

TEST_P(UnmarkedKoreanDateTable, ReadsWholeTextOnly) {
  const DateRow& row = GetParam();
  const DateScan scan = scan_unmarked_korean_date(row.input);
  if (row.expected == nullptr) {
    EXPECT_EQ(scan.status, DateScan::Status::kNone) << row.input << " → " << scan.value;
  } else {
    ASSERT_EQ(scan.status, DateScan::Status::kValid) << row.input;
    EXPECT_EQ(scan.value, row.expected) << row.input;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, UnmarkedKoreanDateTable,
    ::testing::Values(DateRow{"2018 6 14", "2018-06-14"}, DateRow{"2019 1115", "2019-11-15"},
                      DateRow{" 2021 0305 ", "2021-03-05"}, DateRow{"2024 2 29", "2024-02-29"},
                      // Impossible, ambiguous, implausible, or more than a date.
                      DateRow{"2023 2 29", nullptr}, DateRow{"2019 1234", nullptr}, DateRow{"2019 111", nullptr},
                      DateRow{"2100 7224", nullptr}, DateRow{"1945 0815", nullptr},
                      DateRow{"2019 1115 people", nullptr}, DateRow{"2018  6 14", nullptr},
                      DateRow{"2018 6 14 10", nullptr}, DateRow{"20191115", nullptr}, DateRow{"", nullptr}));

TEST(UnmarkedKoreanDate, IsNoneOfTheOrdinaryForms) {
  EXPECT_FALSE(parse_release_date("2019 1115").has_value());
  EXPECT_FALSE(find_date("전화 02 2019 1115").has_value());
}

TEST(CalendarDate, KnowsLeapYears) {
  EXPECT_TRUE(is_valid_calendar_date(2024, 2, 29));
  EXPECT_TRUE(is_valid_calendar_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_calendar_date(2100, 2, 29));
  EXPECT_FALSE(is_valid_calendar_date(2023, 2, 29));
  EXPECT_TRUE(is_valid_calendar_date(2023, 12, 31));
  EXPECT_FALSE(is_valid_calendar_date(2023, 6, 31));
}

}  // namespace
}  // namespace dipsearch
