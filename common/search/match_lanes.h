// One search matched on several cores. Each thread (a lane) matches its share of the
// docids of every (sub-)database, on a database handle of its own, so that each lane sees
// the whole collection's statistics and weighs every release exactly as a single thread
// would; totals and facet counts add up, and the lanes' best hits merge into the page.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

namespace dipsearch {

// Which shard of a database searched as one the matcher is in (see ShardColumns): the lane's
// docid share of each shard records its shard whenever the match advances there.
struct ShardTracker {
  std::vector<std::string> shard_ids;  // each shard's UUID, in Xapian's order
  size_t current = 0;
};

// The query restricted to lane `lane` of `lanes`: the docids of each (sub-)database cut
// into `lanes` consecutive ranges of equal length. Adds no weight. With a tracker, also for
// one lane, so that the tracker follows the match from shard to shard.
Xapian::Query lane_share(const Xapian::Query& query, unsigned lane, unsigned lanes, ShardTracker* tracker = nullptr);

// Helper threads for the lanes of searches. A search runs its first lane itself and hands
// the others to the helpers; a lane no helper has taken when the search's own lane is done
// runs on the search's thread too, so a busy pool never makes a search wait.
class LanePool {
 public:
  // cores: the lanes one search may use when it runs alone (helper threads: cores - 1).
  explicit LanePool(size_t cores);
  ~LanePool();
  LanePool(const LanePool&) = delete;
  LanePool& operator=(const LanePool&) = delete;

  // Counts a search as one busy thread for as long as it lives.
  class Running {
   public:
    explicit Running(LanePool& pool) : pool_(pool) { ++pool_.busy_; }
    ~Running() { --pool_.busy_; }
    Running(const Running&) = delete;
    Running& operator=(const Running&) = delete;

   private:
    LanePool& pool_;
  };

  // The lanes of one match, of the `available` its index has: its own thread (counted by
  // Running) and as many more as there are idle cores, counted busy until it goes. Under
  // load every core already runs a search, so each matches on one lane: a lane repeats
  // the query's setup, and more threads than cores only share them.
  class Lanes {
   public:
    Lanes(LanePool& pool, size_t available);
    ~Lanes() { pool_.busy_ -= count_ - 1; }
    Lanes(const Lanes&) = delete;
    Lanes& operator=(const Lanes&) = delete;
    size_t count() const { return count_; }

   private:
    LanePool& pool_;
    size_t count_;
  };

  // Runs every task, the first on this thread; rethrows the first failure once all ended.
  void run(std::vector<std::function<void()>>& tasks);

 private:
  struct Batch;
  void work();

  const size_t cores_;
  std::atomic<size_t> busy_{0};  // threads searches run on: one per search, and their extra lanes
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<Batch*, size_t>> queue_;  // tasks not started yet
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dipsearch
