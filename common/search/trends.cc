// Counting searches over time for the trends view and its CSV.
#include "common/search/trends.h"

#include <algorithm>
#include <map>
#include <optional>

#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/date_buckets.h"
#include "common/search/match_lanes.h"
#include "common/search/prepared_search.h"
#include "common/text/escape.h"

namespace dipsearch {
namespace {

using nlohmann::json;

// The period a date bound falls in; a bound's day or month may be 00 or 99
// (date_range.h), which no period has.
std::string bound_period(const std::string& bound, DateInterval interval) {
  std::string period = date_bucket(bound, interval);
  if (interval == DateInterval::kMonth) {
    const std::string month = period.substr(5, 2);
    if (month == "00") period.replace(5, 2, "01");
    if (month > "12") period.replace(5, 2, "12");
  }
  return period;
}

// Periods lo..hi in order, at most kMaxDateBuckets.
std::vector<std::string> periods_between(const std::string& lo, const std::string& hi, DateInterval interval) {
  std::vector<std::string> out;
  for (std::string p = lo; p <= hi && out.size() < kMaxDateBuckets; p = next_date_bucket(p, interval)) {
    out.push_back(p);
  }
  return out;
}

std::string series_label(const TrendSeries& s) { return s.q.empty() ? "all releases" : s.q; }

}  // namespace

TrendsRequest parse_trends_request(const ParamMap& params, const entities::CountryCatalog& countries) {
  ParamMap filters = params;
  for (const char* name : kParametersTrendsRefuse) {
    if (filters.count(name)) {
      throw invalid_parameter(name, std::string(name) + " does not apply to trends, which count every match");
    }
  }
  std::vector<std::string> queries{""};
  if (auto it = filters.find("q"); it != filters.end()) {
    queries = it->second;
    filters.erase(it);
  }
  if (queries.empty()) queries.emplace_back();
  if (queries.size() > kMaxTrendSeries) {
    throw invalid_parameter("q", "q may be given at most " + std::to_string(kMaxTrendSeries) +
                                     " times (one search per line of the chart), not " +
                                     std::to_string(queries.size()));
  }
  TrendsRequest out;
  const SearchRequest base = parse_search_request(filters, countries);
  out.interval = base.date_interval;
  for (const auto& q : queries) {
    ParamMap one = filters;
    one["q"] = {q};
    out.searches.push_back(parse_search_request(one, countries));
  }
  return out;
}

Trends count_trends(const SearchIndex& index, const TrendsRequest& request,
                    const entities::CountryCatalog& countries, const entities::OfficialsRegistry* officials) {
  const Xapian::Database& db = index.db();
  // Columns are per shard: over several, the lane's docid share tracks the shard.
  ShardTracker tracker{index.shard_ids(), 0};
  const ShardColumns columns = index.columns(&tracker.current);
  ShardTracker* shards = columns.current_shard != nullptr ? &tracker : nullptr;
  const ShardColumns* counting = index.has_columns() ? &columns : nullptr;
  Trends out;
  out.interval = request.interval;
  std::vector<std::map<std::string, Xapian::doccount>> by_period;
  for (size_t i = 0; i < request.searches.size(); ++i) {
    const SearchRequest& r = request.searches[i];
    std::optional<PreparedSearch> search;
    try {
      search.emplace(r, countries, officials);
    } catch (const ApiError& e) {
      if (request.searches.size() == 1) throw;
      throw ApiError(e.status, e.code, e.param,
                     "search " + std::to_string(i + 1) + " of " + std::to_string(request.searches.size()) +
                         ", " + release::quote_for_message(r.q) + ": " + e.what());
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(lane_share(search->matching(), 0, 1, shards));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    FacetCounter dates(FacetField::kDate, counting);
    dates.attach(enquire);
    const Xapian::doccount total = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
    TrendSeries series;
    series.q = r.q;
    series.total = total;
    auto& counts = by_period.emplace_back();
    for (const auto& bucket : dates.to_json(r, countries, total)) {
      const std::string value = bucket["value"].get<std::string>();
      const Xapian::doccount n = bucket["count"].get<Xapian::doccount>();
      if (value == kUndatedBucket) {
        series.undated = n;
      } else if (n > 0) {
        counts[value] = n;
      }
    }
    out.series.push_back(std::move(series));
  }

  // One axis for every series: their data, stretched to the chosen range where one is.
  std::string lo, hi;
  for (const auto& counts : by_period) {
    if (counts.empty()) continue;
    if (lo.empty() || counts.begin()->first < lo) lo = counts.begin()->first;
    if (hi.empty() || counts.rbegin()->first > hi) hi = counts.rbegin()->first;
  }
  const SearchRequest& first = request.searches.front();
  const std::string data_lo = lo;
  if (!first.from.empty()) lo = lo.empty() ? bound_period(first.from, out.interval) : std::min(lo, bound_period(first.from, out.interval));
  if (!first.to.empty()) hi = hi.empty() ? bound_period(first.to, out.interval) : std::max(hi, bound_period(first.to, out.interval));
  if (lo.empty() || hi.empty()) return out;  // nothing dated, and no range chosen
  out.periods = periods_between(lo, hi, out.interval);
  if (out.periods.size() >= kMaxDateBuckets && !data_lo.empty()) {
    // A range far wider than the data (from=0001): the data keep their place on the axis.
    out.periods = periods_between(data_lo, hi, out.interval);
  }
  for (size_t i = 0; i < out.series.size(); ++i) {
    auto& counts = out.series[i].counts;
    counts.reserve(out.periods.size());
    for (const auto& p : out.periods) {
      auto it = by_period[i].find(p);
      counts.push_back(it == by_period[i].end() ? 0 : it->second);
    }
  }
  return out;
}

json trends_json(const Trends& trends) {
  json series = json::array();
  for (const auto& s : trends.series) {
    series.push_back({{"q", s.q}, {"total", s.total}, {"undated", s.undated}, {"counts", s.counts}});
  }
  return {{"interval", trends.interval == DateInterval::kMonth ? "month" : "year"},
          {"periods", trends.periods},
          {"series", std::move(series)}};
}

void append_trends_csv(std::string& out, const Trends& trends) {
  out += "period";
  for (const auto& s : trends.series) {
    out += ',';
    text::append_csv_field(out, series_label(s));
  }
  out += "\r\n";
  auto row = [&out, &trends](const std::string& period, auto count_of) {
    out += period;
    for (const auto& s : trends.series) out += "," + std::to_string(count_of(s));
    out += "\r\n";
  };
  for (size_t i = 0; i < trends.periods.size(); ++i) {
    row(trends.periods[i], [i](const TrendSeries& s) { return s.counts[i]; });
  }
  const bool undated = std::any_of(trends.series.begin(), trends.series.end(),
                                   [](const TrendSeries& s) { return s.undated > 0; });
  if (undated) row(std::string(kUndatedBucket), [](const TrendSeries& s) { return s.undated; });
}

}  // namespace dipsearch
