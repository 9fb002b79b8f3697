// The indexing run. Every run writes inside one Xapian transaction: Xapian flushes it to
// disk in batches (XAPIAN_FLUSH_THRESHOLD documents, so memory stays bounded), but readers
// see none of it until the one commit at the end. An incremental run writes the live
// generation; a rebuild, or the first run, writes a new one that readers see only once the
// stub is swapped. Either way a kill at any moment leaves the previous database
// searchable, and the next run redoes the lost work.
#include "indexer/index_run.h"

#include <chrono>
#include <cstdlib>
#include <set>
#include <thread>

#include <xapian.h>

#include "common/entities/extractor.h"
#include "common/index/database_layout.h"
#include "common/index/document_builder.h"
#include "common/index/timestamp.h"
#include "common/release/source_reader.h"
#include "common/schema.h"
#include "indexer/release_document.h"
#include "indexer/release_limits.h"
#include "indexer/source_scan.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// Documents Xapian buffers before writing them to disk, uncommitted, inside the run's
// transaction. On 50,000 generated releases this ran in 111 s with a 193 MB peak, against
// 191 s and 398 MB at Xapian's default of 10,000. An admin's XAPIAN_FLUSH_THRESHOLD wins.
constexpr const char* kFlushThreshold = "2000";

// How long a rebuild waits for readers to let go of the generation it replaced, so it
// can remove it now rather than on the next run. dipsearchd notices a swap within a quarter
// of a second and lets go when its last request on the old generation ends.
constexpr auto kCleanupWait = std::chrono::seconds(10);
constexpr auto kCleanupPoll = std::chrono::milliseconds(100);

// Documents this run wrote or found unchanged, by docid: the documents it keeps.
class KeptDocuments {
 public:
  void mark(Xapian::docid id) {
    if (id >= bits_.size()) bits_.resize(id + 1 + id / 2);
    bits_[id] = true;
  }
  bool has(Xapian::docid id) const { return id < bits_.size() && bits_[id]; }

 private:
  std::vector<bool> bits_;
};

// Removes a new generation that never became live (a failed rebuild) unless released.
class UnfinishedGeneration {
 public:
  explicit UnfinishedGeneration(fs::path dir) : dir_(std::move(dir)) {}
  ~UnfinishedGeneration() {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  UnfinishedGeneration(const UnfinishedGeneration&) = delete;
  UnfinishedGeneration& operator=(const UnfinishedGeneration&) = delete;
  void release() { dir_.clear(); }

 private:
  fs::path dir_;
};

void record(GenerationCleanup&& cleanup, RunSummary& summary) {
  for (auto& p : cleanup.removed) summary.generations_removed.push_back(std::move(p));
  summary.generations_in_use = std::move(cleanup.in_use);
}

class IndexRun {
 public:
  IndexRun(const Options& options, Progress& progress)
      : options_(options), progress_(progress), now_(utc_now_rfc3339()) {}

  RunSummary run();

 private:
  void enter(RunPhase phase) {
    progress_.phase(phase);
    stop_if_asked(phase);
  }
  void reject(Rejection rejection) {
    progress_.message("rejected " + describe(rejection));
    summary_.rejections.push_back(std::move(rejection));
  }
  void read_file(const SourceFile& file);
  void write_release(const Release& release, const SourceFile& file);
  Xapian::docid find(const std::string& id_term) const;
  void delete_vanished();
  void clean_up_generations(const DatabaseLayout& layout, bool wait_for_readers);

