// Loading and validating the officials registry; spellings indexed for name matching.
#include "common/entities/officials_registry.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/entities/country_catalog.h"
#include "common/entities/data_error.h"
#include "common/entities/official_key.h"
#include "common/release/text_lines.h"
#include "common/text/normalize.h"

namespace dipsearch::entities {
namespace {

using nlohmann::json;

class EntryError {
 public:
  EntryError(const std::string& file, size_t index, const std::string& key)
      : prefix_(file + ": entry [" + std::to_string(index) + "]" +
                (key.empty() ? std::string() : " (key \"" + key + "\")")) {}

  [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
    throw DataError(prefix_ + ": field \"" + field + "\": " + problem);
  }

 private:
  std::string prefix_;
};

std::string required_string(const json& entry, const char* field, const EntryError& err) {
  auto it = entry.find(field);
  if (it == entry.end()) err.fail(field, "missing (a non-empty string is required)");
  if (!it->is_string() || it->get<std::string>().empty()) {
    err.fail(field, "must be a non-empty string");
  }
  return it->get<std::string>();
}

std::string optional_string(const json& entry, const char* field, const EntryError& err) {
  auto it = entry.find(field);
  if (it == entry.end() || it->is_null()) return {};
  if (!it->is_string()) err.fail(field, "must be a string");
  return it->get<std::string>();
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
bool is_partial_date(std::string_view d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!is_digits(d.substr(0, 4))) return false;
  if (d.size() >= 7) {
    if (d[4] != '-' || !is_digits(d.substr(5, 2))) return false;
    const int month = (d[5] - '0') * 10 + (d[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (d.size() == 10) {
    if (d[7] != '-' || !is_digits(d.substr(8, 2))) return false;
    const int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

// Compares two partial dates on the precision they share.
int compare_partial(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

// A two-word Latin name in the other order ("Kyung-wha Kang" for "Kang Kyung-wha"); empty
// for other names, and when the other order starts with a Korean family name: "Sung Kim"
// must not claim "Kim Sung", the start of many Korean names written family name first.
std::string reversed_latin(std::string_view spelling) {
  const std::vector<std::string> words = split_words(spelling);
  if (words.size() != 2 || detail::is_korean_surname_latin(detail::compact_latin(words[1]))) return {};
  return words[1] + " " + words[0];
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

}  // namespace

OfficialsRegistry OfficialsRegistry::load(const std::filesystem::path& data_dir) {
  OfficialsRegistry registry;
  const std::filesystem::path folder = data_dir / "officials";
  const std::filesystem::path main_file = folder / "registry.json";
  registry.add_file(main_file);
  std::vector<std::filesystem::path> extra;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "registry.json") {
      extra.push_back(entry.path());
    }
  }
  std::sort(extra.begin(), extra.end());
  for (const auto& file : extra) registry.add_file(file);
  return registry;
}

void OfficialsRegistry::add_file(const std::filesystem::path& path) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(file + ": cannot read the officials registry");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (!text::is_valid_utf8(text)) throw DataError(file + ": not valid UTF-8");
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    throw DataError(file + ": not valid JSON (byte " + std::to_string(e.byte) + "): " +
                    e.what());
  }
  if (!root.is_array()) throw DataError(file + ": must hold a JSON array of officials");

  static const char* const kFields[] = {"key", "name_en", "name_ko", "country", "aliases",
                                        "roles"};
  static const char* const kRoleFields[] = {"title_en", "title_ko", "from", "to"};
  for (size_t i = 0; i < root.size(); ++i) {
    const json& entry = root[i];
    if (!entry.is_object()) {
      throw DataError(file + ": entry [" + std::to_string(i) + "]: must be a JSON object");
    }
    std::string key_hint;
    if (auto k = entry.find("key"); k != entry.end() && k->is_string()) key_hint = *k;
    const EntryError err(file, i, key_hint);
    for (const auto& [name, value] : entry.items()) {
      if (std::find_if(std::begin(kFields), std::end(kFields),
                       [&name = name](const char* f) { return name == f; }) == std::end(kFields)) {
        err.fail(name, "unknown field (expected key, name_en, name_ko, country, aliases, roles)");
      }
    }
    RegistryOfficial o;
    o.key = required_string(entry, "key", err);
    if (!is_valid_official_key(o.key)) {
      err.fail("key", "must be lower-case ASCII letters and digits joined by single hyphens "
                      "(\"kang-kyung-wha\")");
    }
    if (by_key_.count(o.key)) err.fail("key", "duplicate key (already defined)");
    o.name_en = required_string(entry, "name_en", err);
    o.name_ko = optional_string(entry, "name_ko", err);
    if (!o.name_ko.empty() && !text::has_hangul(o.name_ko)) {
      err.fail("name_ko", "must be written in Hangul");
    }
    o.country = optional_string(entry, "country", err);
    if (!o.country.empty() && !is_known_country_code(o.country)) {
      err.fail("country", "unknown ISO 3166-1 alpha-2 code \"" + o.country + "\"");
    }
    if (auto a = entry.find("aliases"); a != entry.end() && !a->is_null()) {
      if (!a->is_array()) err.fail("aliases", "must be an array of strings");
      for (size_t j = 0; j < a->size(); ++j) {
        const json& alias = (*a)[j];
        if (!alias.is_string() || alias.get<std::string>().empty()) {
          err.fail("aliases[" + std::to_string(j) + "]", "must be a non-empty string");
        }
        o.aliases.push_back(alias.get<std::string>());
      }
    }
    if (auto r = entry.find("roles"); r != entry.end() && !r->is_null()) {
      if (!r->is_array()) err.fail("roles", "must be an array of objects");
      for (size_t j = 0; j < r->size(); ++j) {
        const std::string field = "roles[" + std::to_string(j) + "]";
        const json& role = (*r)[j];
        if (!role.is_object()) err.fail(field, "must be an object");
        for (const auto& [name, value] : role.items()) {
          if (std::find_if(std::begin(kRoleFields), std::end(kRoleFields),
                           [&name = name](const char* f) { return name == f; }) == std::end(kRoleFields)) {
            err.fail(field + "." + name, "unknown field (expected title_en, title_ko, from, to)");
          }
        }
        OfficialRole out;
        auto get = [&](const char* f, bool required) {
          auto it = role.find(f);
          if (it == role.end() || it->is_null()) {
            if (required) err.fail(field + "." + f, "missing (a non-empty string is required)");
            return std::string();
          }
          if (!it->is_string() || (required && it->get<std::string>().empty())) {
            err.fail(field + "." + f, required ? "must be a non-empty string" : "must be a string");
          }
          return it->get<std::string>();
        };
        out.title_en = get("title_en", true);
        out.title_ko = get("title_ko", false);
        out.from = get("from", false);
        out.to = get("to", false);
        if (!out.from.empty() && !is_partial_date(out.from)) {
          err.fail(field + ".from", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (!out.to.empty() && !is_partial_date(out.to)) {
          err.fail(field + ".to", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (!out.from.empty() && !out.to.empty() && compare_partial(out.from, out.to) > 0) {
          err.fail(field + ".to", "ends before it starts");
        }
        out.words_en = detail::latin_title_words(out.title_en);
        for (std::string_view w : release::split_words(out.title_ko)) out.words_ko.emplace_back(w);
        o.roles.push_back(std::move(out));
      }
    }
    const size_t position = officials_.size();
    officials_.push_back(std::move(o));
    by_key_[officials_.back().key] = position;
    index(position, file, i);
  }
}

// Every stated spelling must name one person only; the reversed order of two-word Latin
// names ("Kyung-wha Kang", "Yoshimasa Hayashi") is added where it is free.
void OfficialsRegistry::index(size_t i, const std::string& file, size_t entry) {
  const RegistryOfficial& o = officials_[i];
  const EntryError err(file, entry, o.key);
  std::vector<std::pair<std::string, std::string>> spellings{{"name_en", o.name_en}};
  if (!o.name_ko.empty()) spellings.emplace_back("name_ko", o.name_ko);
  for (size_t j = 0; j < o.aliases.size(); ++j) {
    spellings.emplace_back("aliases[" + std::to_string(j) + "]", o.aliases[j]);
  }
  std::vector<std::string> reversed;
  for (const auto& [field, spelling] : spellings) {
    const bool hangul = text::has_hangul(spelling);
    const std::string form = hangul ? without_spaces(spelling) : detail::compact_latin(spelling);
    if (form.empty()) err.fail(field, "has no letters");
    auto& map = hangul ? hangul_ : latin_;
    auto [it, inserted] = map.emplace(form, i);
    if (!inserted && it->second != i) {
      err.fail(field, "spelling \"" + spelling + "\" already belongs to \"" +
                          officials_[it->second].key + "\"");
    }
    if (!hangul) {
      const std::string other_order = reversed_latin(spelling);
      if (!other_order.empty()) reversed.push_back(detail::compact_latin(other_order));
    }
  }
  for (const std::string& form : reversed) latin_.emplace(form, i);
}

std::vector<std::string> OfficialsRegistry::spellings(const RegistryOfficial& official,
                                                       bool latin_in_either_order) const {
  std::vector<std::string> out{official.name_en};
  if (!official.name_ko.empty()) out.push_back(official.name_ko);
  out.insert(out.end(), official.aliases.begin(), official.aliases.end());
  const size_t stated = latin_in_either_order ? out.size() : 0;
  for (size_t k = 0; k < stated; ++k) {
    if (text::has_hangul(out[k])) continue;
    std::string other_order = reversed_latin(out[k]);
    if (other_order.empty() || match_name(other_order) != &official) continue;
    out.push_back(std::move(other_order));
  }
  return out;
}

const RegistryOfficial* OfficialsRegistry::find_by_key(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it == by_key_.end() ? nullptr : &officials_[it->second];
}

const RegistryOfficial* OfficialsRegistry::match_name(std::string_view name) const {
  if (text::has_hangul(name)) {
    auto it = hangul_.find(without_spaces(text::normalize(name)));
    return it == hangul_.end() ? nullptr : &officials_[it->second];
  }
  auto it = latin_.find(detail::compact_latin(name));
  return it == latin_.end() ? nullptr : &officials_[it->second];
}

std::vector<std::string> OfficialsRegistry::lookup_name(std::string_view phrase) const {
  const std::string normalized = text::normalize(phrase);
  const RegistryOfficial* found = match_name(normalized);
  if (found == nullptr && !text::has_hangul(normalized)) {
    const std::string key = official_key(normalized);
    if (!key.empty()) found = find_by_key(key);
  }
  if (found == nullptr) return {};
  return {found->key};
}

std::vector<std::string> detail::latin_title_words(std::string_view title) {
  std::vector<std::string> words;
  bool in_word = false;
  for (char c : title) {
    if (c == ' ' || c == '-' || c == ',' || c == '.') {
      in_word = false;
      continue;
    }
    if (!in_word) {
      words.emplace_back();
      in_word = true;
    }
    words.back() += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return words;
}

bool OfficialRole::covers(std::string_view date) const {
  if (date.empty()) return false;
  if (!from.empty() && compare_partial(date, from) < 0) return false;
  return to.empty() || compare_partial(date, to) <= 0;
}

std::string OfficialsRegistry::title_at(const RegistryOfficial& official, std::string_view date,
                                        std::string_view lang) const {
  for (const OfficialRole& role : official.roles) {
    if (!role.covers(date)) continue;
    if (lang == "ko" && !role.title_ko.empty()) return role.title_ko;
    return role.title_en;
  }
  return {};
}

}  // namespace dipsearch::entities
