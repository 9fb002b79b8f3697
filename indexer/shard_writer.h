// One database being written on its own thread: the run hands it documents to write, in
// order, through a bounded queue (the docids it keeps it only marks), so analysis on the
// other threads and Xapian's inverter here run at the same time. Memory stays bounded
// whatever the documents: the queue holds a limited number of terms, and Xapian's buffered
// changes are written out once they hold kMaxPendingTerms terms (Xapian itself counts only
// changes).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "common/index/version_links.h"

namespace dipsearch::indexer {

// Terms of the documents waiting in the queue (the first one always gets in), and of those
// written since Xapian last wrote its buffered changes out. Xapian takes some 300 bytes a
// term of a new word, and writes out every 1,000 or 2,000 documents (generation_writer.cc):
// a few hundred thousand terms for ordinary releases, which these limits leave alone.
inline constexpr size_t kMaxQueuedTerms = 500'000;
inline constexpr size_t kMaxPendingTerms = 500'000;

// Documents this run wrote or found unchanged, by docid: the documents it keeps.
class KeptDocuments {
 public:
  void mark(Xapian::docid id) {
    if (id >= bits_.size()) bits_.resize(id + 1 + id / 2);
    bits_[id] = true;
  }
  bool has(Xapian::docid id) const { return id < bits_.size() && bits_[id]; }
  // Marks every document the other marks.
  void add(const KeptDocuments& other) {
    if (other.bits_.size() > bits_.size()) bits_.resize(other.bits_.size());
    for (size_t id = 0; id < other.bits_.size(); ++id) {
      if (other.bits_[id]) bits_[id] = true;
    }
  }

 private:
  std::vector<bool> bits_;
};

// A release as it was before this run replaced or deleted its document.
struct ReplacedRelease {
  Xapian::docid docid = 0;
  LinkableRelease release;
};

class ShardWriter {
 public:
  // Takes the open database and the flush threshold Xapian opened it with (the changes it
  // buffers before writing them out); the thread starts at once.
  ShardWriter(Xapian::WritableDatabase db, size_t flush_threshold, size_t max_pending_terms = kMaxPendingTerms);
  ~ShardWriter();  // stops the thread; the database closes (cancelling a transaction)
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;

  // Replaces the document with docid `existing`, or adds it when `existing` is 0. Throws
  // what the thread failed with, if it did.
  void write(Xapian::docid existing, Xapian::Document document);
  // Keeps a document this run found unchanged. Nothing for Xapian to do: it is marked on the
  // caller's thread, not queued (an incremental run keeps most of the database, and a task
  // a document was a wake-up of the writer thread each). Only one thread may call it. It
  // reports no failure of the writer thread: that surfaces at the next write or restamp, or
  // at finish().
  void keep(Xapian::docid existing) { kept_by_caller_.mark(existing); }
  // Keeps a document this run found unchanged but read from another file, or from the same
  // file with another stamp: sets its source path and stamp (source_stamp.h), nothing else.
  void restamp(Xapian::docid existing, std::string source, std::string stamp);
  // Waits until everything handed over is written; rethrows the thread's failure. Only
  // after this may the caller use db() and kept().
  void finish();

  Xapian::WritableDatabase& db() { return db_; }
  const KeptDocuments& kept() const { return kept_; }
  // The documents written (added or replaced) this run, and what linking versions read of
  // each replaced one before it was (so that linking again can start from what changed).
  const KeptDocuments& written() const { return written_; }
  std::vector<ReplacedRelease>& replaced() { return replaced_; }

 private:
  enum class Action { kWrite, kRestamp };
  struct Task {
    Action action = Action::kWrite;
    Xapian::docid existing = 0;
    Xapian::Document document;  // kWrite
    std::string source, stamp;  // kRestamp
    size_t terms = 0;           // the document's, for the limits above
  };
  void perform(Task& task);
  void count_change(size_t terms);
  void write_out_buffered_changes(Xapian::docid written);
  void push(Task task);
  void run();
  void stop();

  Xapian::WritableDatabase db_;
  KeptDocuments kept_;  // by the writer thread; finish() adds kept_by_caller_
  KeptDocuments kept_by_caller_;
  KeptDocuments written_;
  std::vector<ReplacedRelease> replaced_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Task> queue_;
  size_t queued_terms_ = 0;
  // The writer thread's count of Xapian's: changes since its buffers were last written out,
  // and the terms they hold.
  const size_t flush_threshold_;
  const size_t max_pending_terms_;
  size_t changes_ = 0;
  size_t pending_terms_ = 0;
  bool closing_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: starts once everything else is ready
};

}  // namespace dipsearch::indexer
