// Joins a parsed release with its entities into the stored document.
#include "indexer/release_document.h"

#include <algorithm>

#include "common/entities/official_key.h"

namespace dipsearch::indexer {

StoredDocument make_stored_document(const Release& release, const entities::EntityExtractor& extractor,
                                    const std::string& indexed_at) {
  StoredDocument doc;
  doc.id = release.id;
  doc.title = release.title;
  doc.date = release.date;
  doc.lang = release.lang;
  doc.url = release.url;
  doc.source = release.source;
  doc.body = release.body;
  doc.indexed_at = indexed_at;

  entities::Entities found = extractor.extract(release);
  doc.countries = found.countries;
  doc.countries.insert(doc.countries.end(), release.countries.begin(), release.countries.end());
  std::sort(doc.countries.begin(), doc.countries.end());
  doc.countries.erase(std::unique(doc.countries.begin(), doc.countries.end()), doc.countries.end());

  for (auto& o : found.officials) {
    doc.officials.push_back({std::move(o.key), std::move(o.name), std::move(o.title),
                             std::move(o.name_en), std::move(o.name_ko)});
  }
  // Officials a JSON source states: known people by their registry key, others by name.
  for (const StatedOfficial& stated : release.officials) {
    StoredOfficial o{"", stated.name, stated.title, "", ""};
    if (const auto* known = extractor.officials().match_name(stated.name)) {
      o.key = known->key;
      o.name_en = known->name_en;
      o.name_ko = known->name_ko;
    } else {
      o.key = entities::official_key(stated.name);
    }
    bool seen = std::any_of(doc.officials.begin(), doc.officials.end(),
                            [&o](const StoredOfficial& x) { return x.key == o.key; });
    if (!o.key.empty() && !seen) doc.officials.push_back(std::move(o));
  }
  return doc;
}

}  // namespace dipsearch::indexer
