// Lines that state a page's date among a few other words, and headlines with a date run on:
// the page's datelines, read apart from its labelled metadata entries.
#pragma once

#include <optional>
#include <string_view>

#include "common/release/date_parser.h"

namespace dipsearch::release {

// A short line that states a date among a few other words: a dateline ("New York, 16 March
// 2012", "March 21, 2018 - Ottawa, Ontario - Global Affairs Canada"), an issuer and a date
// ("Türkiye Cumhuriyeti Dışişleri Bakanlığı 09.09.2016"), a numbered notice ("No: 224,
// 9 September 2016"), a time and a venue ("10:30 on March 3, 2021 at the Great Hall of …").
// Not a sentence: a line ending in a full stop after a word, or with more than a few words
// besides the date (but for a venue's name), is prose that mentions a day.
std::optional<DateScan> match_date_line(std::string_view line);

// A dateline whose date cannot be read for certain: day and month both 12 or less with slashes
// or dashes between them ("Seoul, 06/08/2018 - 11:13, UNIQUE ID: 180806_4", June 8 or August
// 6), among as few other words as match_date_line allows, or as one of three fields or more
// with bars between ("10/08/2024 | Press release | Distributed on 10/08/2024 01:48", "Agency |
// City | Updated: 06-04-2023 21:35"). The line still ends the page's heading block.
bool is_uncertain_date_line(std::string_view line);

// A headline with its date run on after a separator ("Press Release Regarding … , 15.05.2017",
// "Statement - 9 June 2022"), or a full year-first numeric date after a space ("… Held in
// Busan 2023.11.26"): the date and the text before it. Not a date in brackets, which
// belongs to the headline ("Spokesperson's Press Briefing (June 21, 2018)").
struct TrailingDate {
  std::string_view text;
  DateScan date;
  bool after_space = false;  // a date after a plain space: weaker than any other date of the page
};
std::optional<TrailingDate> split_trailing_date(std::string_view line);

// A headline ending in its own dateline, a place and a full date after a comma or in brackets
// ("Briefing by the Spokesperson, Moscow, October 4, 2017", "Briefing by the Spokesperson
// (Moscow, December 11, 2024)"): the date. Briefings and speeches are titled so; the place
// (one to three capitalized words) tells the dateline from a date the headline is about.
std::optional<DateScan> headline_dateline(std::string_view line);

}  // namespace dipsearch::release
