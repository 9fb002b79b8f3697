// Registry keys for officials: lower-case ASCII words joined by hyphens, derived the same way
// from any spelling of a name, so that one person keeps one key across releases.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::entities {

// The key for a name as written, for people the registry does not know.
//  - Latin names: accents folded, lower case, words joined by '-'. A romanized Korean name
//    whose given name is written as one word is split into its two syllables, so "Choi
//    Jongmoon", "Choi Jong-moon" and "Choi Jong Moon" all give "choi-jong-moon".
//  - Hangul names: "ko-" and the Revised Romanization of each syllable ("최종문" →
//    "ko-choe-jong-mun"), single Latin letters (middle initials) left out; stable and URL-safe,
//    but unlike the registry's English spelling.
// Empty when the name has no letters.
std::string official_key(std::string_view name);

// True for keys of the form [a-z0-9]+(-[a-z0-9]+)*.
bool is_valid_official_key(std::string_view key);

namespace detail {

// Latin text folded for comparison: lower case, accents removed (Çavuşoğlu → cavusoglu),
// other characters kept.
std::string fold_latin(std::string_view text);

// Only the letters and digits of fold_latin(): "Choi Jong-moon" → "choijongmoon". Names are
// compared in this form, so spacing and hyphenation variants meet.
std::string compact_latin(std::string_view text);

// True for a romanized Korean family name in any usual spelling ("kim", "lee", "choi"),
// lower case.
bool is_korean_surname_latin(std::string_view word);

// True for a romanized Korean name: a family name, then a given name of one or two syllables
// written as one word, hyphenated or in two words ("Baik Tae Hyun", "Kim Jong-moon").
bool is_romanized_korean_name(std::string_view name);

// Revised Romanization of one Hangul syllable, without sound-change rules ("경" → "gyeong").
std::string romanize_syllable(char32_t syllable);

}  // namespace detail
}  // namespace dipsearch::entities
