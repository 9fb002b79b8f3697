// The docid shares of lanes, and the helper threads that run them.
#include "common/search/match_lanes.h"

#include <algorithm>
#include <string>

namespace dipsearch {
namespace {

// Every docid of one range, as a posting source of weight 0. Xapian runs a posting source
// per sub-database, on that sub-database's own docids, so the range is worked out there:
// the lane's fraction of docids 1 to the sub-database's last.
class DocidShare : public Xapian::PostingSource {
 public:
  DocidShare(unsigned lane, unsigned lanes, ShardTracker* tracker) : lane_(lane), lanes_(lanes), tracker_(tracker) {}

  void init(const Xapian::Database& db) override {
    if (tracker_ != nullptr) {
      const std::string id = db.get_uuid();
      const auto& ids = tracker_->shard_ids;
      shard_ = static_cast<size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
      if (shard_ == ids.size()) throw Xapian::InvalidOperationError("a shard the search index does not know: " + id);
    }
    const unsigned long long last = db.get_lastdocid();
    first_ = static_cast<Xapian::docid>(last * lane_ / lanes_ + 1);
    last_ = static_cast<Xapian::docid>(last * (lane_ + 1) / lanes_);
    current_ = first_ - 1;
    const Xapian::doccount span = last_ >= first_ ? last_ - first_ + 1 : 0;
    span_ = std::min(span, db.get_doccount());
    set_maxweight(0);
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }  // docids may be gaps
  Xapian::doccount get_termfreq_est() const override { return span_; }
  Xapian::doccount get_termfreq_max() const override { return span_; }
  double get_weight() const override { return 0; }
  Xapian::docid get_docid() const override { return current_; }
  void next(double) override {
    ++current_;
    here();
  }
  // Never below the range: before the first next(), current_ is one short of it.
  void skip_to(Xapian::docid did, double) override {
    current_ = std::max({current_, did, first_});
    here();
  }
  bool check(Xapian::docid did, double min_wt) override {
    skip_to(did, min_wt);
    return true;
  }
  bool at_end() const override { return current_ > last_; }
  DocidShare* clone() const override { return new DocidShare(lane_, lanes_, tracker_); }
  std::string get_description() const override {
    return "DocidShare(" + std::to_string(lane_) + "/" + std::to_string(lanes_) + ")";
  }

 private:
  // The match is in this shard now.
  void here() {
    if (tracker_ != nullptr) tracker_->current = shard_;
  }

  const unsigned lane_, lanes_;
  ShardTracker* const tracker_;
  size_t shard_ = 0;
  Xapian::docid first_ = 1, last_ = 0, current_ = 0;
  Xapian::doccount span_ = 0;
};

}  // namespace

Xapian::Query lane_share(const Xapian::Query& query, unsigned lane, unsigned lanes, ShardTracker* tracker) {
  if ((lanes <= 1 && tracker == nullptr) || query.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query,
                       Xapian::Query((new DocidShare(lane, std::max(lanes, 1u), tracker))->release()));
}

// The tasks of one run() call, and how many of them are still running or waiting.
struct LanePool::Batch {
  std::vector<std::function<void()>>* tasks;
  std::vector<std::exception_ptr> errors;
  size_t unfinished = 0;
  std::condition_variable done;
};

LanePool::LanePool(size_t cores) : cores_(std::max<size_t>(cores, 1)) {
  for (size_t i = 1; i < cores_; ++i) threads_.emplace_back([this] { work(); });
}

LanePool::~LanePool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

LanePool::Lanes::Lanes(LanePool& pool, size_t available) : pool_(pool), count_(1) {
  size_t busy = pool_.busy_.load();
  for (;;) {
    const size_t idle = pool_.cores_ > busy ? pool_.cores_ - busy : 0;
    const size_t extra = std::min(idle, std::max<size_t>(available, 1) - 1);
    if (pool_.busy_.compare_exchange_weak(busy, busy + extra)) {
      count_ = 1 + extra;
      return;
    }
  }
}

void LanePool::run(std::vector<std::function<void()>>& tasks) {
  if (tasks.empty()) return;
  Batch batch{&tasks, std::vector<std::exception_ptr>(tasks.size()), tasks.size(), {}};
  auto perform = [&batch](size_t i) {
    try {
      (*batch.tasks)[i]();
    } catch (...) {
      batch.errors[i] = std::current_exception();
    }
  };
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t i = 1; i < tasks.size(); ++i) queue_.emplace_back(&batch, i);
  }
  if (tasks.size() > 1) wake_.notify_all();
  perform(0);
  std::unique_lock<std::mutex> lock(mutex_);
  --batch.unfinished;
  // The lanes no helper has started: this thread runs them itself.
  for (auto it = queue_.begin(); it != queue_.end();) {
    if (it->first != &batch) {
      ++it;
      continue;
    }
    const size_t i = it->second;
    it = queue_.erase(it);
    lock.unlock();
    perform(i);
    lock.lock();
    --batch.unfinished;
    it = queue_.begin();
  }
  batch.done.wait(lock, [&batch] { return batch.unfinished == 0; });
  lock.unlock();
  for (const auto& error : batch.errors) {
    if (error) std::rethrow_exception(error);
  }
}

void LanePool::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    auto [batch, i] = queue_.front();
    queue_.pop_front();
    lock.unlock();
    try {
      (*batch->tasks)[i]();
    } catch (...) {
      batch->errors[i] = std::current_exception();
    }
    lock.lock();
    if (--batch->unfinished == 0) batch->done.notify_all();
  }
}

}  // namespace dipsearch
