// Dated fields as outlets write them: a byline's fields with bars between them ("서울신문 |
// 입력 : 2017/12/25 [18:47]") and the time of day in brackets after a date.
#pragma once

#include <string_view>

#include "common/release/page_metadata.h"

namespace dipsearch::release {

// `rest` after the time of day in brackets it opens with ("[18:47] …", "(09:30:15)"): a date's
// time, read as the date's; `rest` unchanged when it opens with no such time.
std::string_view skip_bracketed_time(std::string_view rest);

// Reads one labelled entry ("입력 : 2017/12/25") on its own, as match_metadata does.
using ReadLabelledEntry = bool (*)(std::string_view text, DateScan* date, DateRole* role);

// An outlet's byline with the date's label in a field of its own ("서울신문 | 입력 : 2017/12/25
// [18:47]", "Harbor News | Reporter | Published: 2024-03-07"), `text` collapsed: a labelled
// entry, its date and role read by `read_entry`. Its other fields are names, a few words each,
// so a sentence with a bar in it is no such line.
bool labelled_bar_field(std::string_view text, ReadLabelledEntry read_entry, DateScan* date, DateRole* role);

}  // namespace dipsearch::release
