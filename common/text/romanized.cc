// A syllable is an optional initial consonant, a vowel and an optional final consonant, each
// from the spellings that romanized names use; a word matches when some choice covers it.
#include "common/text/romanized.h"

#include <array>

namespace dipsearch::text {
namespace {

constexpr std::array<std::string_view, 26> kInitials = {
    "",  "g",  "k",  "kk", "gg", "n",  "d",  "t",  "tt", "dd", "r",   "l", "m",
    "b", "p",  "pp", "bb", "s",  "ss", "sh", "j",  "jj", "ch", "tch", "h", "wh"};

constexpr std::array<std::string_view, 29> kVowels = {
    "a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae", "oe", "yo", "u",  "wo",
    "we", "wi", "yu", "eu",  "ui", "i",  "oo",  "ee", "ou", "eui", "you", "uh", "ai", "oi"};

constexpr std::array<std::string_view, 10> kFinals = {"", "k", "g", "n", "l", "m", "p", "t", "ng", "ck"};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool vowel_then_final(std::string_view rest) {
  for (auto vowel : kVowels) {
    if (!starts_with(rest, vowel)) continue;
    std::string_view after = rest.substr(vowel.size());
    for (auto final_consonant : kFinals) {
      if (after == final_consonant) return true;
    }
  }
  return false;
}

constexpr size_t kMinWord = 4;
constexpr size_t kMaxWord = 12;
constexpr size_t kMinSyllable = 2;

}  // namespace

bool is_romanized_syllable(std::string_view s) {
  for (auto initial : kInitials) {
    if (starts_with(s, initial) && vowel_then_final(s.substr(initial.size()))) return true;
  }
  return false;
}

std::vector<std::pair<std::string, std::string>> romanized_syllable_splits(std::string_view word) {
  std::vector<std::pair<std::string, std::string>> out;
  if (word.size() < kMinWord || word.size() > kMaxWord) return out;
  for (char c : word) {
    if (c < 'a' || c > 'z') return out;
  }
  for (size_t cut = kMinSyllable; cut + kMinSyllable <= word.size(); ++cut) {
    std::string_view first = word.substr(0, cut), second = word.substr(cut);
    if (is_romanized_syllable(first) && is_romanized_syllable(second)) {
      out.emplace_back(first, second);
    }
  }
  return out;
}

}  // namespace dipsearch::text
