// A validated search request: what GET query strings and POST JSON bodies both become, so
// the two give identical answers. Validation errors are ApiErrors naming the parameter.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/search/query_builder.h"
#include "common/search/search_cursor.h"

namespace dipsearch {

enum class SortOrder { kRelevance, kDateDesc, kDateAsc };
enum class DateInterval { kYear, kMonth };

struct SearchRequest {
  std::string q;
  std::vector<std::string> countries;  // upper-case ISO codes
  std::vector<std::string> officials;  // registry keys
  std::vector<std::string> langs;      // "en", "ko"
  std::vector<std::string> sources;    // site keys, as the source facet gives them
  std::string from, to;                // date-slot bounds ("YYYYMMDD"), empty when open
  std::optional<SortOrder> sort;       // default: relevance with q, date_desc without
  int page = 1;
  int per_page = 20;
  int facet_size = 10;
  // Facet fields to count, by name ("country", "official", "lang", "date", "source"); every
  // one by default. Counting reads each match's value slots, so scripts that need none say so.
  std::vector<std::string> facets = {"country", "official", "lang", "date", "source"};
  DateInterval date_interval = DateInterval::kYear;
  // The fields each hit carries (see kHitFields); empty: all of them. A partial match is
  // marked "partial" whatever is chosen.
  std::vector<std::string> fields;
  MatchMode match = MatchMode::kAuto;
  // Paging by cursor: cursor=start (the first page) or a next_cursor, which names the
  // generation to read and where the page begins; page is not given then.
  bool cursor_paging = false;
  std::optional<SearchCursor> cursor;
  // collapse=translations: one hit per linked English/Korean pair (the better-ranked version,
  // the other named in its translations), as Xapian collapses on kVersionPairSlot.
  bool collapse_translations = false;

  SortOrder effective_sort() const;
  bool wants_facet(std::string_view name) const;
  // No q, or only spaces: every release (filters still apply). Any other q is a search,
  // which finds nothing when it holds nothing to search for (only stop words, punctuation,
  // empty phrases or groups).
  bool browsing() const;
  bool wants_field(std::string_view name) const;
  // Hits before this page's first.
  long first_hit() const;
};

inline constexpr int kMaxPerPage = 100;
// What `fields` may name, in the order hits hold them.
inline constexpr const char* kHitFields[] = {"id",        "title",     "date",         "lang",    "url", "source",
                                             "countries", "officials", "translations", "snippet", "score"};
inline constexpr int kMaxFacetSize = 1000;
// Deep paging costs the whole result list; past this, analysts use the export.
inline constexpr int kMaxResultWindow = 10000;
// Values one list parameter (country, official, lang, source, facets, fields) may hold, repeated, in
// a JSON array or separated by commas, counted once commas are split; more is a 400 naming
// it. Duplicates count, and are then dropped.
inline constexpr size_t kMaxListValues = 100;

// Parameters by name, each with its values in order ("country" may repeat).
using ParamMap = std::map<std::string, std::vector<std::string>>;

// Every parameter name a search accepts (GET query string and POST body alike).
const std::vector<std::string>& search_parameter_names();

// Throws ApiError (400) naming the parameter for an unknown name, a repeated single-valued
// parameter, a list longer than kMaxListValues, or a value out of range. Needs the country
// catalog to check codes.
SearchRequest parse_search_request(const ParamMap& params,
                                   const entities::CountryCatalog& countries);

}  // namespace dipsearch
