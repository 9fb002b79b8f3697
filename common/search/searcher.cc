// Search execution. Counts are exact: every get_mset asks to check all documents.
#include "common/search/searcher.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

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

// A release found, its linked versions (the value slot as stored) and its relevance weight.
struct FoundRelease {
  StoredDocument doc;
  std::string translations;
  double weight;
};

FoundRelease found(const Xapian::MSetIterator& it) {
  const Xapian::Document document = it.get_document();
  return {decode_stored(document.get_data()), document.get_value(schema::kTranslationsSlot), it.get_weight()};
}

json hit_json(const FoundRelease& release, const SearchRequest& r, const Highlighter& highlighter, bool partial,
              const entities::OfficialsRegistry* officials) {
  const StoredDocument& doc = release.doc;
  json hit = summary_json(doc);
  hit["translations"] = translations_json(release.translations);
  if (officials && r.wants_field("officials")) add_roles_on(hit["officials"], *officials, doc.date);
  // Only the snippet costs anything to make: it is not made unless asked for.
  if (r.wants_field("snippet")) hit["snippet"] = highlighter.snippet(doc.body);
  hit["score"] = shown_score(release.weight);
  if (!r.fields.empty()) {
    for (auto field = hit.begin(); field != hit.end();) field = r.wants_field(field.key()) ? std::next(field) : hit.erase(field);
  }
  if (partial) hit["partial"] = true;
  return hit;
}

// How many releases a query matches, exactly: every match visited, none weighed.
Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// Gives releases found in an order that ranks by a weight of its own (date_asc) their
// relevance weights for the query, as the other orders show them.
void weigh_by_relevance(const Xapian::Database& db, const PreparedSearch& search, std::vector<FoundRelease>& releases) {
  if (releases.empty()) return;
  std::vector<Xapian::Query> ids;
  for (const auto& release : releases) ids.emplace_back(schema::id_term(release.doc.id));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, search.matching(),
                                  Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end())));
  rank_by_relevance(enquire);
  std::unordered_map<std::string, double> weights;
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(releases.size()));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    weights.emplace(schema::id_of_sort_key(it.get_sort_key()), it.get_weight());
  }
  for (auto& release : releases) release.weight = weights[release.doc.id];
}

}  // namespace

bool is_valid_document_id(std::string_view id) { return is_valid_release_id(id); }

