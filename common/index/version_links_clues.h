// Clues to which releases are versions of each other besides the date slot: the bodies or
// events a title names in either language, and the days a release's opening lines mention.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace dipsearch {

// The bodies and kinds of meeting a title names, as language-neutral numbers: "Human Rights
// Council" and 인권이사회 are one, "Conference on Disarmament" and 군축회의 another.
struct TitleTerms {
  std::set<int> terms;   // every term named
  std::set<int> events;  // those that name one meeting series (two different ones cannot be one release)
};
TitleTerms title_terms(std::string_view title, bool latin);

// The days (month × 100 + day) the opening of a body mentions: "on February 25", "Feb. 15",
// "25 February 2019" in English; "2.25(월)", "2017.9.21(목)", "3월 28일", a title's "(7.12)" in
// Korean. A release
// says on which day its meeting took place; its version says the same day. Ranges
// ("2.16-19") and dates without a day are left out.
std::set<int> mentioned_days(std::string_view body);

// How much of a body's opening mentioned_days reads: the meeting's day is in the first lines.
inline constexpr size_t kMentionedDaysReach = 600;

}  // namespace dipsearch
