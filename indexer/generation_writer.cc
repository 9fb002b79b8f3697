// Opening, merging, syncing and committing the databases of a run (see generation_writer.h).
#include "indexer/generation_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <xapian.h>

#include "common/index/shard_set.h"
#include "common/schema.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// Documents Xapian buffers before writing them to disk. Into a live database, inside the
// run's transaction: on 50,000 generated releases 2,000 ran in 111 s with a 193 MB peak,
// against 191 s and 398 MB at Xapian's default of 10,000. Into a new generation's parts,
// which flush on their own, about 1,000 each was fastest (larger was slower).
constexpr const char* kLiveFlushThreshold = "2000";
constexpr const char* kFreshFlushThreshold = "1000";
// Parts a new generation's single shard is written as, merged at the end: two parts run
// two inverters, one per core (10,000 releases: 9.9 s against 13.7 s with one part). The
// merge numbers documents part by part; no order depends on that (ties go by the sort slot).
constexpr size_t kPartsOfOneShard = 2;

// Opens a database with our flush threshold, unless the admin set XAPIAN_FLUSH_THRESHOLD,
// and gives it its writer thread, which must know the threshold Xapian read.
std::unique_ptr<ShardWriter> open_writer(const fs::path& path, int flags, const char* flush_threshold,
                                         bool in_transaction) {
  static const bool admin_set = std::getenv("XAPIAN_FLUSH_THRESHOLD") != nullptr;
  if (!admin_set) ::setenv("XAPIAN_FLUSH_THRESHOLD", flush_threshold, 1);
  Xapian::WritableDatabase db(path.string(), flags);
  // Closing or destroying a database in a transaction cancels it: a failure from here on
  // commits nothing.
  if (in_transaction) db.begin_transaction();
  const int threshold = std::atoi(std::getenv("XAPIAN_FLUSH_THRESHOLD"));  // as Xapian reads it
  return std::make_unique<ShardWriter>(std::move(db), threshold > 0 ? static_cast<size_t>(threshold) : 10000);
}

void sync_path(const fs::path& path, bool directory) {
  const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string why = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot sync " + path.string() + ": " + why);
  }
  ::close(fd);
}

// Every file and directory of a new generation, so that it is on disk before the stub
// names it.
void sync_tree(const fs::path& root) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) sync_path(entry.path(), false);
  }
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_directory()) sync_path(entry.path(), true);
  }
  sync_path(root, true);
}

fs::path parts_dir(const fs::path& generation) { return generation / "parts"; }

std::string unique_commit_id() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::to_string(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()) + "-" +
         std::to_string(::getpid());
}

}  // namespace

GenerationWriter::GenerationWriter(fs::path generation, size_t shard_count, bool fresh)
    : generation_(std::move(generation)), shard_count_(shard_count), fresh_(fresh) {}

GenerationWriter::~GenerationWriter() = default;

GenerationWriter GenerationWriter::create(const fs::path& generation, size_t shard_count) {
  GenerationWriter w(generation, shard_count, true);
  w.parts_per_shard_ = shard_count == 1 ? kPartsOfOneShard : 1;
  fs::create_directories(parts_dir(generation));
  for (size_t i = 0; i < shard_count * w.parts_per_shard_; ++i) {
    const fs::path part = parts_dir(generation) / ("part-" + std::to_string(i));
    w.writers_.push_back(
        open_writer(part, Xapian::DB_CREATE | Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS, kFreshFlushThreshold, false));
  }
  return w;
}

GenerationWriter GenerationWriter::open(const fs::path& generation, size_t shard_count) {
  GenerationWriter w(generation, shard_count, false);
  for (const fs::path& shard : shard_paths(generation, shard_count)) {
    w.writers_.push_back(open_writer(shard, Xapian::DB_OPEN, kLiveFlushThreshold, true));
  }
  return w;
}

ShardWriter& GenerationWriter::writer_for_new(size_t shard) {
  if (!fresh_ || parts_per_shard_ == 1) return writer_of(shard);
  return *writers_[shard * parts_per_shard_ + next_part_++ % parts_per_shard_];
}

void GenerationWriter::finish() {
  for (auto& w : writers_) w->finish();
}

std::vector<ShardWriter*> GenerationWriter::shard_writers() {
  std::vector<ShardWriter*> out;
  if (!fresh_) {
    for (auto& w : writers_) out.push_back(w.get());
  }
  return out;
}

std::vector<Xapian::WritableDatabase*> GenerationWriter::databases() {
  std::vector<Xapian::WritableDatabase*> out;
  for (auto& w : writers_) out.push_back(&w->db());
  return out;
}

void GenerationWriter::commit(const std::string& last_indexed, const std::string& analysis_key) {
  const std::string commit_id = unique_commit_id();
  for (auto& w : writers_) {
    Xapian::WritableDatabase& db = w->db();
    db.set_metadata(std::string(schema::kMetaLastIndexed), last_indexed);
    db.set_metadata(std::string(schema::kMetaCommit), commit_id);
    db.set_metadata(std::string(schema::kMetaAnalysis), analysis_key);
    db.set_metadata(std::string(schema::kMetaSchema), std::to_string(schema::kSchemaVersion));
    if (shard_count_ > 1) db.set_metadata(std::string(kMetaShardCount), std::to_string(shard_count_));
    if (fresh_) {
      db.commit();
    } else {
      db.commit_transaction();
    }
    db.close();
  }
  if (fresh_) merge_parts();
}

void GenerationWriter::cancel() {
  for (auto& w : writers_) {
    w->db().cancel_transaction();
    w->db().close();
  }
}

void GenerationWriter::merge_parts() {
  const std::vector<fs::path> shards = shard_paths(generation_, shard_count_);
  for (size_t k = 0; k < shard_count_; ++k) {
    Xapian::Database parts;
    for (size_t p = 0; p < parts_per_shard_; ++p) {
      const size_t i = k * parts_per_shard_ + p;
      parts.add_database(Xapian::Database((parts_dir(generation_) / ("part-" + std::to_string(i))).string()));
    }
    parts.compact(shards[k].string());
  }
  writers_.clear();
  fs::remove_all(parts_dir(generation_));
  if (shard_count_ > 1) write_shard_stub(generation_, shard_count_);
  sync_tree(generation_);
}

}  // namespace dipsearch::indexer
