// The databases one run writes, each on its own ShardWriter thread.
//
// A new generation (a rebuild or the first run) is built fast, since no reader sees it
// before the stub swap and a crash only leaves a directory the next run removes: its
// databases are opened without fsync and updated in place (DB_NO_SYNC | DB_DANGEROUS),
// and at the end each is compacted with Xapian's compactor into the generation's shard,
// which packs it tight, and synced to disk before the swap. (A shard may be written as
// several parts merged there; see kPartsOfOneShard.)
//
// An incremental run opens each live shard inside a transaction; commit() commits them
// one after the other.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "indexer/shard_writer.h"

namespace dipsearch::indexer {

class GenerationWriter {
 public:
  // A new generation in the existing, empty directory `generation`.
  static GenerationWriter create(const std::filesystem::path& generation, size_t shard_count);
  // The live generation's shards (shard_count as shard_count() found it).
  static GenerationWriter open(const std::filesystem::path& generation, size_t shard_count);

  GenerationWriter(GenerationWriter&&) = default;
  ~GenerationWriter();

  bool fresh() const { return fresh_; }
  // The writer of a new document of this shard, and of a document the shard holds.
  ShardWriter& writer_for_new(size_t shard);
  ShardWriter& writer_of(size_t shard) { return *writers_[fresh_ ? shard * parts_per_shard_ : shard]; }

  // Waits until every writer has written what it was given (rethrows a writer's failure).
  void finish();
  // After finish(), incremental runs: the live shards' writers, in shard order.
  std::vector<ShardWriter*> shard_writers();
  // After finish(): every database being written (a new generation's parts, or the live
  // shards), for what reads across them all, such as linking versions.
  std::vector<Xapian::WritableDatabase*> databases();
  // After finish(): makes everything written durable and, for an incremental run, visible;
  // records the time and the analysis key (analysis_key.h) in every shard.
  void commit(const std::string& last_indexed, const std::string& analysis_key);
  // After finish(), incremental runs with nothing to write: leaves every shard as it was.
  void cancel();

 private:
  GenerationWriter(std::filesystem::path generation, size_t shard_count, bool fresh);
  void merge_parts();

  std::filesystem::path generation_;
  size_t shard_count_;
  bool fresh_;
  size_t parts_per_shard_ = 1;
  size_t next_part_ = 0;  // round robin over a shard's parts
  std::vector<std::unique_ptr<ShardWriter>> writers_;  // fresh: shard k's parts at k*parts_per_shard_ …
};

}  // namespace dipsearch::indexer
