// Trends: up to four searches counted over time with the same filters, period by period
// from the date facet, on one shared axis of years or months (GET /api/trends).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/facets.h"
#include "common/search/search_index.h"
#include "common/search/search_request.h"

namespace dipsearch {

inline constexpr size_t kMaxTrendSeries = 4;

struct TrendsRequest {
  // One per series, in the order given: the same filters, each its own q. No q at all is
  // one series of every release the filters keep.
  std::vector<SearchRequest> searches;
  DateInterval interval = DateInterval::kYear;
};

// The search parameters that make no sense for counts over time.
inline constexpr const char* kParametersTrendsRefuse[] = {"page",  "per_page", "sort",
                                                          "facet_size", "facets", "cursor", "collapse"};

// `q` up to kMaxTrendSeries times, the filters of a search (country, official, lang, from,
// to, match) and date_interval. Throws ApiError 400 naming the parameter.
TrendsRequest parse_trends_request(const ParamMap& params, const entities::CountryCatalog& countries);

struct TrendSeries {
  std::string q;
  Xapian::doccount total = 0;    // releases matched, dated or not
  Xapian::doccount undated = 0;  // of those, without a known date
  std::vector<Xapian::doccount> counts;  // one per period of Trends::periods
};

struct Trends {
  DateInterval interval = DateInterval::kYear;
  // Every period from the first any series has a release in (or `from`, when given) to the
  // last (or `to`), empty ones included, so the series line up.
  std::vector<std::string> periods;
  std::vector<TrendSeries> series;
};

// Dates are counted from the index's facet columns when it has them, else (remote shards)
// with the stock spy. Throws ApiError for a query that does not parse, saying which search
// it is.
Trends count_trends(const SearchIndex& index, const TrendsRequest& request,
                    const entities::CountryCatalog& countries, const entities::OfficialsRegistry* officials);

// {"interval", "periods": [...], "series": [{"q", "total", "undated", "counts": [...]}]}
nlohmann::json trends_json(const Trends& trends);

// A CSV table (RFC 4180, CRLF): a header "period" and a column per search (its query, or
// "all releases"), a row per period, and a last row "undated" when some release has no date.
void append_trends_csv(std::string& out, const Trends& trends);

}  // namespace dipsearch
