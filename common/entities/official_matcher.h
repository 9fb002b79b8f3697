// Finds officials in tokenized text: registry names in any spelling, and unknown people by
// title patterns in English ("Foreign Minister Wang Yi", "Mr. X, Special Representative for
// …") and Korean ("정의용 외교부 장관은"). Short mentions ("Minister Kang", "정 장관") only
// resolve to a person already named in full in the same release.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/entities/country_matcher.h"
#include "common/entities/officials_registry.h"
#include "common/entities/prefix_trie.h"
#include "common/entities/syllable_set.h"
#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities {
struct OfficialMention;
}

namespace dipsearch::entities::detail {

class OfficialMatcher {
 public:
  OfficialMatcher(const OfficialsRegistry& registry, const CountryCatalog& catalog);
  // Its lookup tables point into its own name storage.
  OfficialMatcher(const OfficialMatcher&) = delete;
  OfficialMatcher& operator=(const OfficialMatcher&) = delete;

  // Officials in order of first mention, unique by key. `date` and `lang` choose the
  // registry title when the release states none.
  std::vector<OfficialMention> find(const TokenStream& tokens, const std::vector<CountryHit>& hits,
                                    std::string_view date, std::string_view lang) const;

 private:
  friend class OfficialScan;

  struct HangulPhrase {  // a registry spelling of several Hangul words (미르와이스 나브)
    std::vector<std::string> words;
    uint32_t official = 0;
  };

  const OfficialsRegistry& registry_;
  // Lexical classes of words (title words, non-names, honorifics, registry first words), so
  // that a scan looks each capitalized word up once.
  uint8_t word_class(const Token& t) const;

  WordTable<uint8_t> word_classes_;
  std::unordered_set<std::string> latin_first_;  // compact first word of Latin spellings
  PrefixTrie hangul_names_;                            // one-word Hangul spellings → index
  SyllableSet hangul_initials_;                        // first syllables of Hangul spellings
  std::vector<uint32_t> hangul_official_;              // that index → official
  std::vector<bool> hangul_weak_;                      // ≤ 2 syllables: needs a title nearby
  std::vector<HangulPhrase> hangul_phrases_;
  WordMap<std::vector<uint32_t>> phrase_first_;  // longest first
  std::vector<char32_t> phrase_initials_;  // sorted first syllables of the phrases
  uint16_t korea_ = 0;
};

}  // namespace dipsearch::entities::detail
