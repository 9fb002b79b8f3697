// Builds the catalog from ICU's region list and display names, then reads the label and alias
// files.
#include "common/entities/country_catalog.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "common/entities/data_error.h"
#include "common/text/normalize.h"
#include "common/text/tab_separated.h"

namespace dipsearch::entities {
namespace {

// ICU also names a few codes that ISO 3166-1 only reserves (Diego Garcia, Ceuta & Melilla,
// Canary Islands); their mentions belong to the country they are part of. XK (Kosovo) is
// kept: it is the code everyone uses for it.
bool is_reserved_only(const char* code) {
  const std::string_view c(code);
  return c == "DG" || c == "EA" || c == "IC";
}

std::string display_country(const char* code, const icu::Locale& in) {
  icu::UnicodeString name;
  icu::Locale("", code).getDisplayCountry(in, name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

// "Myanmar (Burma)" → {"Myanmar", "Burma"}; "홍콩(중국 특별행정구)" → {"홍콩"}: the part
// before the brackets always, the bracketed part when it closes the name and is Latin.
std::vector<std::string> bracket_variants(const std::string& name) {
  std::vector<std::string> out;
  const size_t open = name.find('(');
  const size_t close = name.find(')', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string before = text::trim_field(name.substr(0, open));
  std::string inside = text::trim_field(name.substr(open + 1, close - open - 1));
  std::string after = text::trim_field(name.substr(close + 1));
  out.push_back(text::trim_field(before + (after.empty() ? "" : " " + after)));
  const bool latin = !inside.empty() && static_cast<unsigned char>(inside[0]) < 0x80;
  if (after.empty() && latin) out.push_back(inside);
  return out;
}

std::vector<std::string> english_variants(const std::string& name) {
  std::vector<std::string> out{name};
  for (const std::string& v : bracket_variants(name)) out.push_back(v);
  const size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    std::string v = out[i];
    if (v.find(" SAR China") != std::string::npos) out.push_back(replace_all(v, " SAR China", ""));
    if (v.find(" & ") != std::string::npos) out.push_back(replace_all(v, " & ", " and "));
    if (v.rfind("St. ", 0) == 0) {
      std::string saint = "Saint " + v.substr(4);
      out.push_back(saint);
      if (saint.find(" & ") != std::string::npos) out.push_back(replace_all(saint, " & ", " and "));
    }
  }
  return out;
}

std::vector<std::string> korean_variants(const std::string& name) {
  std::vector<std::string> out{name};
  for (const std::string& v : bracket_variants(name)) out.push_back(v);
  const size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    // Korean writes 중앙아프리카공화국 and 중앙 아프리카 공화국 alike.
    if (out[i].find(' ') != std::string::npos) out.push_back(without_spaces(out[i]));
  }
  return out;
}

unsigned parse_options(std::string_view field, const std::string& where) {
  unsigned flags = 0;
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t comma = field.find(',', pos);
    if (comma == std::string_view::npos) comma = field.size();
    const std::string opt = text::trim_field(field.substr(pos, comma - pos));
    if (opt == "case") {
      flags |= kAliasExactCase;
    } else if (opt == "compound") {
      flags |= kAliasCompound;
    } else if (opt == "prefix") {
      flags |= kAliasPrefix;
    } else if (opt == "context") {
      flags |= kAliasContext;
    } else if (opt == "noquery") {
      flags |= kAliasNoQuery;
    } else if (opt == "relation") {
      flags |= kAliasRelation;
    } else if (opt == "visit") {
      flags |= kAliasVisit;
    } else if (!opt.empty()) {
      throw DataError(where + ": unknown option \"" + opt +
                      "\" (expected case, compound, prefix, context, noquery, relation or visit)");
    }
    pos = comma + 1;
  }
  return flags;
}

// Acronyms such as "US", "ROK", "U.S." only count in capitals: "us" is a pronoun.
bool looks_like_acronym(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

bool is_known_country_code(std::string_view iso_code) {
  if (iso_code.size() != 2) return false;
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    if (iso_code == *c) return !is_reserved_only(*c);
  }
  return false;
}

CountryCatalog::CountryCatalog(const std::filesystem::path& data_dir) {
  const icu::Locale en("en");
  const icu::Locale ko("ko");
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    if (is_reserved_only(*c)) continue;
    countries_.push_back(Country{*c, display_country(*c, en), display_country(*c, ko)});
  }
  std::sort(countries_.begin(), countries_.end(),
            [](const Country& a, const Country& b) { return a.code < b.code; });
  for (size_t i = 0; i < countries_.size(); ++i) {
    const std::vector<uint16_t> one{static_cast<uint16_t>(i)};
    for (std::string& v : english_variants(countries_[i].name_en)) add_name(one, std::move(v), 0);
    for (std::string& v : korean_variants(countries_[i].name_ko)) add_name(one, std::move(v), 0);
  }
  load_labels(data_dir / "countries" / "labels.tsv");
  load_aliases(data_dir / "countries" / "aliases.tsv");

