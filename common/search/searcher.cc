// Search execution. Counts are exact: every get_mset asks to check all documents.
#include "common/search/searcher.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <optional>

#include "common/index/stored_document.h"
#include "common/release/release_id.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/facets.h"
#include "common/search/highlighter.h"
#include "common/search/prepared_search.h"
#include "common/search/official_roles.h"
#include "common/search/result_rows.h"
#include "common/search/spelling_suggestion.h"

namespace dipsearch {
namespace {

using nlohmann::json;

json hit_json(const Xapian::MSetIterator& it, const SearchRequest& r, const HighlightTerms& highlight, bool partial,
              const entities::OfficialsRegistry* officials) {
  StoredDocument doc = decode_stored(it.get_document().get_data());
  json hit = summary_json(doc);
  if (officials && r.wants_field("officials")) add_roles_on(hit["officials"], *officials, doc.date);
  // Only the snippet costs anything to make: it is not made unless asked for.
  if (r.wants_field("snippet")) hit["snippet"] = make_snippet(doc.body, highlight);
  hit["score"] = shown_score(it.get_weight());
  if (!r.fields.empty()) {
    for (auto field = hit.begin(); field != hit.end();) field = r.wants_field(field.key()) ? std::next(field) : hit.erase(field);
  }
  if (partial) hit["partial"] = true;
  return hit;
}

}  // namespace

bool is_valid_document_id(std::string_view id) { return is_valid_release_id(id); }

json Searcher::search(const Xapian::Database& db, const SearchRequest& r, FacetCounting counting) const {
  const PreparedSearch search(r, countries_, officials_);
  const Xapian::doccount all = db.get_doccount();

  Xapian::Enquire enquire(db);
  enquire.set_query(search.matching());
  search.apply_sort(enquire);
  std::vector<std::unique_ptr<FacetCounter>> counters;
  std::vector<std::unique_ptr<Xapian::Enquire>> facet_enquires;
  // For each counter, the facet Enquire it counts (by index), or none for the main one.
  std::vector<std::optional<size_t>> counted_by;
  for (FacetField field : kFacetFields) {
    if (!r.wants_facet(facet_name(field))) continue;
    counters.push_back(std::make_unique<FacetCounter>(field, counting));
    if (!search.filters_on(field) && counting == FacetCounting::kItems) {
      counters.back()->attach(enquire);
      counted_by.emplace_back();
    } else {
      // Disjunctive counts: this field's values counted without its own filter. Over
      // remote shards also unfiltered fields: stock spies on a page-sized remote search
      // counted some documents twice (seen with Xapian 1.4.22), on a count-only one never.
      auto e = std::make_unique<Xapian::Enquire>(db);
      e->set_query(search.matching_without(field));
      e->set_weighting_scheme(Xapian::BoolWeight());
      counters.back()->attach(*e);
      counted_by.emplace_back(facet_enquires.size());
      facet_enquires.push_back(std::move(e));
    }
  }

  const Xapian::doccount first = static_cast<Xapian::doccount>((r.page - 1) * r.per_page);
  Xapian::MSet mset = enquire.get_mset(first, r.per_page, all);
  std::vector<Xapian::doccount> facet_matched;
  for (auto& e : facet_enquires) facet_matched.push_back(e->get_mset(0, 0, all).get_matches_estimated());
  const Xapian::doccount total = mset.get_matches_estimated();
  json facets = json::object();
  for (size_t i = 0; i < counters.size(); ++i) {
    const Xapian::doccount matched = counted_by[i] ? facet_matched[*counted_by[i]] : total;
    json& facet = facets[facet_name(counters[i]->field())] = counters[i]->to_json(r, countries_, matched);
    if (officials_ && counters[i]->field() == FacetField::kOfficial) add_facet_roles(facet, *officials_, r.from, r.to);
  }

  json hits = json::array();
  for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(hit_json(it, r, search.highlight(), false, officials_));

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
    for (auto it = pm.begin(); it != pm.end(); ++it) {
      hits.push_back(hit_json(it, r, search.partial_highlight(), true, officials_));
    }
  }

  json out = {{"total", total},
              {"total_partial", total_partial},
              {"page", r.page},
              {"per_page", r.per_page},
              {"hits", std::move(hits)},
              {"facets", std::move(facets)},
              {"ignored_words", search.ignored_words()}};
  if (total == 0 && !r.q.empty()) {
    if (auto suggestion = suggestion_that_finds(db, r)) out["suggestion"] = std::move(*suggestion);
  }
  if (search.nothing_to_search()) {
    out["notice"] = {{"code", "nothing_to_search"},
                     {"message", "q has no word to search for: English stop words such as 'the' count only "
                                 "inside quotes, and punctuation and empty groups are ignored; leave q empty "
                                 "to list every release"}};
  }
  return out;
}

std::optional<std::string> Searcher::suggestion_that_finds(const Xapian::Database& db, const SearchRequest& r) const {
  std::optional<std::string> suggestion = suggest_spelling(db, r.q);
  if (!suggestion) return std::nullopt;
  SearchRequest corrected = r;
  corrected.q = *suggestion;
  const PreparedSearch search(corrected, countries_, officials_);
  Xapian::Enquire enquire(db);
  enquire.set_query(search.matching());
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (enquire.get_mset(0, 1).empty()) return std::nullopt;
  return suggestion;
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
  if (officials_) add_roles_on(out["officials"], *officials_, doc.date);
  // Where the release was read from, without the server's directories: they are nobody's
  // business but the admin's, and they change when the corpus moves.
  out["source_file"] = std::filesystem::path(doc.source_file).filename().string();
  return out;
}

}  // namespace dipsearch
