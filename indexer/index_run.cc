// The indexing run. Worker threads read and analyze the sources (ReleasePreparer) while
// one writer thread per database feeds Xapian (GenerationWriter); this thread takes the
// prepared files in path order and makes every decision, so the outcome is the same as
// one thread's: which release of a duplicated id stays, what is unchanged, what vanished.
// A file whose stamp shows it unchanged since the run that indexed it (IndexedFiles) is
// not read at all: its releases are kept as they are.
//
// An incremental run writes each live shard inside one Xapian transaction: Xapian flushes
// it to disk in batches (so memory stays bounded), but readers see none of it until the
// commit at the end. A rebuild, or the first run, writes a new generation that readers
// see only once the stub is swapped. Either way a kill at any moment leaves the previous
// database searchable, and the next run redoes the lost work. (With several shards, an
// incremental run commits them one after the other; a kill between two commits leaves
// some shards updated and the others as they were, each document whole, and the next
// run finishes the rest.)
#include "indexer/index_run.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <set>
#include <thread>
#include <unordered_map>

#include <xapian.h>

#include "common/entities/extractor.h"
#include "common/index/database_layout.h"
#include "common/index/schema_version.h"
#include "common/index/shard_set.h"
#include "common/index/timestamp.h"
#include "common/program/available_cpus.h"
#include "common/schema.h"
#include "common/text/message_escape.h"
#include "indexer/analysis_key.h"
#include "indexer/database_ownership.h"
#include "indexer/exit_code.h"
#include "indexer/deletion_guard.h"
#include "indexer/generation_writer.h"
#include "indexer/indexed_files.h"
#include "indexer/ordered_work.h"
#include "indexer/release_preparer.h"
#include "indexer/source_scan.h"
#include "indexer/source_stamp.h"
#include "indexer/version_linker.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// How long a rebuild waits for readers to let go of the generation it replaced, so it
// can remove it now rather than on the next run. dipsearchd notices a swap within a quarter
// of a second and lets go when its last request on the old generation ends.
constexpr auto kCleanupWait = std::chrono::seconds(10);
constexpr auto kCleanupPoll = std::chrono::milliseconds(100);

// Files read ahead of the one being decided on, per worker thread.
constexpr size_t kFilesAheadPerWorker = 8;

// Analysis threads: one per CPU the process may use, but no more than the writer threads can
// keep up with; each also keeps per-thread caches (word forms, ICU), so memory must not grow
// with the cores. --jobs says otherwise.
constexpr unsigned kMaxWorkers = 8;

size_t worker_threads(const std::optional<size_t>& jobs) {
  return jobs ? *jobs : std::min(available_cpus(), kMaxWorkers);
}

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

// The shard count of the live generation, for a rebuild that keeps it; a rebuild also
// repairs a generation too damaged to tell, as one shard unless --shards says otherwise.
size_t shard_count_or_one(const fs::path& generation) {
  try {
    return shard_count(generation);
  } catch (const std::exception&) {
    return 1;
  }
}

// The shard count a run uses: the live generation's, which --shards may only restate
// unless the run rebuilds.
size_t choose_shard_count(const Options& options, const std::optional<fs::path>& live) {
  if (options.shards && (options.rebuild || !live)) return *options.shards;
  if (!live) return 1;
  if (options.rebuild) return shard_count_or_one(*live);
  const size_t existing = shard_count(*live);
  if (options.shards && *options.shards != existing) {
    throw UsageError("the database " + options.database.string() + " has " + std::to_string(existing) +
                     " shard" + (existing == 1 ? "" : "s") + "; changing that to " +
                     std::to_string(*options.shards) + " needs --rebuild");
  }
  return existing;
}

