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
#include "indexer/source_scan.h"

namespace dipsearch::indexer {

struct PreparedRelease {
  std::string id;
  std::string source;  // as the release names it, for rejections
  size_t shard = 0;
  bool undated = false;
  // Why it cannot be indexed: too large, or analysis failed (a release that cannot become a
  // document is rejected alone; the run goes on).
  std::optional<std::string> refused;
  // The version the database held when the run began (0: none), its source file and stamp.
  Xapian::docid existing = 0;
  std::string existing_source;
  std::string existing_stamp;
  bool unchanged = false;              // the existing version is the same
  std::optional<Xapian::Document> document;  // to write, unless refused or unchanged
};

struct PreparedFile {
  // Why the file is rejected whole before any release: too large to read, or reading failed.
  std::optional<std::string> refused;
  std::vector<Rejection> rejections;
  std::vector<SourceWarning> warnings;
  std::vector<PreparedRelease> releases;
};

// The memory a file's preparation holds until the run takes it, for the budget of files in
// flight (OrderedWork's CostBudget): estimated from the file's size before it is read (a
// built document takes about twelve times its text), then counted from its documents'
// terms. Read ahead of the run, files may hold kPreparedMemoryBudget together, whatever the
// number of cores; a file that alone goes over it (a JSONL dump) is prepared on its own.
inline constexpr size_t kPreparedMemoryBudget = size_t{256} << 20;
size_t estimated_memory(const SourceFile& file);
size_t held_memory(const PreparedFile& prepared);

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
