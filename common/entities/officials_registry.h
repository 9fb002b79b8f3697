// The officials registry (data/officials/*.json): people the extractor knows by every
// spelling, with their stable keys, names in both languages and dated titles.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/entities/word_hash.h"

namespace dipsearch::entities {

struct OfficialRole {
  std::string title_en;  // "Minister of Foreign Affairs"
  std::string title_ko;  // "외교부 장관" (may be empty)
  std::string from;      // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty: unknown start
  std::string to;        // same forms; empty: still in office
  // The titles' words, split once when the registry loads (office_holder compares them with
  // every titled mention): title_en's as detail::latin_title_words gives them, title_ko's at
  // spaces.
  std::vector<std::string> words_en;
  std::vector<std::string> words_ko;

  // Whether the role was held on a date ("YYYY-MM-DD" or shorter), compared on the precision
  // both share; false for an empty date.
  bool covers(std::string_view date) const;
};

struct RegistryOfficial {
  std::string key;                   // "kang-kyung-wha"
  std::string name_en;               // "Kang Kyung-wha"
  std::string name_ko;               // "강경화" (may be empty)
  std::vector<std::string> aliases;  // other spellings, either language ("Kang Kyungwha")
  std::string country;               // ISO 3166-1 alpha-2 ("KR"); "" for UN officials
  std::vector<OfficialRole> roles;
};

// A one-word Hangul spelling of two syllables or fewer (왕이, 박진, 비건) is also an ordinary
// word: alone it is weak evidence of the person.
inline bool is_weak_hangul_spelling(std::string_view word) {
  constexpr size_t kHangulSyllableBytes = 3;  // every Hangul syllable in UTF-8
  return word.find(' ') == std::string_view::npos && word.size() / kHangulSyllableBytes <= 2;
}

namespace detail {
// The lower-case words of an English title, split at spaces, hyphens, commas and full stops
// ("Vice-Minister of Foreign Affairs": vice, minister, of, foreign, affairs), as office
// matching compares a mention's title with a role's.
std::vector<std::string> latin_title_words(std::string_view title);
}  // namespace detail

class OfficialsRegistry {
 public:
  OfficialsRegistry() = default;

  // Reads <data_dir>/officials/registry.json, then any other *.json in that folder in name
  // order (site additions, same format). Throws DataError naming the file, the entry index
  // and the field for the first problem found.
  static OfficialsRegistry load(const std::filesystem::path& data_dir);

  // Adds the entries of one file (a JSON array of objects). Same validation as load().
  void add_file(const std::filesystem::path& file);

  const RegistryOfficial* find_by_key(std::string_view key) const;

  // The official one of whose spellings this is, in either language: "Choi Jongmoon",
  // "choi jong-moon", "최종문", "미르와이스 나브". Latin names compare by letters only
  // (accents, case, spaces and hyphens ignored) and in either name order; Hangul names
  // compare without spaces.
  const RegistryOfficial* match_name(std::string_view name) const;
  // The official's spellings as a search would type them: the name in each language and the
  // aliases as written, then, with `latin_in_either_order`, the other order of two-word Latin
  // ones that match_name takes for the same person ("Soosuk Lim" for the alias "Lim Soosuk").
  std::vector<std::string> spellings(const RegistryOfficial& official, bool latin_in_either_order) const;

  // Registry keys (sorted) of the officials a phrase typed in a search names, in either
  // language, for the query side: a full spelling or alias ("정의용", "Chung Eui-yong", "chung
  // euiyong", "Blinken", "블링컨") or a key ("chung-eui-yong"). Compared after text::normalize,
  // as match_name does; a romanized Korean name that no spelling lists still finds its person
  // through the key it derives ("Choi Jong Moon"). Empty when the phrase names no one. Mirrors
  // CountryCatalog::lookup_name.
  std::vector<std::string> lookup_name(std::string_view phrase) const;

  // The title the official held on a date ("YYYY-MM-DD" or shorter), in "en" or "ko"; empty
  // when no role covers the date.
  std::string title_at(const RegistryOfficial& official, std::string_view date,
                       std::string_view lang) const;

  const std::vector<RegistryOfficial>& all() const { return officials_; }

  // Spellings for the extractor's name index: compact Latin form or Hangul without spaces.
  using SpellingIndex = std::unordered_map<std::string, size_t, detail::WordHash>;
  const SpellingIndex& latin_index() const { return latin_; }
  const SpellingIndex& hangul_index() const { return hangul_; }

 private:
  void index(size_t i, const std::string& file, size_t entry);

  std::vector<RegistryOfficial> officials_;
  std::unordered_map<std::string, size_t> by_key_;
  SpellingIndex latin_;   // compact_latin(spelling) → index
  SpellingIndex hangul_;  // Hangul spelling without spaces → index
};

}  // namespace dipsearch::entities
