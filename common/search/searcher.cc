// Search execution. Counts are exact: every get_mset asks to check all documents.
#include "common/search/searcher.h"

#include <algorithm>
#include <optional>

#include "common/index/stored_document.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/facets.h"
#include "common/search/highlighter.h"
#include "common/search/prepared_search.h"
#include "common/search/result_rows.h"

namespace dipsearch {
namespace {

using nlohmann::json;

json hit_json(const Xapian::MSetIterator& it, const Highlighter& highlighter, bool partial) {
  StoredDocument doc = decode_stored(it.get_document().get_data());
  json hit = summary_json(doc);
  hit["snippet"] = highlighter.snippet(doc.body);
  hit["score"] = shown_score(it.get_weight());
  if (partial) hit["partial"] = true;
  return hit;
}

}  // namespace

bool is_valid_document_id(std::string_view id) {
  return !id.empty() && id.size() <= 128 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
  });
}

json Searcher::search(const Xapian::Database& db, const SearchRequest& r, FacetCounting counting) const {
  const PreparedSearch search(r, countries_, officials_);
  const Xapian::doccount all = db.get_doccount();

  Xapian::Enquire enquire(db);
  enquire.set_query(search.matching());
  search.apply_sort(enquire);
  std::vector<std::unique_ptr<FacetCounter>> counters;
  std::vector<std::unique_ptr<Xapian::Enquire>> facet_enquires;
  for (FacetField field : kFacetFields) {
    if (!r.wants_facet(facet_name(field))) continue;
    counters.push_back(std::make_unique<FacetCounter>(field, counting));
    if (!search.filters_on(field) && counting == FacetCounting::kItems) {
      counters.back()->attach(enquire);
    } else {
      // Disjunctive counts: this field's values counted without its own filter. Over
      // remote shards also unfiltered fields: stock spies on a page-sized remote search
      // counted some documents twice (seen with Xapian 1.4.22), on a count-only one never.
      auto e = std::make_unique<Xapian::Enquire>(db);
      e->set_query(search.matching_without(field));
      e->set_weighting_scheme(Xapian::BoolWeight());
      counters.back()->attach(*e);
      facet_enquires.push_back(std::move(e));
    }
  }

  const Xapian::doccount first = static_cast<Xapian::doccount>((r.page - 1) * r.per_page);
  Xapian::MSet mset = enquire.get_mset(first, r.per_page, all);
  for (auto& e : facet_enquires) e->get_mset(0, 0, all);
  const Xapian::doccount total = mset.get_matches_estimated();
  json facets = json::object();
  for (const auto& counter : counters) facets[facet_name(counter->field())] = counter->to_json(r, countries_);

  const Highlighter highlighter(search.highlight());
  json hits = json::array();
  for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(hit_json(it, highlighter, false));

  // match=auto: releases with some of the words follow once the full matches run out.
  Xapian::doccount total_partial = 0;
  if (const Xapian::Query partial_query = search.partial(); !partial_query.empty()) {
    Xapian::Enquire partial(db);
    partial.set_query(partial_query);
    search.apply_sort(partial);
    const Xapian::doccount end = first + r.per_page;
    const Xapian::doccount partial_first = first > total ? first - total : 0;
    const Xapian::doccount wanted = end > std::max(first, total) ? end - std::max(first, total) : 0;
    Xapian::MSet pm = partial.get_mset(partial_first, wanted, all);
    total_partial = pm.get_matches_estimated();
    for (auto it = pm.begin(); it != pm.end(); ++it) hits.push_back(hit_json(it, highlighter, true));
  }

  return {{"total", total},
          {"total_partial", total_partial},
          {"page", r.page},
          {"per_page", r.per_page},
          {"hits", std::move(hits)},
          {"facets", std::move(facets)}};
}

Xapian::docid docid_of(const Xapian::Database& db, const std::string& id) {
  if (!is_valid_document_id(id)) {
    throw ApiError(400, "invalid_parameter", "id",
                   "a document id is 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
  }
  const std::string term = schema::id_term(id);
  Xapian::PostingIterator it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) throw ApiError(404, "not_found", "id", "no release has the id '" + id + "'");
  return *it;
}

json Searcher::document(const Xapian::Database& db, const std::string& id) const {
  StoredDocument doc = decode_stored(db.get_document(docid_of(db, id)).get_data());
  json out = to_json(doc);
  out["officials"] = officials_json(doc.officials);
  return out;
}

}  // namespace dipsearch
