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

  // Counts a search as running for as long as it lives.
  class Running {
   public:
    explicit Running(LanePool& pool) : pool_(pool) { ++pool_.running_; }
    ~Running() { --pool_.running_; }
    Running(const Running&) = delete;
    Running& operator=(const Running&) = delete;

   private:
    LanePool& pool_;
  };

  // The lanes a search should use now, of the `available` its index has: the cores shared
  // among the searches running, so that a lone search uses every core and searches under
  // load run whole, one per core (each lane costs its own query setup).
  size_t lanes_for(size_t available) const;

  // Runs every task, the first on this thread; rethrows the first failure once all ended.
  void run(std::vector<std::function<void()>>& tasks);

 private:
  struct Batch;
  void work();

  const size_t cores_;
  std::atomic<size_t> running_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<Batch*, size_t>> queue_;  // tasks not started yet
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dipsearch
