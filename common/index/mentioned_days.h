// What a release's title and opening lines say that its version in the other language says
// too: the days they mention, their numbers and their Latin names. Linking compares them
// between an English release and its Korean version; the indexer stores them in
// kMentionedDaysSlot.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/index/sorted_words.h"

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

// How much of a body's opening the numbers and names are read from: the first paragraphs,
// where a release and its translation state the same facts. Counted in bytes, but a Hangul
// syllable (three bytes) weighs two: a Korean sentence has about half the letters of its
// English original, so a byte reach would read half as much of the Korean version.
inline constexpr size_t kOpeningCluesReach = 2000;
// The start of a body within that reach (weighed as above), cut between characters.
std::string_view opening_of(std::string_view body, size_t reach);
// At most this many numbers and names are kept of an opening (the slot stays small), and
// this many sounds of each script (a Korean opening has many words). The first words of an
// English page are often a photo's caption; the Korean version that keeps a quote's English
// words further down meets them only when as many are kept.
inline constexpr size_t kOpeningCluesKept = 48;
inline constexpr size_t kOpeningSoundsKept = 128;

// The clues of a release's title and opening. A translation keeps the numbers ("9th", "20 to
// 50 members since 2018" are 제9차, 2018년 … 20명에서 50여 명; a month spelled out counts
// as its number) and writes foreign names, acronyms and places in Latin letters in either
// language (Daniel Russel, WEF, ASEAN); the same officials at another meeting state other ones.
struct OpeningClues {
  std::set<int> days;
  SortedWords numbers;  // without leading zeros; list markers and phone numbers left out
  SortedWords names;    // Latin words of three letters or more, lower case, common words left out
  // The sounds of the names it writes with a capital in Latin letters, and of its Hangul words
  // (name_sounds.h): "George Floyd" in an English opening is 조지 플로이드 in the Korean one.
  SortedWords latin_sounds, hangul_sounds;
};
OpeningClues release_opening_clues(std::string_view title, std::string_view body);
// The stored value: mentioned_days_value's, then "|n" and the numbers, "|w" and the names,
// "|l" and "|h" the Latin and the Hangul sounds (comma-separated); when deflating it makes it
// shorter, 'z' and that text deflated (deflated_value.h: some 700 bytes a release, half of
// them saved). A value of the days alone (written before the numbers were stored) parses with
// no numbers and no names; a value that is not ours gives nullopt.
std::string opening_clues_value(const OpeningClues& clues);
std::optional<OpeningClues> parse_opening_clues_value(std::string_view value);

}  // namespace dipsearch