  for (const CountryAlias& a : names_) {
    if (a.countries.empty() || (a.flags & (kAliasCompound | kAliasNoQuery | kAliasRelation)) != 0) {
      continue;
    }
    std::vector<uint16_t>& codes = query_[collapse_spaces(text::normalize(a.text))];
    codes.insert(codes.end(), a.countries.begin(), a.countries.end());
  }
  for (auto& [key, codes] : query_) {
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  }
}

void CountryCatalog::add_name(std::vector<uint16_t> countries, std::string text, unsigned flags) {
  if (text.empty()) return;
  if (looks_like_acronym(text)) flags |= kAliasExactCase;
  std::sort(countries.begin(), countries.end());
  auto it = name_index_.find(text);
  if (it != name_index_.end() && names_[it->second].countries == countries) {
    names_[it->second].flags |= flags;  // the alias file refines an ICU name ("context")
    return;
  }
  name_index_[text] = names_.size();
  names_.push_back(CountryAlias{std::move(countries), std::move(text), flags});
}

// Labels replace ICU's display names where users expect another one ("Türkiye", "DR Congo");
// ICU's names stay known for matching.
void CountryCatalog::load_labels(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return;
  text::read_tab_separated<DataError>(file, "country label file", [&](const std::vector<std::string>& fields,
                                             const std::string& where) {
    if (fields.size() != 3) {
      throw DataError(where + ": expected CODE<TAB>English label<TAB>Korean label, found " +
                      std::to_string(fields.size()) + " field(s)");
    }
    const int index = index_of(fields[0]);
    if (index < 0 || fields[0][0] < 'A' || fields[0][0] > 'Z') {
      throw DataError(where + ": unknown country code \"" + fields[0] +
                      "\" (expected an upper-case ISO 3166-1 alpha-2 code)");
    }
    if (fields[1].empty() || fields[2].empty()) {
      throw DataError(where + ": empty label (write - to keep ICU's name)");
    }
    Country& c = countries_[static_cast<size_t>(index)];
    const std::vector<uint16_t> one{static_cast<uint16_t>(index)};
    if (fields[1] != "-") {
      c.name_en = fields[1];
      add_name(one, fields[1], 0);
    }
    if (fields[2] != "-") {
      if (!text::has_hangul(fields[2])) throw DataError(where + ": the Korean label has no Hangul");
      c.name_ko = fields[2];
      for (std::string& v : korean_variants(fields[2])) add_name(one, std::move(v), 0);
    }
  });
}

void CountryCatalog::load_aliases(const std::filesystem::path& file) {
  text::read_tab_separated<DataError>(file, "country alias file", [&](const std::vector<std::string>& fields,
                                             const std::string& where) {
    if (fields.size() < 2 || fields.size() > 3) {
      throw DataError(where + ": expected CODE<TAB>alias[<TAB>options], found " +
                      std::to_string(fields.size()) + " field(s)");
    }
    if (fields[1].empty()) throw DataError(where + ": empty alias");
    std::vector<uint16_t> countries;
    if (fields[0] != "-") {
      size_t p = 0;
      while (p <= fields[0].size()) {
        size_t comma = fields[0].find(',', p);
        if (comma == std::string::npos) comma = fields[0].size();
        const std::string code = text::trim_field(std::string_view(fields[0]).substr(p, comma - p));
        const int index = index_of(code);
        if (index < 0 || code.size() != 2 || code[0] < 'A' || code[0] > 'Z') {
          throw DataError(where + ": unknown country code \"" + code +
                          "\" (expected an upper-case ISO 3166-1 alpha-2 code, or - for a "
                          "phrase that is not a country)");
        }
        countries.push_back(static_cast<uint16_t>(index));
        p = comma + 1;
      }
    }
    const unsigned flags = fields.size() == 3 ? parse_options(fields[2], where) : 0u;
    add_name(std::move(countries), fields[1], flags);
  });
}

const CountryCatalog& CountryCatalog::instance(const std::filesystem::path& data_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<CountryCatalog>> catalogs;
  const std::string key = data_dir.lexically_normal().string();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = catalogs.find(key);
  if (it == catalogs.end()) {
    it = catalogs.emplace(key, std::make_unique<CountryCatalog>(data_dir)).first;
  }
  return *it->second;
}

int CountryCatalog::index_of(std::string_view iso_code) const {
  if (iso_code.size() != 2) return -1;
  std::string code(iso_code);
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  auto it = std::lower_bound(countries_.begin(), countries_.end(), code,
                             [](const Country& a, const std::string& b) { return a.code < b; });
  if (it == countries_.end() || it->code != code) return -1;
  return static_cast<int>(it - countries_.begin());
}

const Country* CountryCatalog::find(std::string_view iso_code) const {
  const int i = index_of(iso_code);
  return i < 0 ? nullptr : &countries_[static_cast<size_t>(i)];
}

std::vector<std::string> CountryCatalog::lookup_name(std::string_view phrase) const {
  std::vector<std::string> out;
  auto it = query_.find(collapse_spaces(text::normalize(phrase)));
  if (it == query_.end()) return out;
  for (uint16_t i : it->second) out.push_back(countries_[i].code);
  return out;
}

}  // namespace dipsearch::entities
