// Search execution. Counts are exact: every get_mset asks to check all documents.
#include "common/search/searcher.h"

#include <algorithm>
#include <optional>

#include "common/index/stored_document.h"
#include "common/query/query_parser.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/facets.h"
#include "common/search/highlighter.h"

namespace dipsearch {
namespace {

using nlohmann::json;
using Q = Xapian::Query;

Q any_term(const std::vector<std::string>& values, std::string (*term)(std::string_view)) {
  std::vector<Q> terms;
  for (const auto& v : values) terms.emplace_back(term(v));
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

// The filters of a request, all but `except` (disjunctive facets leave out their own).
Q filters(const SearchRequest& r, std::optional<FacetField> except = std::nullopt) {
  std::vector<Q> parts;
  if (!r.countries.empty() && except != FacetField::kCountry) parts.push_back(any_term(r.countries, schema::country_term));
  if (!r.officials.empty() && except != FacetField::kOfficial) parts.push_back(any_term(r.officials, schema::official_term));
  if (!r.langs.empty() && except != FacetField::kLang) parts.push_back(any_term(r.langs, schema::lang_term));
  if ((!r.from.empty() || !r.to.empty()) && except != FacetField::kDate) {
    if (r.from.empty()) parts.emplace_back(Q::OP_VALUE_LE, schema::kDateSlot, r.to);
    else if (r.to.empty()) parts.emplace_back(Q::OP_VALUE_GE, schema::kDateSlot, r.from);
    else parts.emplace_back(Q::OP_VALUE_RANGE, schema::kDateSlot, r.from, r.to);
  }
  if (parts.empty()) return Q();
  return Q(Q::OP_AND, parts.begin(), parts.end());
}

Q filtered(const Q& q, const Q& filter) {
  if (filter.empty() || q.empty()) return q;
  return Q(Q::OP_FILTER, q, filter);
}

bool has_filter(const SearchRequest& r, FacetField f) {
  switch (f) {
    case FacetField::kCountry: return !r.countries.empty();
    case FacetField::kOfficial: return !r.officials.empty();
    case FacetField::kLang: return !r.langs.empty();
    case FacetField::kDate: return !r.from.empty() || !r.to.empty();
  }
  return false;
}

void apply_sort(Xapian::Enquire& enquire, SortOrder sort) {
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  switch (sort) {
    case SortOrder::kRelevance:
      enquire.set_sort_by_relevance();
      break;
    case SortOrder::kDateDesc:
      enquire.set_sort_by_value(schema::kDateSlot, true);
      enquire.set_docid_order(Xapian::Enquire::DESCENDING);
      break;
    case SortOrder::kDateAsc:
      enquire.set_sort_by_value(schema::kDateSlot, false);
      enquire.set_docid_order(Xapian::Enquire::ASCENDING);
      break;
  }
}

json officials_json(const std::vector<StoredOfficial>& officials) {
  json out = json::array();
  for (const auto& o : officials) {
    json entry = {{"key", o.key}, {"name", o.name}};
    if (!o.name_en.empty()) entry["name_en"] = o.name_en;
    if (!o.name_ko.empty()) entry["name_ko"] = o.name_ko;
    if (!o.title.empty()) entry["title"] = o.title;
    out.push_back(std::move(entry));
  }
  return out;
}

json hit_json(const Xapian::MSetIterator& it, const HighlightTerms& highlight, bool partial) {
  StoredDocument doc = decode_stored(it.get_document().get_data());
  json hit = {{"id", doc.id},
              {"title", doc.title},
              {"date", doc.date},
              {"lang", doc.lang},
              {"url", doc.url},
              {"countries", doc.countries},
              {"officials", officials_json(doc.officials)},
              {"snippet", make_snippet(doc.body, highlight)},
              {"score", it.get_weight()}};
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

json Searcher::search(const Xapian::Database& db, const SearchRequest& r) const {
  query::NodePtr root;
  try {
    root = query::parse_query(r.q);
  } catch (const query::QuerySyntaxError& e) {
    throw ApiError(400, "invalid_query", "q", e.what());
  }
  BuiltQuery built = build_query(r.q, root.get(), r.match, countries_);
  const Xapian::doccount all = db.get_doccount();
  const SortOrder sort = r.effective_sort();
  const Q filter = filters(r);

  Xapian::Enquire enquire(db);
  enquire.set_query(filtered(built.matching, filter));
  apply_sort(enquire, sort);
  std::vector<std::unique_ptr<FacetCounter>> counters;
  std::vector<std::unique_ptr<Xapian::Enquire>> facet_enquires;
  for (FacetField field : kFacetFields) {
    counters.push_back(std::make_unique<FacetCounter>(field));
    if (!has_filter(r, field)) {
      counters.back()->attach(enquire);
    } else {
      // Disjunctive counts: this field's values counted without its own filter.
      auto e = std::make_unique<Xapian::Enquire>(db);
      e->set_query(filtered(built.matching, filters(r, field)));
      e->set_weighting_scheme(Xapian::BoolWeight());
      counters.back()->attach(*e);
      facet_enquires.push_back(std::move(e));
    }
  }

  const Xapian::doccount first = static_cast<Xapian::doccount>((r.page - 1) * r.per_page);
  Xapian::MSet mset = enquire.get_mset(first, r.per_page, all);
  for (auto& e : facet_enquires) e->get_mset(0, 0, all);
  const Xapian::doccount total = mset.get_matches_estimated();

  json hits = json::array();
  for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(hit_json(it, built.highlight, false));

  // match=auto: releases with some of the words follow once the full matches run out.
  Xapian::doccount total_partial = 0;
  if (!built.partial.empty() && sort == SortOrder::kRelevance) {
    Xapian::Enquire partial(db);
    partial.set_query(filtered(built.partial, filter));
    apply_sort(partial, sort);
    const Xapian::doccount end = first + r.per_page;
    const Xapian::doccount partial_first = first > total ? first - total : 0;
    const Xapian::doccount wanted = end > std::max(first, total) ? end - std::max(first, total) : 0;
    Xapian::MSet pm = partial.get_mset(partial_first, wanted, all);
    total_partial = pm.get_matches_estimated();
    for (auto it = pm.begin(); it != pm.end(); ++it) hits.push_back(hit_json(it, built.highlight, true));
  }

  json facets = json::object();
  for (size_t i = 0; i < counters.size(); ++i) {
    facets[facet_name(kFacetFields[i])] = counters[i]->to_json(r, countries_);
  }
  return {{"total", total},
          {"total_partial", total_partial},
          {"page", r.page},
          {"per_page", r.per_page},
          {"hits", std::move(hits)},
          {"facets", std::move(facets)}};
}

json Searcher::document(const Xapian::Database& db, const std::string& id) const {
  if (!is_valid_document_id(id)) {
    throw ApiError(400, "invalid_parameter", "id",
                   "a document id is 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
  }
  Xapian::PostingIterator it = db.postlist_begin(schema::id_term(id));
  if (it == db.postlist_end(schema::id_term(id))) {
    throw ApiError(404, "not_found", "id", "no release has the id '" + id + "'");
  }
  StoredDocument doc = decode_stored(db.get_document(*it).get_data());
  json out = to_json(doc);
  out["officials"] = officials_json(doc.officials);
  return out;
}

}  // namespace dipsearch
