// Entity extraction for one release: the countries it mentions (ISO codes) and the officials
// it names, with the title this release gives them. Used by the indexer for every document.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/entities/country_catalog.h"
#include "common/entities/officials_registry.h"
#include "common/release/release.h"

namespace dipsearch::entities {

// The version of the extraction rules (this folder's code; the data files are versioned by their
// content). The indexer's analysis key includes it, so that the first run after the rules change
// reads every release again: raise it with any change that can change what is extracted.
inline constexpr int kExtractionRulesVersion = 7;

struct OfficialMention {
  std::string key;      // registry key, or derived from the name (official_key())
  std::string name;     // as written in this release, its fullest form ("Choi Jongmoon")
  std::string title;    // as stated in this release; else the registry's title at its date
  std::string name_en;  // registry name; for unknown people the Latin name as written
  std::string name_ko;  // registry name; for unknown people the Hangul name as written
};

struct Entities {
  std::vector<std::string> countries;       // sorted unique ISO codes
  std::vector<OfficialMention> officials;   // unique by key, in order of first mention
};

namespace detail {
class CountryMatcher;
class OfficialMatcher;
}  // namespace detail

class EntityExtractor {
 public:
  // Loads <data_dir>/countries/aliases.tsv and <data_dir>/officials/*.json; throws DataError.
  explicit EntityExtractor(const std::filesystem::path& data_dir);
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  // Reads the title, the page head's notes (Release::head_notes) and the body. Countries and officials that a JSON source states
  // (Release::countries, Release::officials) are included too: stated officials first, with
  // their stated titles, then the ones found in the text. Const and free of shared mutable
  // state: one extractor serves any number of threads.
  Entities extract(const Release& release) const;

  const CountryCatalog& countries() const { return catalog_; }
  const OfficialsRegistry& officials() const { return registry_; }

 private:
  const CountryCatalog& catalog_;
  OfficialsRegistry registry_;
  std::unique_ptr<detail::CountryMatcher> country_matcher_;
  std::unique_ptr<detail::OfficialMatcher> official_matcher_;
};

}  // namespace dipsearch::entities