namespace {

// What one lane found: its best hits (the first `wanted` by the search's order), how many
// releases matched its share, and their facet counts with the releases each counter saw.
struct LaneMatch {
  Xapian::MSet mset;
  Xapian::doccount total = 0;
  std::vector<std::unique_ptr<FacetCounter>> counters;
  std::vector<Xapian::doccount> counted;  // by counter
};

// The queries of one lane: the match set, and the match sets of the facets counted apart.
// Xapian's query objects count references without atomics, so no two lanes may share one:
// the lanes after the first match copies made before they start.
struct LaneQueries {
  Xapian::Query matching;
  std::vector<FacetField> counted_along;  // counted on the match itself
  std::vector<std::pair<FacetField, Xapian::Query>> counted_apart;
};

LaneQueries lane_queries(const PreparedSearch& search, const SearchRequest& r, bool columns, bool copy) {
  auto own = [copy](const Xapian::Query& q) { return copy ? Xapian::Query::unserialise(q.serialise()) : q; };
  LaneQueries out{own(search.matching()), {}, {}};
  for (FacetField field : kFacetFields) {
    if (!r.wants_facet(facet_name(field))) continue;
    if (!search.filters_on(field) && columns) {
      out.counted_along.push_back(field);
    } else {
      // Disjunctive counts: this field's values counted without its own filter. Over
      // remote shards also unfiltered fields: stock spies on a page-sized remote search
      // counted some documents twice (seen with Xapian 1.4.22), on a count-only one never.
      out.counted_apart.emplace_back(field, own(search.matching_without(field)));
    }
  }
  return out;
}

void match_lane(const SearchIndex& index, const PreparedSearch& search, const LaneQueries& queries,
                Xapian::doccount first, Xapian::doccount wanted, unsigned lane, unsigned lanes, LaneMatch& out) {
  const Xapian::Database& db = index.lane(lane);
  const Xapian::doccount all = db.get_doccount();
  // Facet columns are per shard: over several, the docid share also tracks the shard.
  ShardTracker tracker{index.shard_ids(), 0};
  const ShardColumns columns = index.columns(&tracker.current);
  ShardTracker* shards = columns.current_shard != nullptr ? &tracker : nullptr;
  const ShardColumns* counting = index.has_columns() ? &columns : nullptr;
  Xapian::Enquire enquire(db);
  search.order(enquire, lane_share(queries.matching, lane, lanes, shards));
  for (FacetField field : queries.counted_along) {
    out.counters.push_back(std::make_unique<FacetCounter>(field, counting));
    out.counters.back()->attach(enquire);
  }
  std::vector<std::unique_ptr<Xapian::Enquire>> facet_enquires;
  for (const auto& [field, query] : queries.counted_apart) {
    out.counters.push_back(std::make_unique<FacetCounter>(field, counting));
    auto e = std::make_unique<Xapian::Enquire>(db);
    e->set_query(lane_share(query, lane, lanes, shards));
    e->set_weighting_scheme(Xapian::BoolWeight());
    out.counters.back()->attach(*e);
    facet_enquires.push_back(std::move(e));
  }
  out.mset = enquire.get_mset(first, wanted, all);
  out.total = out.mset.get_matches_estimated();
  out.counted.assign(queries.counted_along.size(), out.total);
  for (auto& e : facet_enquires) out.counted.push_back(e->get_mset(0, 0, all).get_matches_estimated());
}

// A hit of some lane, and what orders it among the others: its weight and sort key, as the
// matcher ordered it within its lane.
struct LaneHit {
  Xapian::MSetIterator it;
  double weight;
  std::string key;
};

// The hits of every lane in the search's order, from the first-th on, at most `count`.
std::vector<LaneHit> merged_page(const std::vector<LaneMatch>& lanes, SortOrder sort, Xapian::doccount first,
                                 Xapian::doccount count) {
  std::vector<LaneHit> hits;
  for (const auto& lane : lanes) {
    for (auto it = lane.mset.begin(); it != lane.mset.end(); ++it) hits.push_back({it, it.get_weight(), it.get_sort_key()});
  }
  auto before = [sort](const LaneHit& a, const LaneHit& b) {
    switch (sort) {
      case SortOrder::kRelevance: return a.weight != b.weight ? a.weight > b.weight : a.key > b.key;
      case SortOrder::kDateDesc: return a.key > b.key;
      // Dated (weight 1) before undated (0), each going up by key (PreparedSearch::order).
      case SortOrder::kDateAsc: return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
    }
    return false;
  };
  std::sort(hits.begin(), hits.end(), before);
  hits.erase(hits.begin(), hits.begin() + std::min<size_t>(first, hits.size()));
  if (hits.size() > count) hits.resize(count);
  return hits;
}

}  // namespace

json Searcher::search(const Xapian::Database& db, const SearchRequest& r, FacetCounting counting) const {
  return Searcher(countries_, officials_).search(SearchIndex::of(db, counting == FacetCounting::kColumns), r);
}

