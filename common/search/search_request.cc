// Validation of search parameters into a SearchRequest.
#include "common/search/search_request.h"

#include <algorithm>
#include <charconv>

#include "common/entities/country_catalog.h"
#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/date_range.h"

namespace dipsearch {
namespace {

// A value as an error message quotes it: bytes that are not UTF-8 repaired and long values
// cut, so that the message stays valid and short whatever was sent.
std::string shown(std::string_view value) { return release::quote_for_message(value); }

bool is_known_parameter(const std::string& name) {
  const auto& names = search_parameter_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool repeatable(const std::string& name) {
  return name == "country" || name == "official" || name == "lang" || name == "facets";
}

int parse_int(const std::string& name, const std::string& value, int lo, int hi) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
    throw invalid_parameter(name, name + " must be a whole number, not " + shown(value));
  }
  if (n < lo || n > hi) {
    throw invalid_parameter(name, name + " must be between " + std::to_string(lo) + " and " +
                                      std::to_string(hi) + ", not " + value);
  }
  return n;
}

template <typename T>
T choose(const std::string& name, const std::string& value,
         std::initializer_list<std::pair<const char*, T>> options) {
  std::string allowed;
  for (const auto& [text, result] : options) {
    if (value == text) return result;
    allowed += allowed.empty() ? "" : ", ";
    allowed += text;
  }
  throw invalid_parameter(name, name + " must be one of " + allowed + ", not " + shown(value));
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

bool is_official_key(const std::string& key) {
  return !key.empty() && key.size() <= 128 &&
         std::all_of(key.begin(), key.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

// "a, b,,c" → {"a", "b", "c"}.
std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = std::min(value.find(',', start), value.size());
    std::string name = value.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!name.empty()) names.push_back(name);
    start = end + 1;
  }
  return names;
}

}  // namespace

const std::vector<std::string>& search_parameter_names() {
  static const std::vector<std::string> names = {
      "q",    "country", "official", "lang",       "from",          "to",
      "sort", "page",    "per_page", "facet_size", "date_interval", "match", "facets"};
  return names;
}

SortOrder SearchRequest::effective_sort() const {
  if (sort) return *sort;
  return q.find_first_not_of(" \t\r\n") == std::string::npos ? SortOrder::kDateDesc
                                                              : SortOrder::kRelevance;
}

bool SearchRequest::wants_facet(std::string_view name) const {
  return std::find(facets.begin(), facets.end(), name) != facets.end();
}

SearchRequest parse_search_request(const ParamMap& params, const entities::CountryCatalog& countries) {
  SearchRequest r;
  for (const auto& [name, values] : params) {
    if (!is_known_parameter(name)) {
      throw invalid_parameter(release::sanitize_utf8(name.substr(0, 64)), "unknown parameter " + shown(name));
    }
    if (values.size() > 1 && !repeatable(name)) {
      throw invalid_parameter(name, name + " may be given only once");
    }
  }
  auto single = [&params](const char* name) -> const std::string* {
    auto it = params.find(name);
    return it == params.end() || it->second.empty() ? nullptr : &it->second.front();
  };
  auto list = [&params](const char* name) {
    auto it = params.find(name);
    return it == params.end() ? std::vector<std::string>() : it->second;
  };

  if (auto v = single("q")) r.q = *v;
  for (const auto& value : list("country")) {
    std::string code = upper(value);
    if (code.size() != 2 || countries.find(code) == nullptr) {
      throw invalid_parameter("country", "country must be an ISO 3166-1 alpha-2 code such as AF, not " + shown(value));
    }
    r.countries.push_back(code);
  }
  for (const auto& value : list("official")) {
    std::string key = lower(value);
    if (!is_official_key(key)) {
      throw invalid_parameter("official", "official must be a key such as lee-kyung-chul (letters, digits, '-'), not " + shown(value));
    }
    r.officials.push_back(key);
  }
  for (const auto& value : list("lang")) {
    r.langs.push_back(choose<std::string>("lang", lower(value), {{"en", "en"}, {"ko", "ko"}}));
  }
  if (auto v = single("from"); v && !v->empty()) {
    auto bound = date_lower_bound(*v);
    if (!bound) throw invalid_parameter("from", "from must be a date YYYY-MM-DD, YYYY-MM or YYYY, not " + shown(*v));
    r.from = *bound;
  }
  if (auto v = single("to"); v && !v->empty()) {
    auto bound = date_upper_bound(*v);
    if (!bound) throw invalid_parameter("to", "to must be a date YYYY-MM-DD, YYYY-MM or YYYY, not " + shown(*v));
    r.to = *bound;
  }
  if (!r.from.empty() && !r.to.empty() && r.from > r.to) {
    throw invalid_parameter("to", "to (" + *single("to") + ") is before from (" + *single("from") + ")");
  }
  if (auto v = single("sort")) {
    r.sort = choose<SortOrder>("sort", *v, {{"relevance", SortOrder::kRelevance},
                                            {"date_desc", SortOrder::kDateDesc},
                                            {"date_asc", SortOrder::kDateAsc}});
  }
  if (auto v = single("page")) r.page = parse_int("page", *v, 1, kMaxResultWindow);
  if (auto v = single("per_page")) r.per_page = parse_int("per_page", *v, 1, kMaxPerPage);
  if (static_cast<long>(r.page) * r.per_page > kMaxResultWindow) {
    throw invalid_parameter("page", "pages end at result " + std::to_string(kMaxResultWindow) +
                                        "; use /api/export for every match");
  }
  if (auto v = single("facet_size")) r.facet_size = parse_int("facet_size", *v, 0, kMaxFacetSize);
  if (auto v = single("date_interval")) {
    r.date_interval = choose<DateInterval>("date_interval", *v, {{"year", DateInterval::kYear},
                                                                 {"month", DateInterval::kMonth}});
  }
  if (auto it = params.find("facets"); it != params.end()) {
    // "facets=country,official", repeated, or empty for none.
    r.facets.clear();
    for (const auto& value : it->second) {
      for (const auto& name : split_list(value)) {
        if (name != "country" && name != "official" && name != "lang" && name != "date") {
          throw invalid_parameter("facets", "facets names country, official, lang or date, not " + shown(name));
        }
        if (!r.wants_facet(name)) r.facets.push_back(name);
      }
    }
  }
  if (auto v = single("match")) {
    r.match = choose<MatchMode>("match", *v, {{"auto", MatchMode::kAuto},
                                              {"all", MatchMode::kAll},
                                              {"any", MatchMode::kAny}});
  }
  return r;
}

}  // namespace dipsearch
