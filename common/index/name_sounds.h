// The sound of a foreign name in either script: a Korean text writes "Trump", "Panmunjom" or
// "Minnesota" in Hangul (트럼프, 판문점, 미네소타), and linking compares the consonants both spellings
// keep. Read from a release's opening at index time (mentioned_days.h, OpeningClues).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/index/sorted_words.h"

namespace dipsearch {

// A name's consonants as classes that both scripts agree on, one lower-case letter each:
// k (k, g, c, q, ㄱ ㅋ), t (t, d, th, ㄷ ㅌ, final ㅅ), p (p, b, f, v, ㅂ ㅍ), s (s, sh, soft c, ㅅ),
// j (j, z, ch, ㅈ ㅊ), l (l, r, ㄹ), m, n (n, ng, ㄴ, final ㅇ); vowels, h, w and y are left out
// and a class repeated in a row counts once (Korean writes "ll" for an "l" between vowels:
// 플로이드). Hangul: the syllables' consonants, ㅇ as an initial being silent.
std::string hangul_sound(std::string_view word);
// The same of a Latin word, in its spellings: with every r, and without the r's no vowel
// follows (Korean writes Carter as 카터). Empty for a word without letters.
std::vector<std::string> latin_sounds(std::string_view word);

// A sound says something about which name it is only with this many consonants or more.
inline constexpr size_t kDistinctSound = 4;

// The sounds of the names a Latin text writes with a capital (each word, and two or three
// capitalised words in a row as one: "Sierra Leone" is 시에라리온), at least kDistinctSound long.
std::set<std::string> latin_name_sounds(std::string_view text);
// The sounds of a text's Hangul words (each word, the word without a particle or a title
// that ends it, and two words in a row as one: 영 킴), at least kDistinctSound long.
std::set<std::string> hangul_name_sounds(std::string_view text);

// How many sounds of a Latin text a Hangul text has too (the names the Korean version writes
// in Hangul), but for the sounds of the names given in either script (each word of them),
// which are counted otherwise.
size_t sounds_in_common(const SortedWords& latin, const SortedWords& hangul,
                        const std::vector<std::string>& latin_names_counted,
                        const std::vector<std::string>& hangul_names_counted);

}  // namespace dipsearch
