// Runs searches and document look-ups against a Xapian database (one local database, or
// several shards): matching, the partial tail of match=auto, facets, hits and snippets.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/search/facets.h"
#include "common/search/search_request.h"

namespace dipsearch {

class Searcher {
 public:
  // officials: the registry that links spellings of one person's name (may be null).
  explicit Searcher(const entities::CountryCatalog& countries,
                    const entities::OfficialsRegistry* officials = nullptr)
      : countries_(countries), officials_(officials) {}

  // SPEC's search response (without took_ms, which the caller measures). Throws ApiError
  // for a query that does not parse; Xapian errors propagate.
  // Over remote shards, facets must be counted with FacetCounting::kStockSpies.
  nlohmann::json search(const Xapian::Database& db, const SearchRequest& request,
                        FacetCounting counting = FacetCounting::kItems) const;

  // The whole stored document; ApiError 404 when no release has that id.
  nlohmann::json document(const Xapian::Database& db, const std::string& id) const;

 private:
  // A spelling correction of r.q that finds releases with every word and r's filters.
  std::optional<std::string> suggestion_that_finds(const Xapian::Database& db, const SearchRequest& r) const;

  const entities::CountryCatalog& countries_;
  const entities::OfficialsRegistry* officials_;
};

// The valid document id form, the one the indexer accepts (common/release/release_id.h).
bool is_valid_document_id(std::string_view id);

// The Xapian document of a release id: ApiError 400 for an id of the wrong form, 404 when
// no release has it.
Xapian::docid docid_of(const Xapian::Database& db, const std::string& id);

}  // namespace dipsearch
