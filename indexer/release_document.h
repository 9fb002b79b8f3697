// A parsed release plus its entities becomes the document the index stores.
#pragma once

#include <string>

#include "common/entities/extractor.h"
#include "common/index/stored_document.h"
#include "common/release/release.h"
#include "common/release/site.h"

namespace dipsearch::indexer {

// Countries and officials come from the extractor, which includes those a JSON source states;
// the site and its labels from the catalog (the explicit site key, else the URL's host).
StoredDocument make_stored_document(const Release& release, const entities::EntityExtractor& extractor,
                                    const SiteCatalog& sites, const std::string& indexed_at);

}  // namespace dipsearch::indexer
