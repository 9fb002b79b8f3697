// Exact facet counts. Each field is counted with Xapian's stock ValueCountMatchSpy over
// its value slot, then the packed multi-value strings are split, so a release with three
// countries counts once for each. Stock spies also run on remote shards (xapian-tcpsrv).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/search_request.h"

namespace dipsearch {

enum class FacetField { kCountry, kOfficial, kLang, kDate, kSource };
inline constexpr FacetField kFacetFields[] = {FacetField::kCountry, FacetField::kOfficial, FacetField::kLang,
                                              FacetField::kDate, FacetField::kSource};
const char* facet_name(FacetField field);

// How to count: our item spy (local databases), or Xapian's stock ValueCountMatchSpy, the
// only kind a stock xapian-tcpsrv can run for remote shards. Both give the same counts.
enum class FacetCounting { kItems, kStockSpies };

// One spy per field; attach to the Enquire that should be counted, then read after get_mset.
class FacetCounter {
 public:
  FacetCounter(FacetField field, FacetCounting counting);
  void attach(Xapian::Enquire& enquire) { enquire.add_matchspy(spy_.get()); }
  FacetField field() const { return field_; }
  // The facet's JSON list: countries/officials/lang by count (ties by value), at most
  // `size` values plus any selected value; dates in time order with every bucket, then
  // {"value": "undated", …} when some of the `matched` releases counted have no date.
  nlohmann::json to_json(const SearchRequest& request, const entities::CountryCatalog& countries,
                         Xapian::doccount matched) const;

 private:
  // The spy's values (packed strings or single items) with their document counts.
  std::vector<std::pair<std::string, Xapian::doccount>> counted() const;

  FacetField field_;
  FacetCounting counting_;
  std::unique_ptr<Xapian::MatchSpy> spy_;  // must outlive the Enquire it is attached to
};

// The date facet's bucket for releases without a known date (no spy sees an empty value,
// so it is the releases counted less those with a date).
inline constexpr std::string_view kUndatedBucket = "undated";

}  // namespace dipsearch
