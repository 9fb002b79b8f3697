// Runs a job per item on a few threads and hands the results back in item order, at most
// a window of items ahead of the consumer and, when costs are given, at most a budget of
// cost in flight, so memory stays bounded however many items there are and however large
// some are. The indexer reads and analyzes files this way on every core while one thread
// keeps the run's decisions in path order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dipsearch::indexer {

// What the items in flight may cost together (memory, say): an item's cost is estimated
// before it starts and, once done, is what its result measures. An item starts only while
// the items in flight (started, not yet taken by next()) leave room for its estimate, or
// when nothing is in flight, so one item over the budget still runs.
template <typename Result>
struct CostBudget {
  size_t budget = SIZE_MAX;
  std::function<size_t(size_t item)> estimate = [](size_t) { return size_t{0}; };
  std::function<size_t(const Result&)> measure = [](const Result&) { return size_t{0}; };
};

template <typename Result>
class OrderedWork {
 public:
  // job(item, worker) runs on worker thread `worker` (0 … threads-1) for each item in
  // [0, count); an exception it throws is rethrown by next() for that item.
  OrderedWork(size_t count, size_t threads, size_t window, std::function<Result(size_t, size_t)> job,
              CostBudget<Result> costs = {})
      : count_(count), window_(window < 1 ? 1 : window), job_(std::move(job)), costs_(std::move(costs)),
        slots_(window_) {
    for (size_t w = 0; w < threads; ++w) threads_.emplace_back([this, w] { work(w); });
  }
  ~OrderedWork() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (auto& t : threads_) t.join();
  }
  OrderedWork(const OrderedWork&) = delete;
  OrderedWork& operator=(const OrderedWork&) = delete;

  // The next item's result, waiting for it. Only for the `count` items.
  Result next() {
    std::unique_lock<std::mutex> lock(mutex_);
    Slot& slot = slots_[consumed_ % window_];
    changed_.wait(lock, [&] { return slot.result.has_value() || slot.error; });
    std::exception_ptr error = std::exchange(slot.error, nullptr);
    std::optional<Result> result = std::exchange(slot.result, std::nullopt);
    in_flight_ -= slot.cost;
    ++consumed_;
    lock.unlock();
    changed_.notify_all();
    if (error) std::rethrow_exception(error);
    return std::move(*result);
  }

 private:
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    size_t cost = 0;  // counted in in_flight_ from the start until next() takes it
  };

  // Under the lock: whether the next item may start now.
  bool may_start() {
    if (started_ >= consumed_ + window_) return false;
    if (started_ == consumed_) return true;
    const size_t estimate = costs_.estimate(started_);
    return in_flight_ <= costs_.budget && estimate <= costs_.budget - in_flight_;
  }

  void work(size_t worker) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return stopping_ || started_ >= count_ || may_start(); });
      if (stopping_ || started_ >= count_) return;
      const size_t item = started_++;
      const size_t estimate = costs_.estimate(item);
      slots_[item % window_].cost = estimate;
      in_flight_ += estimate;
      lock.unlock();
      std::optional<Result> result;
      std::exception_ptr error;
      size_t measured = 0;
      try {
        result.emplace(job_(item, worker));
        measured = costs_.measure(*result);
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      Slot& slot = slots_[item % window_];
      in_flight_ = in_flight_ - slot.cost + measured;
      slot.cost = measured;
      slot.result = std::move(result);
      slot.error = error;
      changed_.notify_all();
    }
  }

  const size_t count_;
  const size_t window_;
  const std::function<Result(size_t, size_t)> job_;
  const CostBudget<Result> costs_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;  // item i in slot i % window
  size_t started_ = 0;
  size_t consumed_ = 0;
  size_t in_flight_ = 0;  // the cost of the items started and not yet taken
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: started once everything else is ready
};

}  // namespace dipsearch::indexer
