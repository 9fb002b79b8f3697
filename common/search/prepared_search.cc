// Query assembly shared by search, export and feeds.
#include "common/search/prepared_search.h"

#include <memory>

#include "common/query/query_parser.h"
#include "common/schema.h"
#include "common/search/api_error.h"

namespace dipsearch {
namespace {

using Q = Xapian::Query;

Q any_term(const std::vector<std::string>& values, std::string (*term)(std::string_view)) {
  std::vector<Q> terms;
  for (const auto& v : values) terms.emplace_back(term(v));
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

Q filtered(const Q& q, const Q& filter) {
  if (filter.empty() || q.empty()) return q;
  return Q(Q::OP_FILTER, q, filter);
}

BuiltQuery parse_and_build(const SearchRequest& r, const entities::CountryCatalog& countries,
                           const entities::OfficialsRegistry* officials) {
  query::NodePtr root;
  try {
    root = query::parse_query(r.q);
  } catch (const query::QuerySyntaxError& e) {
    throw ApiError(400, "invalid_query", "q", e.what());
  }
  // A q of only ignored items ("()", "\"\"") is a search for nothing, as one of only stop
  // words is; only a blank q browses every release.
  if (root == nullptr && !r.browsing()) return BuiltQuery{};
  return build_query(r.q, root.get(), r.match, countries, RankingParams{}, officials);
}

}  // namespace

PreparedSearch::PreparedSearch(const SearchRequest& request, const entities::CountryCatalog& countries,
                               const entities::OfficialsRegistry* officials)
    : request_(request), built_(parse_and_build(request, countries, officials)), sort_(request.effective_sort()) {}

bool PreparedSearch::filters_on(FacetField field) const {
  const SearchRequest& r = request_;
  switch (field) {
    case FacetField::kCountry: return !r.countries.empty();
    case FacetField::kOfficial: return !r.officials.empty();
    case FacetField::kLang: return !r.langs.empty();
    case FacetField::kDate: return !r.from.empty() || !r.to.empty();
    case FacetField::kSource: return !r.sources.empty();
  }
  return false;
}

Q PreparedSearch::filters(std::optional<FacetField> except) const {
  const SearchRequest& r = request_;
  std::vector<Q> parts;
  auto wanted = [&](FacetField f) { return filters_on(f) && except != f; };
  if (wanted(FacetField::kCountry)) parts.push_back(any_term(r.countries, schema::country_term));
  if (wanted(FacetField::kOfficial)) parts.push_back(any_term(r.officials, schema::official_term));
  if (wanted(FacetField::kLang)) parts.push_back(any_term(r.langs, schema::lang_term));
  if (wanted(FacetField::kSource)) parts.push_back(any_term(r.sources, schema::site_term));
  if (wanted(FacetField::kDate)) {
    if (r.from.empty()) parts.emplace_back(Q::OP_VALUE_LE, schema::kDateSlot, r.to);
    else if (r.to.empty()) parts.emplace_back(Q::OP_VALUE_GE, schema::kDateSlot, r.from);
    else parts.emplace_back(Q::OP_VALUE_RANGE, schema::kDateSlot, r.from, r.to);
  }
  if (parts.empty()) return Q();
  return Q(Q::OP_AND, parts.begin(), parts.end());
}

Q PreparedSearch::matching() const { return filtered(built_.matching, filters(std::nullopt)); }

Q PreparedSearch::partial() const {
  if (built_.partial.empty() || sort_ != SortOrder::kRelevance) return Q();
  return filtered(built_.partial, filters(std::nullopt));
}

Q PreparedSearch::matching_without(FacetField field) const {
  return filtered(built_.matching, filters(field));
}

void PreparedSearch::order(Xapian::Enquire& enquire, const Xapian::Query& query) const {
  switch (sort_) {
    case SortOrder::kRelevance:
      enquire.set_query(query);
      rank_by_relevance(enquire);
      break;
    case SortOrder::kDateDesc:
      // Undated releases' sort key ("00000000…") puts them last already.
      enquire.set_query(query);
      enquire.set_sort_by_value(schema::kSortSlot, true);
      break;
    case SortOrder::kDateAsc: {
      if (query.empty()) {
        enquire.set_query(query);
        break;
      }
      // The same key would put them first: a release with a date weighs 1 (a posting
      // source over the date slot, which an undated release lacks), one without 0, and
      // equal weights go up by the sort key. A stock posting source, so remote shards run it.
      auto dated = std::make_unique<Xapian::ValueMapPostingSource>(schema::kDateSlot);
      dated->set_default_weight(1.0);
      enquire.set_query(Q(Q::OP_AND_MAYBE, Q(Q::OP_SCALE_WEIGHT, query, 0.0), Q(dated.release()->release())));
      enquire.set_sort_by_relevance_then_value(schema::kSortSlot, false);
      break;
    }
  }
  if (request_.collapse_translations) enquire.set_collapse_key(schema::kVersionPairSlot);
}

}  // namespace dipsearch
