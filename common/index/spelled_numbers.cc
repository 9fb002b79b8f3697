// A small table of English number words (see spelled_numbers.h).
#include "common/index/spelled_numbers.h"

namespace dipsearch {
namespace {

struct NumberWord {
  std::string_view word;
  int value;
};

// Units: only as the second half of a hyphenated pair (see spelled_numbers.h).
constexpr NumberWord kUnits[] = {
    {"one", 1},   {"two", 2},     {"three", 3},  {"four", 4},   {"five", 5},  {"six", 6},     {"seven", 7},
    {"eight", 8}, {"nine", 9},    {"first", 1},  {"second", 2}, {"third", 3}, {"fourth", 4},  {"fifth", 5},
    {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}};
// Ten to nineteen, and the tens' ordinals: whole words that never start a pair.
constexpr NumberWord kWholeWords[] = {
    {"ten", 10},         {"eleven", 11},     {"twelve", 12},      {"thirteen", 13},    {"fourteen", 14},
    {"fifteen", 15},     {"sixteen", 16},    {"seventeen", 17},   {"eighteen", 18},    {"nineteen", 19},
    {"tenth", 10},       {"eleventh", 11},   {"twelfth", 12},     {"thirteenth", 13},  {"fourteenth", 14},
    {"fifteenth", 15},   {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19},
    {"twentieth", 20},   {"thirtieth", 30},  {"fortieth", 40},    {"fiftieth", 50},    {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},  {"ninetieth", 90}};
constexpr NumberWord kTens[] = {{"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
                                {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The table's entry for the whole Latin word at text[at] (compared in lower case), or null;
// `end` is set just past the word.
template <size_t N>
const NumberWord* word_at(std::string_view text, size_t at, const NumberWord (&table)[N], size_t& end) {
  end = at;
  while (end < text.size() && is_letter(text[end])) ++end;
  const size_t length = end - at;
  for (const NumberWord& w : table) {
    if (w.word.size() != length) continue;
    bool same = true;
    for (size_t k = 0; k < length && same; ++k) same = lower(text[at + k]) == w.word[k];
    if (same) return &w;
  }
  return nullptr;
}

}  // namespace

SpelledNumber spelled_number_at(std::string_view text, size_t at) {
  size_t end = 0;
  if (const NumberWord* tens = word_at(text, at, kTens, end)) {
    size_t unit_end = 0;
    if (end + 1 < text.size() && text[end] == '-') {
      if (const NumberWord* unit = word_at(text, end + 1, kUnits, unit_end)) return {tens->value + unit->value, unit_end};
    }
    return {tens->value, end};
  }
  if (const NumberWord* w = word_at(text, at, kWholeWords, end)) return {w->value, end};
  return {};
}

}  // namespace dipsearch
