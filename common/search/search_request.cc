// Validation of search parameters into a SearchRequest.
#include "common/search/search_request.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "common/entities/country_catalog.h"
#include "common/release/site.h"
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
  return name == "country" || name == "official" || name == "lang" || name == "source" || name == "facets" ||
         name == "fields";
}

int parse_int(const std::string& name, const std::string& value, int lo, int hi) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  const bool whole = !value.empty() && end == value.data() + value.size();
  if (!whole || (ec != std::errc() && ec != std::errc::result_out_of_range)) {
    throw invalid_parameter(name, name + " must be a whole number, not " + shown(value));
  }
  if (ec == std::errc::result_out_of_range || n < lo || n > hi) {
    throw invalid_parameter(name, name + " must be between " + std::to_string(lo) + " and " +
                                      std::to_string(hi) + ", not " + shown(value));
  }
  return n;
}

// Appends a value unless the list holds it already.
void add_once(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
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

// "a, b,,c" → {"a", "b", "c"}; with keep_empty {"a", "b", "", "c"}, for lists whose every
// item must be valid.
std::vector<std::string> split_list(const std::string& value, bool keep_empty = false) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = std::min(value.find(',', start), value.size());
    std::string name = value.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (keep_empty || !name.empty()) names.push_back(name);
    start = end + 1;
  }
  return names;
}

void check_list_length(const std::string& name, size_t values) {
  if (values > kMaxListValues) {
    throw invalid_parameter(name, name + " holds " + std::to_string(values) + " values; at most " +
                                      std::to_string(kMaxListValues) + " are allowed");
  }
}

// A list parameter's items, given repeated (country=JP&country=CN), in a JSON array or
// separated by commas (JP,CN), in order; more than kMaxListValues of them in all is a 400.
std::vector<std::string> list_items(const ParamMap& params, const std::string& name, bool keep_empty) {
  std::vector<std::string> items;
  auto it = params.find(name);
  if (it == params.end()) return items;
  for (const auto& value : it->second) {
    for (auto& item : split_list(value, keep_empty)) items.push_back(std::move(item));
  }
  check_list_length(name, items.size());
  return items;
}

}  // namespace

const std::vector<std::string>& search_parameter_names() {
  static const std::vector<std::string> names = {
      "q",    "country", "official", "lang",       "source",        "from",  "to",
      "sort", "page",    "per_page", "facet_size", "date_interval", "match", "facets", "fields", "cursor", "collapse"};
  return names;
}

SortOrder SearchRequest::effective_sort() const {
  if (sort) return *sort;
  return browsing() ? SortOrder::kDateDesc : SortOrder::kRelevance;
}

bool SearchRequest::browsing() const { return q.find_first_not_of(" \t\r\n") == std::string::npos; }

bool SearchRequest::wants_facet(std::string_view name) const {
  return std::find(facets.begin(), facets.end(), name) != facets.end();
}

long SearchRequest::first_hit() const {
  return cursor ? static_cast<long>(cursor->offset) : static_cast<long>(page - 1) * per_page;
}

bool SearchRequest::wants_field(std::string_view name) const {
  return fields.empty() || std::find(fields.begin(), fields.end(), name) != fields.end();
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
    // Counted before any value is split or looked at; again below once commas are split.
    check_list_length(name, values.size());
  }
  auto single = [&params](const char* name) -> const std::string* {
    auto it = params.find(name);
    return it == params.end() || it->second.empty() ? nullptr : &it->second.front();
  };
  auto list = [&params](const char* name) { return list_items(params, name, true); };

  if (auto v = single("q")) r.q = *v;
  for (const auto& value : list("country")) {
    std::string code = upper(value);
    if (code.size() != 2 || countries.find(code) == nullptr) {
      throw invalid_parameter("country", "country must be an ISO 3166-1 alpha-2 code such as AF, not " + shown(value));
    }
    add_once(r.countries, code);
  }
  for (const auto& value : list("official")) {
    std::string key = lower(value);
    if (!is_official_key(key)) {
      throw invalid_parameter("official", "official must be a key such as lee-kyung-chul (letters, digits, '-'), not " + shown(value));
    }
    add_once(r.officials, key);
  }
  for (const auto& value : list("lang")) {
    add_once(r.langs, choose<std::string>("lang", lower(value), {{"en", "en"}, {"ko", "ko"}}));
  }
  for (const auto& value : list("source")) {
    std::string key = lower(value);
    if (!is_valid_site_key(key)) {
      throw invalid_parameter("source", "source must be a site key such as mofa.go.kr (a-z, 0-9, '.', '-'), not " +
                                            shown(value));
    }
    add_once(r.sources, key);
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
  if (auto v = single("cursor")) {
    if (single("page")) throw invalid_parameter("page", "page and cursor do not go together: the cursor says where the page begins");
    r.cursor_paging = true;
    if (*v != kCursorStart) r.cursor = decode_cursor(*v);
    if (r.cursor && r.cursor->offset > static_cast<std::uint64_t>(kMaxResultWindow)) {
      throw invalid_parameter("cursor", "cursor points past result " + std::to_string(kMaxResultWindow));
    }
  }
  if (r.first_hit() + r.per_page > kMaxResultWindow) {
    throw invalid_parameter(r.cursor ? "cursor" : "page", "pages end at result " + std::to_string(kMaxResultWindow) +
                                                              "; use /api/export for every match");
  }
  if (auto v = single("facet_size")) r.facet_size = parse_int("facet_size", *v, 0, kMaxFacetSize);
  if (auto v = single("date_interval")) {
    r.date_interval = choose<DateInterval>("date_interval", *v, {{"year", DateInterval::kYear},
                                                                 {"month", DateInterval::kMonth}});
  }
  if (params.count("facets")) {
    // "facets=country,official", repeated, or empty for none.
    r.facets.clear();
    for (const auto& name : list_items(params, "facets", false)) {
      if (name != "country" && name != "official" && name != "lang" && name != "date" && name != "source") {
        throw invalid_parameter("facets", "facets names country, official, lang, date or source, not " + shown(name));
      }
      if (!r.wants_facet(name)) r.facets.push_back(name);
    }
  }
  for (const auto& name : list("fields")) {
    // "fields=id,title,date": only these in each hit.
    if (std::none_of(std::begin(kHitFields), std::end(kHitFields), [&](const char* f) { return name == f; })) {
      std::string names;
      for (const char* f : kHitFields) names += (names.empty() ? "" : ", ") + std::string(f);
      throw invalid_parameter("fields", "fields names " + names + ", not " + shown(name));
    }
    if (std::find(r.fields.begin(), r.fields.end(), name) == r.fields.end()) r.fields.push_back(name);
  }
  if (auto v = single("match")) {
    r.match = choose<MatchMode>("match", *v, {{"auto", MatchMode::kAuto},
                                              {"all", MatchMode::kAll},
                                              {"any", MatchMode::kAny}});
  }
  if (auto v = single("collapse")) {
    r.collapse_translations = choose<bool>("collapse", *v, {{"none", false}, {"translations", true}});
  }
  // Only now is every field the fingerprint covers read.
  if (r.cursor && r.cursor->search != search_fingerprint(r)) {
    throw invalid_parameter("cursor", "cursor was made for another search: send q, the filters, sort, match "
                                      "and collapse as on the first page");
  }
  return r;
}

}  // namespace dipsearch
