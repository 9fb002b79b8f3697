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

  // Gives an Enquire a query of this search (matching(), a part of it, or partial()) in
  // this search's order, with its weighting, and with collapse=translations one match per
  // linked pair (Xapian's collapse on kVersionPairSlot: the better-ranked stays). Undated
  // releases come last in both date orders: in date_asc the weights then only say which
  // are dated (see orders_by_weight).
  void order(Xapian::Enquire& enquire, const Xapian::Query& query) const;
  // Whether order() ranks by a weight of its own rather than the query's relevance: the
  // weights of its matches are then no scores to show (relevance_weights gives those).
  bool orders_by_weight() const { return sort_ == SortOrder::kDateAsc; }

 private:
  Xapian::Query filters(std::optional<FacetField> except) const;

  SearchRequest request_;  // a copy: exports outlive the handler's request
  BuiltQuery built_;
  SortOrder sort_;
};

}  // namespace dipsearch
