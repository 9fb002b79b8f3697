// The fields a release keeps in the index (Xapian document data, JSON), and their codec.
// Document data travels with the document, so this works the same on remote shards.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dipsearch {

struct StoredOfficial {
  std::string key;      // registry key, the facet value
  std::string name;     // as written in this release
  std::string title;    // as stated in this release (may be empty)
  std::string name_en;  // from the registry, when known
  std::string name_ko;
};

// The site a release comes from, with the labels the source facet shows.
struct StoredSite {
  std::string key;  // "" when the release names no site
  std::string label;
  std::string label_ko;
};

struct StoredDocument {
  std::string id;
  std::string title;
  std::string date;  // "YYYY-MM-DD", "YYYY-MM" or ""
  std::string lang;
  std::string url;
  StoredSite site;
  std::string source_file;  // the file it was read from, as given to the indexer
  std::vector<std::string> countries;  // sorted upper-case ISO codes
  std::vector<StoredOfficial> officials;
  std::string body;
  std::string indexed_at;  // UTC, RFC 3339
};

// "source" is the site as {"key", "label", "label_ko"} (null when none); "source_file" the file.
nlohmann::json to_json(const StoredDocument& doc);
nlohmann::json site_json(const StoredSite& site);
std::string encode_stored(const StoredDocument& doc);
// Throws std::runtime_error naming the document when the data is not ours.
StoredDocument decode_stored(const std::string& data);

// Stable digest of everything indexed for the document except indexed_at, together with
// the schema version: equal digests mean the stored document would not change.
std::string content_digest(const StoredDocument& doc);

}  // namespace dipsearch