json Searcher::search(const SearchIndex& index, const SearchRequest& r) const {
  const PreparedSearch search(r, countries_, officials_);
  std::optional<LanePool::Running> running;
  if (lane_pool_ != nullptr) running.emplace(*lane_pool_);
  // Lanes add up their facet counts, which only columns can. A collapsed search runs as one
  // lane: the two versions of a pair may lie in two lanes' shares.
  std::optional<LanePool::Lanes> claimed;
  if (lane_pool_ != nullptr && index.has_columns() && !search.collapses_translations()) {
    claimed.emplace(*lane_pool_, index.lanes());
  }
  const size_t lanes = claimed ? claimed->count() : 1;

  // One lane asks for its page; several ask each for everything up to the page's end, and
  // the page is cut from their merged hits.
  const Xapian::doccount first = static_cast<Xapian::doccount>(r.first_hit());
  const Xapian::doccount per_page = static_cast<Xapian::doccount>(r.per_page);
  std::vector<LaneMatch> parts(lanes);
  std::vector<LaneQueries> queries;
  for (size_t lane = 0; lane < lanes; ++lane) queries.push_back(lane_queries(search, r, index.has_columns(), lane > 0));
  if (lanes == 1) {
    match_lane(index, search, queries[0], first, per_page, 0, 1, parts[0]);
  } else {
    std::vector<std::function<void()>> tasks;
    for (unsigned lane = 0; lane < lanes; ++lane) {
      tasks.emplace_back([&, lane] {
        match_lane(index, search, queries[lane], 0, first + per_page, lane, static_cast<unsigned>(lanes), parts[lane]);
      });
    }
    lane_pool_->run(tasks);
  }
  claimed.reset();  // the lanes' cores are free for other searches from here
  Xapian::doccount total = 0;
  for (const auto& part : parts) total += part.total;
  json facets = json::object();
  json facet_stats = json::object();
  for (size_t i = 0; i < parts[0].counters.size(); ++i) {
    Xapian::doccount counted = parts[0].counted[i];
    for (size_t lane = 1; lane < lanes; ++lane) {
      parts[0].counters[i]->add(*parts[lane].counters[i]);
      counted += parts[lane].counted[i];
    }
    const FacetField field = parts[0].counters[i]->field();
    json* stats = field == FacetField::kDate ? nullptr : &facet_stats[facet_name(field)];
    json& facet = facets[facet_name(field)] = parts[0].counters[i]->to_json(r, countries_, counted, stats);
    if (officials_ && field == FacetField::kOfficial) add_facet_roles(facet, *officials_, r.from, r.to);
  }

  const Highlighter highlighter(search.highlight());
  std::vector<FoundRelease> page;
  if (lanes == 1) {
    for (auto it = parts[0].mset.begin(); it != parts[0].mset.end(); ++it) page.push_back(found(it));
  } else {
    for (const LaneHit& hit : merged_page(parts, search.sort(), first, per_page)) page.push_back(found(hit.it));
  }
  if (search.orders_by_weight()) weigh_by_relevance(index.db(), search, page);
  json hits = json::array();
  for (const auto& release : page) hits.push_back(hit_json(release, r, highlighter, false, officials_));

  // match=auto: releases with some of the words follow once the full matches run out.
  Xapian::doccount total_partial = 0;
  if (const Xapian::Query partial_query = search.partial(); !partial_query.empty()) {
    const Xapian::Database& db = index.db();
    const Xapian::doccount end = first + per_page;
    const Xapian::doccount partial_first = first > total ? first - total : 0;
    const Xapian::doccount wanted = end > std::max(first, total) ? end - std::max(first, total) : 0;
    if (wanted == 0 && !search.collapses_translations()) {
      // The full matches fill the page, so only the tail's count is shown: counted without
      // weights, Xapian leaves out what only weighs (the words' nearness and coordination)
      // and ranks nothing. Collapsed counts keep the ranked match, whose copies they drop.
      total_partial = count_matches(db, partial_query);
    } else {
      Xapian::Enquire partial(db);
      search.order(partial, partial_query);
      Xapian::MSet pm = partial.get_mset(partial_first, wanted, db.get_doccount());
      total_partial = pm.get_matches_estimated();
      const Highlighter partial_highlighter(search.partial_highlight());
      for (auto it = pm.begin(); it != pm.end(); ++it) {
        hits.push_back(hit_json(found(it), r, partial_highlighter, true, officials_));
      }
    }
  }

  json out = {{"total", total},
              {"total_partial", total_partial},
              {"page", r.page},
              {"per_page", r.per_page},
              {"hits", std::move(hits)},
              {"facets", std::move(facets)},
              {"facet_stats", std::move(facet_stats)},
              {"ignored_words", search.ignored_words()}};
  if (total == 0 && !r.q.empty()) {
    if (auto suggestion = suggestion_that_finds(index.db(), r)) out["suggestion"] = std::move(*suggestion);
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
  const Xapian::Document document = db.get_document(docid_of(db, id));
  StoredDocument doc = decode_stored(document.get_data());
  json out = to_json(doc);
  out["translations"] = translations_json(document.get_value(schema::kTranslationsSlot));
  out["officials"] = officials_json(doc.officials);
  if (officials_) add_roles_on(out["officials"], *officials_, doc.date);
  // Where the release was read from, without the server's directories: they are nobody's
  // business but the admin's, and they change when the corpus moves.
  out["source_file"] = std::filesystem::path(doc.source_file).filename().string();
  return out;
}

}  // namespace dipsearch
