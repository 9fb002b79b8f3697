// One-character Hanja abbreviations that Korean headlines and releases use for countries and
// a few institutions (日 관방장관, 美 국무장관, 韓中 정상회담), read as the Korean words they stand for.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// The Korean form of a run of Han characters that are all abbreviations: one character gives
// the word it stands for (日 → 일본, 北 → 북한), several give their readings as one compound
// (韓中 → 한중, 北美 → 북미). Empty for anything else, such as the names 王毅 or 日本, which
// are left as written. The text is NFKC-casefolded.
std::string hanja_abbreviation(std::string_view han_text);

}  // namespace dipsearch::text
