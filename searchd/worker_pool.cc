// A fixed set of worker threads over one bounded queue of requests.
#include "searchd/worker_pool.h"

namespace dipsearch::searchd {

WorkerPool::WorkerPool(size_t threads, size_t max_queued, Serve serve)
    : max_queued_(max_queued), serve_(std::move(serve)) {
  for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

bool WorkerPool::try_submit(std::unique_ptr<Connection>& connection) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (queue_.size() >= max_queued_) return false;
    queue_.push_back(std::move(connection));
  }
  wake_.notify_one();
  return true;
}

void WorkerPool::work() {
  while (true) {
    std::unique_ptr<Connection> next;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      next = std::move(queue_.front());
      queue_.pop_front();
    }
    serve_(std::move(next));
  }
}

}  // namespace dipsearch::searchd
