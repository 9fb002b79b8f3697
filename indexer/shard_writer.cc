// The writer thread of one database (see shard_writer.h).
#include "indexer/shard_writer.h"

#include <algorithm>

#include "common/schema.h"
#include "indexer/source_stamp.h"

namespace dipsearch::indexer {
namespace {

// Documents waiting for the writer. Enough to ride out a slow document; few enough that
// the built documents waiting here (tens of kilobytes each) stay a few megabytes.
constexpr size_t kQueueLimit = 64;

}  // namespace

ShardWriter::ShardWriter(Xapian::WritableDatabase db, size_t flush_threshold, size_t max_pending_terms)
    : db_(std::move(db)),
      flush_threshold_(std::max<size_t>(flush_threshold, 1)),
      max_pending_terms_(max_pending_terms),
      thread_([this] { run(); }) {}

ShardWriter::~ShardWriter() { stop(); }

void ShardWriter::write(Xapian::docid existing, Xapian::Document document) {
  const size_t terms = document.termlist_count();
  push({Action::kWrite, existing, std::move(document), {}, {}, terms});
}

void ShardWriter::restamp(Xapian::docid existing, std::string source, std::string stamp) {
  push({Action::kRestamp, existing, {}, std::move(source), std::move(stamp), 0});
}

void ShardWriter::push(Task task) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] {
    const bool room = queue_.empty() || (queue_.size() < kQueueLimit && queued_terms_ + task.terms <= kMaxQueuedTerms);
    return room || error_ || closing_;
  });
  if (error_) std::rethrow_exception(error_);
  queued_terms_ += task.terms;
  queue_.push_back(std::move(task));
  lock.unlock();
  changed_.notify_all();
}

void ShardWriter::finish() {
  stop();
  if (error_) std::rethrow_exception(error_);
  kept_.add(kept_by_caller_);
}

void ShardWriter::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ShardWriter::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
    if (queue_.empty()) return;
    Task task = std::move(queue_.front());
    queue_.pop_front();
    queued_terms_ -= task.terms;
    lock.unlock();
    changed_.notify_all();
    try {
      perform(task);
    } catch (...) {
      lock.lock();
      error_ = std::current_exception();
      queue_.clear();
      changed_.notify_all();
      return;
    }
    lock.lock();
  }
}

void ShardWriter::perform(Task& task) {
  switch (task.action) {
    case Action::kWrite: {
      if (task.existing != 0) replaced_.push_back({task.existing, linkable_release(db_.get_document(task.existing))});
      const Xapian::docid written = task.existing != 0 ? task.existing : db_.add_document(task.document);
      if (task.existing != 0) db_.replace_document(task.existing, task.document);
      kept_.mark(written);
      written_.mark(written);
      task.document = Xapian::Document();  // its memory goes before Xapian's buffers grow further
      count_change(task.terms);
      if (pending_terms_ >= max_pending_terms_) write_out_buffered_changes(written);
      return;
    }
    case Action::kRestamp: {
      // Read from this database and changed in its values only, the document is rewritten
      // without its terms being touched.
      Xapian::Document doc = db_.get_document(task.existing);
      set_source(doc, task.source, task.stamp);
      db_.replace_document(task.existing, doc);
      count_change(0);
      break;
    }
  }
  kept_.mark(task.existing);
}

// Every document written or restamped is one change to Xapian, which writes its buffers out
// (inside a transaction too, without committing) at every flush_threshold_-th change.
void ShardWriter::count_change(size_t terms) {
  pending_terms_ += terms;
  if (++changes_ % flush_threshold_ == 0) pending_terms_ = 0;
}

// Xapian counts changes, not their size, and has no call that writes its buffers out inside
// a transaction (asking for the term list writes the postings but keeps the positions). So
// the document just written is rewritten with a value set to what it holds, as many times
// as Xapian still counts to its threshold: each rewrite is a change that writes nothing new
// (only the values are compared), and the last one makes Xapian write everything out.
void ShardWriter::write_out_buffered_changes(Xapian::docid written) {
  Xapian::Document same = db_.get_document(written);
  same.add_value(schema::kSourceSlot, same.get_value(schema::kSourceSlot));
  while (pending_terms_ > 0) {
    db_.replace_document(written, same);
    count_change(0);
  }
}

}  // namespace dipsearch::indexer
