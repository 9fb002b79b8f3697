// Turns an engine-neutral query into a dipsearchd /api/search request with the same meaning:
// every word and phrase required (match=all), the peers' page size, filters by ISO code and
// official key, and only the facets the query asks for.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "bench/api/neutral_query.h"
#include "common/entities/extractor.h"

namespace dipsearch::bench {

class ApiTranslation {
 public:
  // Loads the reference data the indexer uses, so that names map to the codes and keys the
  // index holds. Throws entities::DataError.
  explicit ApiTranslation(const std::filesystem::path& data_dir);

  // The path and query string, e.g. "/api/search?q=...&match=all&per_page=10&facets=country".
  // Throws std::runtime_error naming the query when a country or official name maps to no
  // single code or key.
  std::string search_path(const NeutralQuery& query) const;
  // The same request as parameter names and values, in that order, not yet encoded.
  std::vector<std::pair<std::string, std::string>> search_params(const NeutralQuery& query) const;

  // "Japan" → "JP": the one ISO code the name stands for.
  std::string country_code(const std::string& name) const;

  // "Minister of Foreign Affairs Oh Seung-min" → "oh-seung-min": the key the extractor gives
  // the official named in that text, as it does when indexing a release.
  std::string official_key(const std::string& title_and_name) const;

  const entities::CountryCatalog& countries() const { return extractor_.countries(); }
  const entities::OfficialsRegistry& officials() const { return extractor_.officials(); }

 private:
  entities::EntityExtractor extractor_;
};

// Percent-encoding of one query-string value (RFC 3986 unreserved characters kept).
std::string url_encode(const std::string& value);

}  // namespace dipsearch::bench
