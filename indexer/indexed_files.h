// The source files the live database was indexed from, as of its last commit: each file's
// stamp and the releases read from it. An incremental run loads them from value streams
// (no document is read) and takes a file whose stamp has not moved as it is, unread.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/source_scan.h"

namespace dipsearch::indexer {

struct IndexedRelease {
  std::string id;
  size_t shard = 0;
  Xapian::docid docid = 0;
  bool undated = false;
};

struct IndexedFile {
  std::string stamp;  // "" unless every release of the file has the same stamp
  std::vector<IndexedRelease> releases;
};

class IndexedFiles {
 public:
  IndexedFiles() = default;  // a new generation: nothing is indexed yet
  // The live shards, in shard order, at their committed revision. No stamp is trusted when
  // they were committed with another analysis key (analysis_key.h), or not all by the same
  // run (one killed between two commits: a file's releases in one shard may then be newer
  // than those in another).
  IndexedFiles(const std::vector<std::filesystem::path>& live_shards, const std::string& analysis_key);

  // The file as indexed, when its stamp shows it unchanged since; else nullptr.
  const IndexedFile* unchanged(const SourceFile& file) const;
  // False when no stamp is trusted; the run's commit makes them trusted again.
  bool trusted() const { return trusted_; }

 private:
  void read_shard(const Xapian::Database& db, size_t shard);

  std::unordered_map<std::string, IndexedFile> files_;  // by absolute path
  bool trusted_ = true;
};

}  // namespace dipsearch::indexer
