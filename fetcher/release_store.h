// Where a source's releases are kept: DIR/<source>/<bucket>/<id_prefix><id>.html, each page
// written whole; beside them the bucket's sidecar (manifest.tsv) with each page's URL; and
// DIR/<source>/fetch-state.tsv, what the fetcher knows of each release (URL, when fetched,
// the validators for a conditional request, the date its list showed). Buckets hold a
// thousand consecutive numeric ids, so a new release changes one small sidecar and the
// indexer rereads one directory, not the whole source.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "fetcher/source_config.h"

namespace dipsearch::fetcher {

struct KnownRelease {
  std::string url;            // where it is fetched from
  std::string fetched;        // RFC 3339 UTC time of the last answer for it (200 or 304)
  std::string etag;           // validators of the saved copy
  std::string last_modified;
  std::string listed;         // YYYY-MM-DD its list row showed, or empty
};

enum class SaveOutcome { kNew, kUpdated, kUnchanged };

// The state file cannot be used; the message names the file and line.
struct StateError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class ReleaseStore {
 public:
  // Loads DIR/<source>/fetch-state.tsv if there is one. Throws StateError for a damaged
  // one, std::runtime_error when the directory cannot be made.
  ReleaseStore(const std::filesystem::path& dir, const SourceConfig& source);

  const KnownRelease* find(const std::string& id) const;
  std::filesystem::path file_of(const std::string& id) const;
  size_t size() const { return known_.size(); }

  // Keeps the page: writes it whole unless the saved copy has the same bytes. Throws
  // std::runtime_error when it cannot be written (the saved copy is then unchanged).
  SaveOutcome save(const std::string& id, std::string_view html, KnownRelease release);
  // A conditional request found the saved copy current.
  void confirm(const std::string& id, KnownRelease release);
  // Writes the sidecars that changed and the state file, each whole.
  void commit();

 private:
  std::string bucket_of(const std::string& id) const;
  void load_state();

  std::filesystem::path dir_;
  std::filesystem::path state_file_;
  std::string id_prefix_;
  std::string lang_;
  std::map<std::string, KnownRelease> known_;
  std::set<std::string> dirty_buckets_;
  bool state_dirty_ = false;
};

// Header of the state file, and the characters a field may not hold (tabs, line breaks and
// other controls are dropped from what servers send).
inline constexpr const char* kStateFileName = "fetch-state.tsv";
std::string clean_state_field(std::string_view value);

}  // namespace dipsearch::fetcher
