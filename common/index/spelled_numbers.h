// English numbers written in words ("ten years", "fifty-two member states", "the tenth
// anniversary"), read as the numbers a Korean version writes in digits (10년, 52개국, 10주년).
#pragma once

#include <cstddef>
#include <string_view>

namespace dipsearch {

struct SpelledNumber {
  int value = 0;   // 0: no number word starts there
  size_t end = 0;  // just past the word (or the hyphenated pair of words)
};

// The number written in words from text[at], which starts a Latin word: ten to ninety-nine,
// cardinal or ordinal, a tens word and a unit joined by a hyphen read as one ("fifty-two",
// "twenty-first"), in any letter case. Units alone are left out: "one of", "the two leaders",
// "three countries" are seldom digits in the Korean version (양 정상, 3국), and a small number
// two openings share says little. A word that only starts like one ("tenure", "seventies") is none.
SpelledNumber spelled_number_at(std::string_view text, size_t at);

}  // namespace dipsearch
