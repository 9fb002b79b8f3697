// The registry's spellings indexed for scanning text: word classes of Latin words (title words
// and the first words of registry spellings, looked up once per capitalized word), one-word
// Hangul spellings in a prefix trie, and Hangul spellings of several words by their first word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/entities/officials_registry.h"
#include "common/entities/prefix_trie.h"
#include "common/entities/syllable_set.h"
#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities::detail {

// Whether the bytes are all ASCII.
bool is_ascii(std::string_view s);

// Compact Latin form of one word token (letters and digits, accents folded).
std::string compact_token(const Token& t);

class OfficialNames {
 public:
  struct HangulPhrase {  // a registry spelling of several Hangul words (미르와이스 나브)
    std::vector<std::string> words;
    uint32_t official = 0;
  };

  explicit OfficialNames(const OfficialsRegistry& registry);
  // Its lookup tables point into its own name storage.
  OfficialNames(const OfficialNames&) = delete;
  OfficialNames& operator=(const OfficialNames&) = delete;

  const OfficialsRegistry& registry() const { return registry_; }

  // The WordClass bits of a Latin word (official_words.h).
  uint8_t word_class(const Token& t) const;

  // Whether a registry spelling in Hangul starts with this word's first syllable.
  bool may_start_hangul(std::string_view word) const { return initials_.contains_first(word); }

  // The Hangul spellings of several words whose first word is `word`, longest first; null
  // when there are none.
  const std::vector<uint32_t>* phrases_from(std::string_view word) const;
  const HangulPhrase& phrase(uint32_t index) const { return phrases_[index]; }

  // One-word Hangul spellings that start `word`, shortest first; for each, the official and
  // whether it is weak (two syllables or fewer: 왕이, 박진 are also ordinary words).
  PrefixTrie::Matches one_word_prefixes(std::string_view word) const {
    return one_word_.prefixes(word);
  }
  uint32_t one_word_official(uint32_t match) const { return one_word_official_[match]; }
  bool one_word_weak(uint32_t match) const { return one_word_weak_[match]; }

 private:
  const OfficialsRegistry& registry_;
  WordTable<uint8_t> word_classes_;
  std::unordered_set<std::string> latin_first_;  // compact first word of Latin spellings
  PrefixTrie one_word_;                          // one-word Hangul spellings → match index
  SyllableSet initials_;                         // first syllables of Hangul spellings
  std::vector<uint32_t> one_word_official_;      // match index → official
  std::vector<bool> one_word_weak_;              // ≤ 2 syllables: needs a title nearby
  std::vector<HangulPhrase> phrases_;
  WordMap<std::vector<uint32_t>> phrase_first_;  // longest first
  std::vector<char32_t> phrase_initials_;        // sorted first syllables of the phrases
};

}  // namespace dipsearch::entities::detail
