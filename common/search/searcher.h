// Runs searches and document look-ups against a Xapian database (one local database, or
// several shards): matching (on several cores when the index has lanes and the machine is
// idle enough), the partial tail of match=auto, facets, hits and snippets.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/facets.h"
#include "common/search/match_lanes.h"
#include "common/search/search_index.h"
#include "common/search/search_request.h"

namespace dipsearch {

class Searcher {
 public:
  // officials: the registry that links spellings of one person's name (may be null).
  // lane_pool: helper threads that match parts of a search (null: one thread per search).
  explicit Searcher(const entities::CountryCatalog& countries,
                    const entities::OfficialsRegistry* officials = nullptr, LanePool* lane_pool = nullptr)
      : countries_(countries), officials_(officials), lane_pool_(lane_pool) {}

  // SPEC's search response (without took_ms, which the caller measures). Throws ApiError
  // for a query that does not parse; Xapian errors propagate.
  nlohmann::json search(const SearchIndex& index, const SearchRequest& request) const;
  // The same over a database opened elsewhere, on one thread (tools, tests): facets from
  // columns read for this search, or with stock spies, which remote shards need.
  nlohmann::json search(const Xapian::Database& db, const SearchRequest& request,
                        FacetCounting counting = FacetCounting::kColumns) const;

  // The whole stored document; ApiError 404 when no release has that id.
  nlohmann::json document(const Xapian::Database& db, const std::string& id) const;

 private:
  // A spelling correction of r.q that finds releases with every word and r's filters.
  std::optional<std::string> suggestion_that_finds(const Xapian::Database& db, const SearchRequest& r) const;

  const entities::CountryCatalog& countries_;
  const entities::OfficialsRegistry* officials_;
  LanePool* lane_pool_;
};

// The valid document id form, the one the indexer accepts (common/release/release_id.h).
bool is_valid_document_id(std::string_view id);

// The Xapian document of a release id: ApiError 400 for an id of the wrong form, 404 when
// no release has it.
Xapian::docid docid_of(const Xapian::Database& db, const std::string& id);

}  // namespace dipsearch
