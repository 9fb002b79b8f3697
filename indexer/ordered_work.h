// Runs a job per item on a few threads and hands the results back in item order, at most
// a window of items ahead of the consumer, so memory stays bounded however many items
// there are. The indexer reads and analyzes files this way on every core while one
// thread keeps the run's decisions in path order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dipsearch::indexer {

template <typename Result>
class OrderedWork {
 public:
  // job(item, worker) runs on worker thread `worker` (0 … threads-1) for each item in
  // [0, count); an exception it throws is rethrown by next() for that item.
  OrderedWork(size_t count, size_t threads, size_t window, std::function<Result(size_t, size_t)> job)
      : count_(count), window_(window < 1 ? 1 : window), job_(std::move(job)), slots_(window_) {
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
  };

  void work(size_t worker) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return stopping_ || started_ >= count_ || started_ < consumed_ + window_; });
      if (stopping_ || started_ >= count_) return;
      const size_t item = started_++;
      lock.unlock();
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(job_(item, worker));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      Slot& slot = slots_[item % window_];
      slot.result = std::move(result);
      slot.error = error;
      changed_.notify_all();
    }
  }

  const size_t count_;
  const size_t window_;
  const std::function<Result(size_t, size_t)> job_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;  // item i in slot i % window
  size_t started_ = 0;
  size_t consumed_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: started once everything else is ready
};

}  // namespace dipsearch::indexer
