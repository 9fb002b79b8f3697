// The part of a run that needs no database writer, done on every core: read one source
// file, and for each release check its size, extract its entities, digest it, look up the
// version the live database holds, and build its Xapian document unless that version is
// the same. The run then decides, in path order, what to write.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/entities/extractor.h"
#include "common/release/site.h"
#include "indexer/indexed_files.h"
#include "indexer/source_scan.h"

namespace dipsearch::indexer {

struct PreparedRelease {
  std::string id;
  std::string source;  // as the release names it, for rejections
  size_t shard = 0;
  bool undated = false;
  std::optional<std::string> oversized;  // why it is too large to index
  // The version the database held when the run began (0: none), its source file and stamp.
  Xapian::docid existing = 0;
  std::string existing_source;
  std::string existing_stamp;
  bool unchanged = false;              // the existing version is the same
  std::optional<Xapian::Document> document;  // to write, unless oversized or unchanged
};

struct PreparedFile {
  // Set instead of everything else when the file is not read: unchanged since indexed.
  const IndexedFile* unread = nullptr;
  std::optional<std::string> oversized;  // the file is too large to read
  std::vector<Rejection> rejections;
  std::vector<PreparedRelease> releases;
};

// One per worker thread (it keeps its own read-only view of the live shards).
class ReleasePreparer {
 public:
  // live_shards: the shard databases an incremental run writes, in shard order; empty for a
  // new generation. Each shard is opened at its committed revision, which the run's own
  // uncommitted writes never change.
  ReleasePreparer(const entities::EntityExtractor& extractor, const SiteCatalog& sites, std::string indexed_at,
                  size_t shard_count, const std::vector<std::filesystem::path>& live_shards);

  PreparedFile prepare(const SourceFile& file);

 private:
  PreparedRelease prepare(const Release& release, const SourceFile& file);

  const entities::EntityExtractor& extractor_;
  const SiteCatalog& sites_;
  const std::string indexed_at_;
  const size_t shard_count_;
  std::vector<Xapian::Database> live_;
};

}  // namespace dipsearch::indexer
