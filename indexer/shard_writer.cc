// The writer thread of one database (see shard_writer.h).
#include "indexer/shard_writer.h"

#include "indexer/source_stamp.h"

namespace dipsearch::indexer {
namespace {

// Documents waiting for the writer. Enough to ride out a slow document; few enough that
// the built documents waiting here (tens of kilobytes each) stay a few megabytes.
constexpr size_t kQueueLimit = 64;

}  // namespace

ShardWriter::ShardWriter(Xapian::WritableDatabase db) : db_(std::move(db)), thread_([this] { run(); }) {}

ShardWriter::~ShardWriter() { stop(); }

void ShardWriter::write(Xapian::docid existing, Xapian::Document document) {
  push({Action::kWrite, existing, std::move(document), {}, {}});
}

void ShardWriter::keep(Xapian::docid existing) { push({Action::kKeep, existing, {}, {}, {}}); }

void ShardWriter::restamp(Xapian::docid existing, std::string source, std::string stamp) {
  push({Action::kRestamp, existing, {}, std::move(source), std::move(stamp)});
}

void ShardWriter::push(Task task) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return queue_.size() < kQueueLimit || error_ || closing_; });
  if (error_) std::rethrow_exception(error_);
  queue_.push_back(std::move(task));
  lock.unlock();
  changed_.notify_all();
}

void ShardWriter::finish() {
  stop();
  if (error_) std::rethrow_exception(error_);
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
    case Action::kKeep:
      break;
    case Action::kWrite:
      if (task.existing == 0) return kept_.mark(db_.add_document(task.document));
      db_.replace_document(task.existing, task.document);
      break;
    case Action::kRestamp: {
      // Read from this database and changed in its values only, the document is rewritten
      // without its terms being touched.
      Xapian::Document doc = db_.get_document(task.existing);
      set_source(doc, task.source, task.stamp);
      db_.replace_document(task.existing, doc);
      break;
    }
  }
  kept_.mark(task.existing);
}

}  // namespace dipsearch::indexer
