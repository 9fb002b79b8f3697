// The days a release's title and opening lines mention, which linking compares between an
// English release and its Korean version; the indexer stores them in kMentionedDaysSlot.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace dipsearch {

// The days (month × 100 + day) the opening of a body mentions: "on February 25", "Feb. 15",
// "25 February 2019" in English; "2.25(월)", "2017.9.21(목)", "3월 28일", a title's "(7.12)" in
// Korean. A release says on which day its meeting took place; its version says the same day.
// Ranges ("2.16-19") and dates without a day are left out.
std::set<int> mentioned_days(std::string_view body);

// How much of a body's opening mentioned_days reads: the meeting's day is in the first lines.
inline constexpr size_t kMentionedDaysReach = 600;

// The days a release's title and opening mention (what linking reads instead of its body),
// as the indexer stores them in kMentionedDaysSlot, and back. The stored value is never empty
// (a release that mentions no day stores "d"), so that a document written before the slot
// existed tells itself apart: parse gives nullopt for it and for a value that is not ours.
std::set<int> release_mentioned_days(std::string_view title, std::string_view body);
std::string mentioned_days_value(const std::set<int>& days);
std::optional<std::set<int>> parse_mentioned_days_value(std::string_view value);

}  // namespace dipsearch
