// A search request turned into Xapian queries once: the match set with every filter, the
// partial tail of match=auto, per-field variants for disjunctive facets, and the sort.
// Search, export and feeds all start here, so they agree on what "the matches" are.
#pragma once

#include <optional>

#include <xapian.h>

#include "common/search/facets.h"
#include "common/search/query_builder.h"
#include "common/search/search_request.h"

namespace dipsearch {

class PreparedSearch {
 public:
  // Throws ApiError (400, invalid_query) when q does not parse or means nothing.
  PreparedSearch(const SearchRequest& request, const entities::CountryCatalog& countries,
                 const entities::OfficialsRegistry* officials = nullptr);

  // The result set: every word (or any, for match=any) and every filter.
  Xapian::Query matching() const;
  // match=auto's releases with some of the words; empty when there is no such tail.
  Xapian::Query partial() const;
  // The result set without one field's own filter, for that field's disjunctive counts.
  Xapian::Query matching_without(FacetField field) const;
  bool filters_on(FacetField field) const;
  // q holds nothing to search for (only stop words, punctuation, empty phrases or
  // groups): the search finds nothing, and its answer says why.
  bool nothing_to_search() const { return built_.matching.empty(); }

  SortOrder sort() const { return sort_; }
  bool collapses_translations() const { return request_.collapse_translations; }
  const HighlightTerms& highlight() const { return built_.highlight; }
  // What partial() releases are marked by: also the parts of a word they may hold alone.
  const HighlightTerms& partial_highlight() const { return built_.partial_highlight; }
  // The query's words left out as stop words.
  const std::vector<std::string>& ignored_words() const { return built_.ignored; }

  // Sets the weighting and order of an Enquire for this search, and with collapse=translations
  // one match per linked pair (Xapian's collapse on kVersionPairSlot: the better-ranked stays).
  void apply_sort(Xapian::Enquire& enquire) const;

 private:
  Xapian::Query filters(std::optional<FacetField> except) const;

  SearchRequest request_;  // a copy: exports outlive the handler's request
  BuiltQuery built_;
  SortOrder sort_;
};

}  // namespace dipsearch