  const Options& options_;
  Progress& progress_;
  std::optional<entities::EntityExtractor> extractor_;  // loaded once the lock is held
  const std::string now_;
  RunSummary summary_;
  Xapian::WritableDatabase* db_ = nullptr;  // open during run()
  bool fresh_ = false;
  KeptDocuments kept_;
  // Files and directories rejected whole: their documents stay, whatever made them
  // unreadable this time.
  std::set<std::string> unreadable_files_;
  std::vector<fs::path> unreadable_directories_;
  size_t files_done_ = 0;
  std::uintmax_t bytes_done_ = 0;
};

RunSummary IndexRun::run() {
  const auto started = std::chrono::steady_clock::now();
  // The lock first, so that a second indexer is refused at once, before any work.
  DatabaseLayout layout(options_.database);
  WriterLock lock(layout);
  SourceScan scan = scan_sources(options_.sources);
  extractor_.emplace(options_.data_dir);
  clean_up_generations(layout, false);  // leftovers of interrupted runs

  const std::optional<fs::path> live = layout.current_generation();
  fresh_ = options_.rebuild || !live;
  const fs::path target = fresh_ ? layout.next_generation() : *live;
  std::optional<UnfinishedGeneration> unfinished;  // outlives `db`, so it is closed first
  if (fresh_) {
    fs::create_directories(target);
    unfinished.emplace(target);
  } else if (!fs::is_directory(target)) {
    throw std::runtime_error("the database stub " + layout.stub().string() + " names " + target.string() +
                             ", which does not exist; run with --rebuild to build a new database");
  }
  ::setenv("XAPIAN_FLUSH_THRESHOLD", kFlushThreshold, /*overwrite=*/0);
  Xapian::WritableDatabase db(target.string(), fresh_ ? Xapian::DB_CREATE : Xapian::DB_OPEN);
  db_ = &db;
  // Destroying or closing a database in a transaction cancels it: an exception from here
  // on commits nothing.
  db.begin_transaction();

  std::uintmax_t bytes_total = 0;
  for (const auto& file : scan.files) bytes_total += file.size;
  progress_.start(scan.files.size(), bytes_total);
  enter(RunPhase::kReading);
  for (auto& rejection : scan.unreadable_directories) {
    unreadable_directories_.emplace_back(rejection.path);
    reject(std::move(rejection));
  }
  for (const auto& file : scan.files) read_file(file);

  if (!fresh_) {
    enter(RunPhase::kDeleting);
    delete_vanished();
  }
  summary_.changed = fresh_ || summary_.added + summary_.updated + summary_.deleted > 0;
  enter(RunPhase::kCommitting);
  if (summary_.changed) {
    db.set_metadata(std::string(schema::kMetaLastIndexed), now_);
    db.commit_transaction();
  } else {
    db.cancel_transaction();  // nothing to write: readers keep their revision
  }
  db.close();
  summary_.generation = target;

  if (fresh_) {
    enter(RunPhase::kSwitching);
    layout.switch_to(target);
    unfinished->release();
    summary_.rebuild = true;
    enter(RunPhase::kCleaning);
    clean_up_generations(layout, live.has_value());
  }
  progress_.finish();
  summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::move(summary_);
}

void IndexRun::read_file(const SourceFile& file) {
  const std::string absolute = file.absolute.string();
  const auto finished = [&] {
    ++files_done_;
    bytes_done_ += file.size;
    progress_.advance(files_done_, bytes_done_, summary_.indexed());
  };
  if (auto reason = oversized_page_file(file.path, file.size)) {
    unreadable_files_.insert(absolute);
    reject({file.path.string(), 0, *reason});
    return finished();
  }
  FileResult result = read_source_file(file.path);
  for (auto& rejection : result.rejections) {
    if (rejection.line == 0) unreadable_files_.insert(absolute);
    reject(std::move(rejection));
  }
  const size_t count = result.releases.size();
  for (size_t i = 0; i < count; ++i) {
    write_release(result.releases[i], file);
    // A JSONL file may hold thousands of releases: move the display along within it.
    progress_.advance(files_done_, bytes_done_ + file.size * (i + 1) / count, summary_.indexed());
  }
  finished();
}

Xapian::docid IndexRun::find(const std::string& id_term) const {
  Xapian::PostingIterator p = db_->postlist_begin(id_term);
  return p == db_->postlist_end(id_term) ? 0 : *p;
}

void IndexRun::write_release(const Release& release, const SourceFile& file) {
  const std::string id_term = schema::id_term(release.id);
  const Xapian::docid existing = find(id_term);
  if (auto reason = oversized_release(release)) {
    if (existing != 0) kept_.mark(existing);  // the last good version stays
    reject({release.source, 0, *reason});
    return;
  }
  // The id is already taken by a release this run wrote: the first in path order stays.
  if (existing != 0 && kept_.has(existing)) {
    const std::string first = db_->get_document(existing).get_value(schema::kSourceSlot);
    reject({release.source, 0, "id '" + release.id + "' is also used by " + first + ", which is kept"});
    return;
  }
  if (release.date.empty()) ++summary_.undated;
  const StoredDocument stored = make_stored_document(release, *extractor_, now_);
  const std::string digest = content_digest(stored);
  if (existing != 0 && db_->get_document(existing).get_value(schema::kContentHashSlot) == digest) {
    kept_.mark(existing);
    ++summary_.unchanged;
    return;
  }
  kept_.mark(db_->replace_document(id_term, build_document(stored, digest, file.absolute.string())));
  ++(existing != 0 ? summary_.updated : summary_.added);
}

// Deletes documents whose source file lies inside the given SOURCEs but produced no
// release this run (the file vanished, or no longer holds that id).
void IndexRun::delete_vanished() {
  const std::vector<fs::path> roots = absolute_sources(options_.sources);
  std::vector<Xapian::docid> doomed;
  for (auto it = db_->valuestream_begin(schema::kSourceSlot); it != db_->valuestream_end(schema::kSourceSlot); ++it) {
    const std::string source = *it;
    if (kept_.has(it.get_docid()) || !is_within(source, roots)) continue;
    if (unreadable_files_.count(source) || is_within(source, unreadable_directories_)) continue;
    doomed.push_back(it.get_docid());
  }
  for (Xapian::docid id : doomed) db_->delete_document(id);
  summary_.deleted = doomed.size();
}

// Removes stale generations no reader has open. After a swap the daemon still has the
// replaced one; waiting a little lets it move on so the disk space comes back now. What is
// still in use is left for the next run. Never fails the run: the database is sound either way.
void IndexRun::clean_up_generations(const DatabaseLayout& layout, bool wait_for_readers) {
  const auto deadline = std::chrono::steady_clock::now() + kCleanupWait;
  try {
    for (;;) {
      GenerationCleanup cleanup = layout.remove_stale_generations();
      const bool done = cleanup.in_use.empty();
      record(std::move(cleanup), summary_);
      if (done || !wait_for_readers || std::chrono::steady_clock::now() >= deadline) return;
      std::this_thread::sleep_for(kCleanupPoll);
    }
  } catch (const std::exception& e) {
    progress_.message(std::string("dipsearch-index: warning: old generations not removed: ") + e.what());
  }
}

}  // namespace

RunSummary run_index(const Options& options, Progress& progress) {
  IndexRun run(options, progress);
  return run.run();
}

}  // namespace dipsearch::indexer
