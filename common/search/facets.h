// Exact facet counts. Each field is counted from the facet columns of local databases, or
// with Xapian's stock ValueCountMatchSpy over its value slot (the packed multi-value strings
// split afterwards) on remote shards, where xapian-tcpsrv runs no other spy; a release with
// three countries counts once for each either way.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/facet_columns.h"
#include "common/search/search_request.h"

namespace dipsearch {

enum class FacetField { kCountry, kOfficial, kLang, kDate, kSource };
inline constexpr FacetField kFacetFields[] = {FacetField::kCountry, FacetField::kOfficial, FacetField::kLang,
                                              FacetField::kDate, FacetField::kSource};
const char* facet_name(FacetField field);

// How to count: from facet columns (local databases), or with Xapian's stock
// ValueCountMatchSpy, the only kind a stock xapian-tcpsrv can run for remote shards. Both
// give the same counts.
enum class FacetCounting { kColumns, kStockSpies };

// The facet columns of every field, in the order of kFacetFields, read from a local database
// of one shard.
std::shared_ptr<const FacetColumns> read_facet_columns(const Xapian::Database& db);

// One spy per field; attach to the Enquire that should be counted, then read after get_mset.
class FacetCounter {
 public:
  // Counts from the columns when given (they must be those of the database searched),
  // else with the stock spy.
  FacetCounter(FacetField field, const ShardColumns* columns);
  void attach(Xapian::Enquire& enquire) { enquire.add_matchspy(spy_); }
  FacetField field() const { return field_; }
  // Adds the counts of the same field from another part of the same search (columns only).
  void add(const FacetCounter& other);
  // The facet's JSON list: countries/officials/lang by count (ties by value), at most
  // `size` values plus any selected value; dates in time order with every bucket, then
  // {"value": "undated", …} when some of the `matched` releases counted have no date.
  // For a list cut at `size` (not dates, which list every bucket), `stats` (when given)
  // becomes {"distinct": values counted, "other": the counts of the values not listed,
  // added up}: as Elasticsearch's sum_other_doc_count, a release with two values left out
  // is in `other` twice.
  nlohmann::json to_json(const SearchRequest& request, const entities::CountryCatalog& countries,
                         Xapian::doccount matched, nlohmann::json* stats = nullptr) const;

 private:
  // The spy's values (packed strings or single items) with their document counts: views
  // into the columns, or into `owned` (the stock spy's values).
  std::vector<std::pair<std::string_view, Xapian::doccount>> counted(std::vector<std::string>& owned) const;

  FacetField field_;
  std::unique_ptr<ColumnCountSpy> column_spy_;  // either this
  std::unique_ptr<Xapian::ValueCountMatchSpy> stock_spy_;  // or this; outlives the Enquire it is attached to
  Xapian::MatchSpy* spy_;
};

// The date facet's bucket for releases without a known date (no spy sees an empty value,
// so it is the releases counted less those with a date).
inline constexpr std::string_view kUndatedBucket = "undated";

}  // namespace dipsearch
