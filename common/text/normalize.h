// Unicode normalization shared by documents and queries: NFKC + case folding, with the
// middle-dot look-alikes unified first (NFKC alone would turn 'ㆍ' into a jamo).
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// NFKC-casefolded copy of UTF-8 text. Invalid UTF-8 sequences become U+FFFD.
std::string normalize(std::string_view utf8);

// A Latin word without its diacritics, for names typed in plain ASCII: "çavuşoğlu" →
// "cavusoglu", "türkiye" → "turkiye", "brasília" → "brasilia". Expects normalize()d text;
// returns it unchanged when there is nothing to fold.
std::string fold_diacritics(std::string_view normalized_word);

// True when every byte sequence in the text is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// True when the text holds at least one Hangul syllable or jamo.
bool has_hangul(std::string_view utf8);

}  // namespace dipsearch::text
