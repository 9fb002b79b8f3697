// Finds country mentions in tokenized text: English names word by word (longest first, case
// rules), Korean names at word starts with their particles, abbreviation compounds (한미,
// 한·중·일), and Hanja (韓日, 美).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/entities/country_catalog.h"
#include "common/entities/prefix_trie.h"
#include "common/entities/syllable_set.h"
#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities::detail {

struct CountryHit {
  uint32_t first = 0;  // tokens [first, end)
  uint32_t end = 0;
  std::array<uint16_t, 8> countries{};  // indexes into CountryCatalog::all()
  uint8_t count = 0;                    // 0: a phrase that is not a country ("Korean Peninsula")
  bool bare = true;                     // Korean name with nothing attached (중국, not 중국은)

  void add(uint16_t c) {
    for (uint8_t i = 0; i < count; ++i) {
      if (countries[i] == c) return;
    }
    if (count < countries.size()) countries[count++] = c;
  }
};

class CountryMatcher {
 public:
  explicit CountryMatcher(const CountryCatalog& catalog);
  // Its lookup tables point into its own pattern storage.
  CountryMatcher(const CountryMatcher&) = delete;
  CountryMatcher& operator=(const CountryMatcher&) = delete;

  // Hits in text order, stop phrases included (count == 0).
  std::vector<CountryHit> find(const TokenStream& tokens) const;

 private:
  struct LatinPattern {
    std::vector<std::string> norm;  // token norms
    std::vector<std::string> raw;   // tokens as written, for exact-case names
    std::vector<bool> cap;          // capitalized in the name: must be capitalized in text
    uint32_t name = 0;              // index into catalog.names()
  };
  struct HangulPhrase {  // a Korean name of several words ("범죄인 인도")
    std::vector<std::string> words;
    uint32_t name = 0;
  };

  // Token indexes of the parts of 한·미·일 (a fixed array: one per Hangul word, no allocation).
  class Parts {
   public:
    void push_back(size_t i) { items_[size_++] = i; }
    size_t size() const { return size_; }
    size_t capacity() const { return items_.size(); }
    size_t operator[](size_t k) const { return items_[k]; }
    size_t back() const { return items_[size_ - 1]; }
    const size_t* begin() const { return items_.data(); }
    const size_t* end() const { return items_.data() + size_; }

   private:
    std::array<size_t, 12> items_{};
    size_t size_ = 0;
  };

  size_t match_latin(const TokenStream& ts, size_t i, std::vector<CountryHit>& hits) const;
  size_t match_hangul(const TokenStream& ts, size_t i, std::vector<CountryHit>& hits,
                      std::vector<CountryHit>& pending) const;
  size_t match_han(const TokenStream& ts, size_t i, std::vector<CountryHit>& hits) const;
  bool han_units(std::string_view run, CountryHit& hit) const;
  bool compound(const TokenStream& ts, const Parts& parts, CountryHit& hit) const;
  size_t korea_and_partner(const TokenStream& ts, size_t i) const;
  size_t unit_at(std::string_view word, bool whole, CountryHit& hit,
                 bool* abbreviation = nullptr) const;
  bool english_context_ok(const TokenStream& ts, size_t first, size_t end) const;
  void add_codes(CountryHit& hit, uint32_t name) const;

  const CountryCatalog& catalog_;
  std::vector<LatinPattern> latin_;
  WordTable<std::vector<uint32_t>> latin_first_;  // longest first
  // Names that start with a lower-case word: bit min(length, 31) set for each first byte.
  std::array<uint32_t, 256> lower_first_{};
  bool may_start_lower(std::string_view norm) const {
    return !norm.empty() && ((lower_first_[static_cast<unsigned char>(norm[0])] >>
                              std::min<size_t>(norm.size(), 31)) & 1u) != 0;
  }
  PrefixTrie hangul_;  // Korean names without spaces → catalog.names() index
  SyllableSet hangul_initials_;  // first syllables of Korean names and phrases, and 주
  std::vector<HangulPhrase> phrases_;
  WordMap<std::vector<uint32_t>> phrase_first_;
  std::vector<char32_t> phrase_initials_;  // sorted first syllables of the phrases
  PrefixTrie han_;     // Hanja names (韓, 日本)
  uint16_t korea_ = 0; // index of KR: compounds without a separator start with 한
};

}  // namespace dipsearch::entities::detail
