// Exact facet counts. Each field is counted with Xapian's stock ValueCountMatchSpy over
// its value slot, then the packed multi-value strings are split, so a release with three
// countries counts once for each. Stock spies also run on remote shards (xapian-tcpsrv).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/search_request.h"

namespace dipsearch {

enum class FacetField { kCountry, kOfficial, kLang, kDate };
inline constexpr FacetField kFacetFields[] = {FacetField::kCountry, FacetField::kOfficial,
                                              FacetField::kLang, FacetField::kDate};
const char* facet_name(FacetField field);

// One spy per field; attach to the Enquire that should be counted, then read after get_mset.
class FacetCounter {
 public:
  explicit FacetCounter(FacetField field);
  void attach(Xapian::Enquire& enquire) { enquire.add_matchspy(spy_.get()); }
  // The facet's JSON list: countries/officials/lang by count (ties by value), at most
  // `size` values plus any selected value; dates in time order with every bucket.
  nlohmann::json to_json(const SearchRequest& request, const entities::CountryCatalog& countries) const;

 private:
  FacetField field_;
  std::unique_ptr<Xapian::ValueCountMatchSpy> spy_;  // must outlive the Enquire it is attached to
};

}  // namespace dipsearch
