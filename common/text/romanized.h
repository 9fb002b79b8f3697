// Romanized Korean given names are written three ways: "Kyung-wha", "Kyung wha", "Kyungwha".
// The index joins hyphenated parts; this splits a joined name back into its two syllables so
// that a query for "Kyungwha" also finds "Kyung wha".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipsearch::text {

// True when the lower-case ASCII text reads as one romanized Korean syllable ("kyung",
// "wha", "moon", "eui"), in the Revised, McCune-Reischauer or common name spellings.
bool is_romanized_syllable(std::string_view lower_ascii);

// The ways a lower-case ASCII word of 4 to 12 letters splits into two romanized syllables
// ("kyungwha" → {"kyung", "wha"}); empty for ordinary words such as "minister".
std::vector<std::pair<std::string, std::string>> romanized_syllable_splits(std::string_view word);

}  // namespace dipsearch::text
