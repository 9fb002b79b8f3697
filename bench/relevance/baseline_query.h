// What a search box built on a baseline engine receives: the query's words, and its date:
// range as the date filter such a box would offer beside the words.
#pragma once

#include <string>

namespace dipsearch::relevance {

struct BaselineQuery {
  std::string text;  // the query without its date: fields
  std::string from;  // date slot bounds ("YYYYMMDD", see common/search/date_range.h);
  std::string to;    // empty when open
  bool has_dates() const { return !from.empty() || !to.empty(); }
};

// Splits `date:FROM..TO` (either end may be missing) off a query typed in SPEC's language.
// A date field that is not a valid range stays in the text, where it matches nothing.
BaselineQuery split_date_filter(const std::string& query);

// A release's date ("YYYY-MM-DD", "YYYY-MM" or "") inside the bounds? Undated releases are
// outside every range.
bool within_dates(const BaselineQuery& query, const std::string& release_date);

}  // namespace dipsearch::relevance
