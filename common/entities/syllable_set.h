// A set of Hangul syllables as a bitset, for "can a name start with this word's first
// syllable?": one test per Korean word before any trie walk or hash lookup.
#pragma once

#include <bitset>
#include <string_view>

#include "common/entities/tokens.h"

namespace dipsearch::entities::detail {

class SyllableSet {
 public:
  // Adds the first character of text when it is a Hangul syllable.
  void insert_first(std::string_view text) {
    if (text.empty()) return;
    size_t i = 0;
    const char32_t c = decode_utf8_at(text, i);
    if (is_hangul_syllable(c)) bits_.set(c - 0xAC00);
  }

  // Whether the syllable whose three bytes start at `byte` of a pure Hangul word is in the set
  // (decoded directly: tokens of kind kHangul hold nothing but syllables).
  bool contains_at(std::string_view hangul, size_t byte) const {
    const auto b0 = static_cast<unsigned char>(hangul[byte]);
    const auto b1 = static_cast<unsigned char>(hangul[byte + 1]);
    const auto b2 = static_cast<unsigned char>(hangul[byte + 2]);
    const char32_t c = (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 | (b2 & 0x3F);
    return is_hangul_syllable(c) && bits_.test(c - 0xAC00);
  }

  bool contains_first(std::string_view text) const {
    if (text.empty()) return false;
    size_t i = 0;
    const char32_t c = decode_utf8_at(text, i);
    return is_hangul_syllable(c) && bits_.test(c - 0xAC00);
  }

 private:
  std::bitset<0xD7A4 - 0xAC00> bits_;
};

}  // namespace dipsearch::entities::detail
