// The metadata block that release pages put between the title and the body: "Date : …" and
// "Hit : …" lines, 작성일/조회수/부서명 label-value pairs, bare date lines ("2022.08.05 외교부")
// and news bylines. The release date is read here and nowhere else in a page.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/release/date_lines.h"
#include "common/release/date_parser.h"

namespace dipsearch::release {

// What a date found in the metadata says about the release.
enum class DateRole {
  kNone,
  kPublished,  // under a publication label: "Date", "작성일", "등록일", "Posted", "송고시간"
  kBare,       // a date line with no label ("2022.08.05 외교부", "Nov 18, 2016")
  kModified,   // under a modification label: "수정일", "Updated"; used only when nothing else is
};

struct MetadataMatch {
  size_t lines = 0;  // lines covered from the one examined, label-value pairs included; 0: none
  DateRole role = DateRole::kNone;
  DateScan date;     // kNone status when the metadata holds no date
  bool byline_only = false;  // a "By …" or reporter line: metadata, but not where a block starts
};

// Whether `lines[index]` starts a metadata entry. `lines` hold collapsed lines, "" for blank.
MetadataMatch match_metadata(const std::vector<std::string_view>& lines, size_t index);

// A heading line with the page's metadata entries run on after it ("Headline 입력 2022.06.30
// (14:55) 수정 2022.06.30 (16:46)", "Deck 발행2021-07-17 11:15:22"): the text before the first
// label, and the first entry's date and role. Only a valid date counts, after two words or more.
struct TrailingEntries {
  std::string_view text;
  DateScan date;
  DateRole role = DateRole::kNone;
};
std::optional<TrailingEntries> split_trailing_entries(std::string_view line);

// A page saved as one line: the headline, then a publication label's date ("입력2006.04.03
// 00:08", "Posted 2024-02-03"), then whatever follows (more entries, the body). The text
// before the label, within a headline's length, and the date; only a valid full date counts.
std::optional<TrailingEntries> split_headline_entry(std::string_view line);

// A line that starts with a date label and a date, whatever follows ("date 2019-05-30 Back To
// Top …", as stored pages begin): the date, and the text after it.
struct LeadingDate {
  DateScan date;
  DateRole role = DateRole::kNone;
  std::string_view rest;
};
std::optional<LeadingDate> leading_labelled_date(std::string_view line);

// A date line saved without the 년/월/일 of its Korean date ("2019 1115", "작성일 2018 6 14"):
// the date (scan_unmarked_korean_date) and the role its label gives it, kBare without one.
// Not a date line for the page's layout: only the date finder reads it.
std::optional<LeadingDate> unmarked_date_line(std::string_view line);

// The date of a news-agency byline that opens a body paragraph:
// "(서울=연합뉴스) 홍길동 기자 = 2022년 3월 27일 …". Only a date written right after the
// byline's "=" counts; "외교부는 27일 …" names the day of an event, not of the release.
std::optional<DateScan> byline_date(const std::string& line);

}  // namespace dipsearch::release
