// The incremental indexing loop. Writes are committed in batches: a run killed part-way
// leaves the last committed state, and the next run skips what is already there.
#include "indexer/index_run.h"

#include <chrono>
#include <iostream>
#include <map>
#include <set>

#include <xapian.h>

#include "common/entities/extractor.h"
#include "common/index/database_layout.h"
#include "common/index/document_builder.h"
#include "common/index/timestamp.h"
#include "common/release/source_reader.h"
#include "common/schema.h"
#include "indexer/release_document.h"
#include "indexer/source_scan.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// Documents written between commits: large enough for speed, small enough that a crash
// loses little work.
constexpr size_t kCommitEvery = 2000;

void print_rejection(const Rejection& r) { std::cerr << "rejected " << describe(r) << "\n"; }

// Deletes documents whose source file lies inside the given SOURCEs but produced no
// release this run (the file vanished, or no longer holds that id).
size_t delete_vanished(Xapian::WritableDatabase& db, const std::vector<fs::path>& roots,
                       const std::set<Xapian::docid>& kept,
                       const std::set<std::string>& unreadable_sources) {
  std::vector<Xapian::docid> doomed;
  for (auto it = db.valuestream_begin(schema::kSourceSlot); it != db.valuestream_end(schema::kSourceSlot); ++it) {
    const std::string source = *it;
    if (kept.count(it.get_docid()) || !is_within(source, roots) || unreadable_sources.count(source)) continue;
    doomed.push_back(it.get_docid());
  }
  for (Xapian::docid id : doomed) db.delete_document(id);
  return doomed.size();
}

}  // namespace

RunSummary run_index(const Options& options) {
  const auto started = std::chrono::steady_clock::now();
  RunSummary summary;
  std::vector<SourceFile> files = scan_sources(options.sources);
  entities::EntityExtractor extractor(options.data_dir);

  DatabaseLayout layout(options.database);
  WriterLock lock(layout.lock_file());
  std::optional<fs::path> live = layout.current_generation();
  const bool fresh = options.rebuild || !live;
  const fs::path target = fresh ? layout.next_generation() : *live;
  if (fresh) fs::create_directories(target);
  Xapian::WritableDatabase db(target.string(), fresh ? Xapian::DB_CREATE : Xapian::DB_OPEN);

  const std::string now = utc_now_rfc3339();
  std::map<std::string, std::string> first_source_of_id;
  std::set<Xapian::docid> kept;
  std::set<std::string> unreadable_sources;  // their documents are kept, not deleted
  size_t pending = 0;
  for (const auto& file : files) {
    FileResult result = read_source_file(file.path);
    for (auto& r : result.rejections) {
      if (r.line == 0) unreadable_sources.insert(file.absolute.string());
      print_rejection(r);
      summary.rejections.push_back(std::move(r));
    }
    for (const Release& release : result.releases) {
      auto [it, inserted] = first_source_of_id.emplace(release.id, release.source);
      if (!inserted) {
        Rejection clash{release.source, 0, "id '" + release.id + "' is also used by " + it->second + ", which is kept"};
        print_rejection(clash);
        summary.rejections.push_back(std::move(clash));
        continue;
      }
      if (release.date.empty()) ++summary.undated;
      StoredDocument stored = make_stored_document(release, extractor, now);
      const std::string digest = content_digest(stored);
      const std::string id_term = schema::id_term(release.id);
      bool exists = false;
      if (!fresh) {
        Xapian::PostingIterator p = db.postlist_begin(id_term);
        if (p != db.postlist_end(id_term)) {
          exists = true;
          if (db.get_document(*p).get_value(schema::kContentHashSlot) == digest) {
            kept.insert(*p);
            ++summary.unchanged;
            continue;
          }
        }
      }
      kept.insert(db.replace_document(id_term, build_document(stored, digest, file.absolute.string())));
      ++(exists ? summary.updated : summary.added);
      if (++pending >= kCommitEvery) {
        db.commit();
        pending = 0;
      }
    }
  }
  if (!fresh) summary.deleted = delete_vanished(db, absolute_sources(options.sources), kept, unreadable_sources);
  if (fresh || summary.added + summary.updated + summary.deleted > 0) {
    db.set_metadata(std::string(schema::kMetaLastIndexed), now);
  }
  db.commit();
  db.close();
  if (fresh) {
    layout.switch_to(target);
    // The generation just replaced stays: a daemon may still be answering from it.
    layout.remove_stale_generations(live.value_or(target));
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dipsearch::indexer
