// The country reference: every ISO 3166-1 region ICU names, with its English and Korean display
// names (data/countries/labels.tsv overrides a few), plus the aliases of
// data/countries/aliases.tsv. Extraction, facets and the query side share it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dipsearch::entities {

struct Country {
  std::string code;     // "AF"
  std::string name_en;  // "Afghanistan": ICU's name in locale "en", or labels.tsv's
  std::string name_ko;  // "아프가니스탄": ICU's name in locale "ko", or labels.tsv's
};

// How a name may match in running text (options column of aliases.tsv).
enum AliasFlag : unsigned {
  kAliasExactCase = 1u << 0,  // "case": letters must match exactly ("US" but not "us")
  kAliasCompound = 1u << 1,   // "compound": Korean abbreviation, only inside 한미, 한·일, 韓日…
  kAliasPrefix = 1u << 2,     // "prefix": counts at the start of a Hangul word whatever follows
  kAliasContext = 1u << 3,    // "context": ambiguous word (Chad, Jordan, 수단): needs context
  kAliasNoQuery = 1u << 4,    // "noquery": not offered to the query side ("us" is a pronoun)
  kAliasRelation = 1u << 5,   // "relation": Korean pair (남북, 북미) only before 관계/회담/대화…
  kAliasVisit = 1u << 6,      // "visit": Korean verbal noun (방한) also with 하다's endings
};

// One way of naming one or more countries. No codes: a phrase that is not a country mention
// and must not be read as one ("Korean Peninsula", "Latin America").
struct CountryAlias {
  std::vector<uint16_t> countries;  // indexes into CountryCatalog::all()
  std::string text;                 // as written
  unsigned flags = 0;
};

class CountryCatalog {
 public:
  // Countries from ICU; display names from <data_dir>/countries/labels.tsv where it has them
  // (the file is optional); aliases from <data_dir>/countries/aliases.tsv. Throws DataError
  // naming the file and line when the alias file is missing or either file is malformed.
  explicit CountryCatalog(const std::filesystem::path& data_dir);

  // One shared, immutable catalog per data directory, loaded on first use (thread-safe).
  static const CountryCatalog& instance(const std::filesystem::path& data_dir);

  // The country with this ISO code (any case), or nullptr.
  const Country* find(std::string_view iso_code) const;

  // ISO codes (sorted) of the countries whose name, alias or demonym equals the phrase in
  // either language, compared after text::normalize: "Afghanistan", "아프가니스탄", "U.S.",
  // "미국". Compound-only abbreviations (미, 일), stop phrases and "noquery" names are left out.
  std::vector<std::string> lookup_name(std::string_view phrase) const;

  // Sorted by code.
  const std::vector<Country>& all() const { return countries_; }

  // Every name by which text may mention a country: ICU names and their usual variants
  // ("St." → "Saint", "&" → "and", Korean without spaces), the labels, then the alias file.
  const std::vector<CountryAlias>& names() const { return names_; }

  // Index of a code in all(), or -1.
  int index_of(std::string_view iso_code) const;

 private:
  void add_name(std::vector<uint16_t> countries, std::string text, unsigned flags);
  void load_labels(const std::filesystem::path& file);
  void load_aliases(const std::filesystem::path& file);

  std::vector<Country> countries_;
  std::vector<CountryAlias> names_;
  std::unordered_map<std::string, size_t> name_index_;            // text → names_ index
  std::unordered_map<std::string, std::vector<uint16_t>> query_;  // normalized → countries
};

// True when ICU knows this upper-case ISO 3166-1 alpha-2 code (without loading any data).
bool is_known_country_code(std::string_view iso_code);

}  // namespace dipsearch::entities
