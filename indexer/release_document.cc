// Joins a parsed release with its entities into the stored document.
#include "indexer/release_document.h"

namespace dipsearch::indexer {

StoredDocument make_stored_document(const Release& release, const entities::EntityExtractor& extractor,
                                    const SiteCatalog& sites, const std::string& indexed_at) {
  StoredDocument doc;
  doc.id = release.id;
  doc.title = release.title;
  doc.date = release.date;
  doc.lang = release.lang;
  doc.url = release.url;
  doc.source_file = release.source;
  const Site site = sites.site_of(release.url, release.site);
  doc.site = {site.key, site.label, site.label_ko};
  doc.body = release.body;
  doc.indexed_at = indexed_at;

  // The extractor also validates and merges what a JSON source states.
  entities::Entities found = extractor.extract(release);
  doc.countries = std::move(found.countries);
  for (auto& o : found.officials) {
    doc.officials.push_back({std::move(o.key), std::move(o.name), std::move(o.title),
                             std::move(o.name_en), std::move(o.name_ko)});
  }
  return doc;
}

}  // namespace dipsearch::indexer
