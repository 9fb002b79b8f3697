// Korean particle stripping without a dictionary: one rule per word, longest suffix first,
// with minimum stem lengths and final-consonant (batchim) conditions. The common endings of
// 하다/되다 verbs are stripped the same way (개최하였다, 개최했습니다 → 개최), then a plural 들
// or 측; the past tense of other verbs gives the verb's stem (밝혔다, 밝혔습니다 → 밝히).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dipsearch::text {

// The word without a trailing particle, or the word itself when none applies or the word
// is protected ("결과" stays "결과", "외교부는" → "외교부", "서울에서" → "서울",
// "개최하였다" → "개최", "국민들에게" → "국민", "가졌습니다" → "가지").
std::string strip_particle(std::string_view hangul_word);

// The precomposed Hangul syllable (U+AC00 to U+D7A3) whose three UTF-8 bytes start at
// text[at], as its code point; -1 when none starts there.
int hangul_syllable_at(std::string_view text, size_t at);

// True when the whole word is a particle ("는", "에서"), e.g. after "NATO" in "NATO는".
bool is_particle(std::string_view hangul_word);

}  // namespace dipsearch::text
