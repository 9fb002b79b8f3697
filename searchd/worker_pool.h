// The threads that answer complete requests, with a bounded queue: when every worker is
// busy and the queue is full, the caller refuses (503) instead of queueing forever.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "searchd/connection.h"

namespace dipsearch::searchd {

class WorkerPool {
 public:
  using Serve = std::function<void(std::unique_ptr<Connection>)>;

  // `serve` answers the request at the front of a connection's input, on a worker thread.
  WorkerPool(size_t threads, size_t max_queued, Serve serve);
  // Serves the connections still queued, then joins the threads.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Takes the connection, or leaves it with the caller and returns false when max_queued
  // connections are waiting already.
  bool try_submit(std::unique_ptr<Connection>& connection);

 private:
  void work();

  const size_t max_queued_;
  const Serve serve_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::unique_ptr<Connection>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dipsearch::searchd