// The generation an incremental run will write into, for check_writable before the lock;
// a stub that cannot be read is reported once the lock is held.
std::optional<fs::path> live_generation_if_readable(const DatabaseLayout& layout) {
  try {
    return layout.current_generation();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Whether the live generation records this program's schema version. An incremental run
// upgrades a database an older version wrote (its analysis key differs too, so every file
// is read again) and records its own version; a newer version's database it refuses, as it
// cannot know what that version stores.
bool records_this_schema(const fs::path& live, const fs::path& database) {
  const SchemaVersionCheck check = check_schema_version(Xapian::Database(live.string()));
  if (check.database_is_newer()) {
    throw SchemaMismatch("database " + database.string() + ": " + check.problem("dipsearch-index") +
                         " (the database is unchanged)");
  }
  return check.matches();
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
  void warn(SourceWarning warning) {
    progress_.message("warning: " + describe(warning));
    summary_.warnings.push_back(std::move(warning));
  }
  void read_sources(const SourceScan& scan, const std::vector<fs::path>& live_shards);
  bool keep_unread(const SourceFile& file, const IndexedFile& indexed);
  void take_file(const SourceFile& file, PreparedFile prepared);
  bool nothing_to_report(const PreparedFile& prepared) const;
  const std::string* taken_by(const std::string& id) const;
  void take_release(PreparedRelease& release, const std::string& source, const std::string& stamp);
  void delete_vanished();
  void clean_up_generations(const DatabaseLayout& layout, bool wait_for_readers);

  const Options& options_;
  Progress& progress_;
  std::optional<entities::EntityExtractor> extractor_;  // loaded once the lock is held
  std::optional<TitleTermTable> title_terms_;            // linking's reference data, loaded with it
  SiteCatalog sites_;  // data/sources/sites.tsv, when the data directory has one
  const std::string now_;
  RunSummary summary_;
  size_t shard_count_ = 1;
  GenerationWriter* writer_ = nullptr;  // open during run()
  LiveDocuments live_documents_;  // the live database before the run, for the deletion guard
  std::string analysis_key_;  // analysis_key.h
  IndexedFiles indexed_;  // what the live database holds, for an incremental run
  size_t restamped_ = 0;  // unchanged releases whose source path or stamp moved
  // The ids this run wrote or kept, each with the source file now stored for it: a later
  // release with the same id is a duplicate.
  std::unordered_map<std::string, std::string> taken_ids_;
  // Files and directories rejected whole: their documents stay, whatever made them
  // unreadable this time.
  std::set<std::string> unreadable_files_;
  std::vector<fs::path> unreadable_directories_;
  size_t files_done_ = 0;
  std::uintmax_t bytes_done_ = 0;
};

RunSummary IndexRun::run() {
  const auto started = std::chrono::steady_clock::now();
  // Permissions and the lock first, so that a run that cannot write and a second indexer
  // are refused at once, before any work.
  DatabaseLayout layout(options_.database);
  check_writable(layout, options_.rebuild ? std::nullopt : live_generation_if_readable(layout));
  WriterLock lock(layout, options_.wait,
                  [](const std::string& waiting) { std::cerr << "dipsearch-index: " << text::escape_message(waiting) << std::endl; });
  OwnershipKeeper ownership(layout);  // a run as root leaves nothing the owner cannot write
  const std::optional<fs::path> live = layout.current_generation();
  const bool fresh = options_.rebuild || !live;
  if (!fresh && !fs::is_directory(*live)) {
    throw std::runtime_error("the database stub " + layout.stub().string() + " names " + live->string() +
                             ", which does not exist; run with --rebuild to build a new database");
  }
  shard_count_ = choose_shard_count(options_, live);
  const bool schema_recorded = fresh || records_this_schema(*live, options_.database);
  SourceScan scan =
      scan_sources(options_.sources, options_.follow_links ? FollowLinks::kAnywhere : FollowLinks::kWithinSource);
  if (live && !options_.allow_empty) {
    live_documents_ = LiveDocuments(shard_paths(*live, fresh ? shard_count_or_one(*live) : shard_count_));
    live_documents_.check_empty_sources(scan.empty_sources);
  }
  extractor_.emplace(options_.data_dir);
  title_terms_.emplace(TitleTermTable::load(options_.data_dir));
  if (const fs::path catalog = site_catalog_file(options_.data_dir); fs::exists(catalog)) sites_ = SiteCatalog(catalog);
  analysis_key_ = analysis_key(options_.data_dir);
  clean_up_generations(layout, false);  // leftovers of interrupted runs

  const fs::path target = fresh ? layout.next_generation() : *live;
  std::optional<UnfinishedGeneration> unfinished;  // outlives `writer`, so it is closed first
  if (fresh) {
    fs::create_directories(target);
    unfinished.emplace(target);
  }
  GenerationWriter writer =
      fresh ? GenerationWriter::create(target, shard_count_) : GenerationWriter::open(target, shard_count_);
  writer_ = &writer;
  if (!fresh) indexed_ = IndexedFiles(shard_paths(target, shard_count_), analysis_key_);

  std::uintmax_t bytes_total = 0;
  for (const auto& file : scan.files) bytes_total += file.size;
  progress_.start(scan.files.size(), bytes_total);
  enter(RunPhase::kReading);
  for (auto& rejection : scan.unreadable_directories) {
    unreadable_directories_.emplace_back(rejection.path);
    reject(std::move(rejection));
  }
  for (auto& rejection : scan.skipped_links) reject(std::move(rejection));
  for (auto& rejection : scan.sidecar_rejections) reject(std::move(rejection));
  read_sources(scan, fresh ? std::vector<fs::path>() : shard_paths(target, shard_count_));
  writer.finish();
  // A rebuild loses what the live database held that it did not read again.
  if (fresh) live_documents_.check_loss(live_documents_.count() - std::min(live_documents_.count(), summary_.indexed()));

  if (!fresh) {
    enter(RunPhase::kDeleting);
    delete_vanished();
  }
  // Releases added, changed or deleted change which releases are versions of each other. A
  // run that changed none, with the same program and data as the last commit (trusted
  // stamps) and this schema recorded, would compute the stored links again: it skips that.
  enter(RunPhase::kLinking);
  if (fresh || !indexed_.trusted() || !schema_recorded) {
    summary_.relinked = store_version_links(writer.databases(), *title_terms_);
  } else if (summary_.added + summary_.updated + summary_.deleted > 0) {
    // The stored links are those of the sources before this run: relinking starts from
    // what it changed.
    LinkChanges changes;
    for (ShardWriter* shard : writer.shard_writers()) {
      changes.written.push_back(&shard->written());
      changes.before.push_back(std::move(shard->replaced()));
    }
    summary_.relinked = store_version_links(writer.databases(), *title_terms_, &changes);
  }
  // A run that could not trust the stamps commits, so that the next one can; one on a
  // database without this version recorded, so that both programs see it.
  summary_.changed = fresh || summary_.added + summary_.updated + summary_.deleted + summary_.relinked + restamped_ > 0 ||
                     !indexed_.trusted() || !schema_recorded;
  enter(RunPhase::kCommitting);
  if (summary_.changed) {
    writer.commit(now_, analysis_key_);
  } else {
    writer.cancel();  // nothing to write: readers keep their revision
  }
  summary_.generation = target;

  if (fresh) {
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

void IndexRun::read_sources(const SourceScan& scan, const std::vector<fs::path>& live_shards) {
  const size_t threads = summary_.jobs = worker_threads(options_.jobs);
  std::vector<std::unique_ptr<ReleasePreparer>> preparers;
  // One more for this thread, which reads an unchanged file after all when it must.
  for (size_t t = 0; t <= threads; ++t) {
    preparers.push_back(std::make_unique<ReleasePreparer>(*extractor_, sites_, now_, shard_count_, live_shards));
  }
  // Files unchanged since they were indexed are decided on here, without a round trip
  // through the workers: in an incremental run they are most of the files, and the handing
  // over cost more than looking their stamps up.
  std::vector<const IndexedFile*> unchanged(scan.files.size());
  std::vector<size_t> to_read;
  for (size_t i = 0; i < scan.files.size(); ++i) {
    if (!(unchanged[i] = indexed_.unchanged(scan.files[i]))) to_read.push_back(i);
  }
  CostBudget<PreparedFile> memory;
  memory.budget = kPreparedMemoryBudget;
  memory.estimate = [&](size_t item) { return estimated_memory(scan.files[to_read[item]]); };
  memory.measure = held_memory;
  OrderedWork<PreparedFile> work(
      to_read.size(), threads, threads * kFilesAheadPerWorker,
      [&](size_t item, size_t worker) { return preparers[worker]->prepare(scan.files[to_read[item]]); }, memory);
  for (size_t i = 0; i < scan.files.size(); ++i) {
    const SourceFile& file = scan.files[i];
    if (unchanged[i] && keep_unread(file, *unchanged[i])) {
      ++summary_.files_unread;
    } else {
      take_file(file, unchanged[i] ? preparers.back()->prepare(file) : work.next());
      ++summary_.files_read;
    }
    ++files_done_;
    bytes_done_ += file.size;
    progress_.advance(files_done_, bytes_done_, summary_.indexed());
  }
}

// Keeps the releases of a file unchanged since the run that indexed it, without reading
// it. When a file before it in path order took one of their ids this run, it keeps nothing
// and returns false: the file is read, so that the duplicate is reported as usual.
bool IndexRun::keep_unread(const SourceFile& file, const IndexedFile& indexed) {
  for (const IndexedRelease& release : indexed.releases) {
    if (taken_by(release.id)) return false;
  }
  for (const IndexedRelease& release : indexed.releases) {
    writer_->writer_of(release.shard).keep(release.docid);
    taken_ids_.emplace(release.id, file.absolute.string());
    if (release.undated) ++summary_.undated;
  }
  summary_.unchanged += indexed.releases.size();
  return true;
}

void IndexRun::take_file(const SourceFile& file, PreparedFile prepared) {
  const std::string absolute = file.absolute.string();
  if (prepared.refused) {
    unreadable_files_.insert(absolute);
    reject({file.path.string(), 0, *prepared.refused});
    return;
  }
  // Only a file with nothing rejected or warned about is stamped, to be skipped by later runs
  // while it stays the same: a rejection or warning is reported by every run, and a duplicate
  // id becomes this file's to keep once the file that holds it first drops it.
  const std::string stamp = nothing_to_report(prepared) ? file.stamp : std::string();
  for (auto& rejection : prepared.rejections) {
    if (rejection.line == 0) unreadable_files_.insert(absolute);
    reject(std::move(rejection));
  }
  for (auto& warning : prepared.warnings) warn(std::move(warning));
  const size_t count = prepared.releases.size();
  for (size_t i = 0; i < count; ++i) {
    take_release(prepared.releases[i], absolute, stamp);
    // A JSONL file may hold thousands of releases: move the display along within it.
    progress_.advance(files_done_, bytes_done_ + file.size * (i + 1) / count, summary_.indexed());
  }
}

// Whether taking the file will reject nothing in it (take_release's reasons, in advance) and
// warn of nothing.
bool IndexRun::nothing_to_report(const PreparedFile& prepared) const {
  if (prepared.refused || !prepared.rejections.empty() || !prepared.warnings.empty()) return false;
  std::set<std::string_view> ids;
  for (const PreparedRelease& release : prepared.releases) {
    if (release.refused || taken_by(release.id) || !ids.insert(release.id).second) return false;
  }
  return true;
}

// The source file of the release this run already took with this id, if any.
const std::string* IndexRun::taken_by(const std::string& id) const {
  const auto it = taken_ids_.find(id);
  return it != taken_ids_.end() ? &it->second : nullptr;
}

void IndexRun::take_release(PreparedRelease& release, const std::string& source, const std::string& stamp) {
  if (release.refused) {
    if (release.existing != 0) {  // the last good version stays
      writer_->writer_of(release.shard).keep(release.existing);
      taken_ids_.emplace(release.id, release.existing_source);
    }
    reject({release.source, 0, *release.refused});
    return;
  }
  // The id is already taken by a release this run wrote: the first in path order stays.
  if (const std::string* first = taken_by(release.id)) {
    reject({release.source, 0, "id '" + release.id + "' is also used by " + *first + ", which is kept"});
    return;
  }
  if (release.undated) ++summary_.undated;
  taken_ids_.emplace(release.id, source);
  if (release.unchanged) {
    ShardWriter& shard = writer_->writer_of(release.shard);
    if (release.existing_source == source && release.existing_stamp == stamp) {
      shard.keep(release.existing);
    } else {
      shard.restamp(release.existing, source, stamp);
      ++restamped_;
    }
    ++summary_.unchanged;
    return;
  }
  ShardWriter& shard = release.existing != 0 ? writer_->writer_of(release.shard) : writer_->writer_for_new(release.shard);
  set_source(*release.document, source, stamp);
  shard.write(release.existing, std::move(*release.document));
  ++(release.existing != 0 ? summary_.updated : summary_.added);
}

// Deletes documents whose source file lies inside the given SOURCEs but produced no
// release this run (the file vanished, or no longer holds that id).
void IndexRun::delete_vanished() {
  const std::vector<fs::path> roots = absolute_sources(options_.sources);
  std::vector<std::vector<Xapian::docid>> doomed;  // by shard writer
  size_t doomed_count = 0;
  for (ShardWriter* shard : writer_->shard_writers()) {
    Xapian::WritableDatabase& db = shard->db();
    doomed.emplace_back();
    for (auto it = db.valuestream_begin(schema::kSourceSlot); it != db.valuestream_end(schema::kSourceSlot); ++it) {
      const std::string source = *it;
      if (shard->kept().has(it.get_docid()) || !is_within(source, roots)) continue;
      if (unreadable_files_.count(source) || is_within(source, unreadable_directories_)) continue;
      doomed.back().push_back(it.get_docid());
    }
    doomed_count += doomed.back().size();
  }
  live_documents_.check_loss(doomed_count);
  const std::vector<ShardWriter*> shards = writer_->shard_writers();
  for (size_t s = 0; s < shards.size(); ++s) {
    for (Xapian::docid id : doomed[s]) {
      shards[s]->replaced().push_back({id, linkable_release(shards[s]->db().get_document(id))});  // for relinking
      shards[s]->db().delete_document(id);
    }
  }
  summary_.deleted = doomed_count;
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
    progress_.message("dipsearch-index: warning: old generations not removed: " + text::escape_message(e.what()));
  }
}

}  // namespace

RunSummary run_index(const Options& options, Progress& progress) {
  IndexRun run(options, progress);
  return run.run();
}

}  // namespace dipsearch::indexer
