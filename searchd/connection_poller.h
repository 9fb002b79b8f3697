// The connection layer's one thread (epoll): it accepts connections within the limits per
// client address and in total, keeps idle keep-alive connections and receives requests
// without holding a worker, answers what it can refuse from the head alone, and hands
// only complete requests to the workers. A slow or silent client costs a buffer here, not
// a worker, and is bounded in time.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "searchd/connection.h"
#include "searchd/request_head.h"

namespace dipsearch::searchd {

struct ConnectionLimits {
  size_t max_connections = 1024;        // open at once; idle ones are closed first when full
  size_t max_client_connections = 64;   // from one client address; 0 for no limit
  std::chrono::milliseconds request_timeout{10'000};     // to receive a request, head and body
  std::chrono::milliseconds keep_alive_timeout{60'000};  // idle between requests
  HeadLimits head;
};

// After its last answer a connection is drained for at most this long and this many bytes
// before it closes, so a client still sending a refused body reads the answer instead of
// a reset (nginx's lingering close).
inline constexpr std::chrono::milliseconds kLingerTime{5'000};
inline constexpr size_t kMaxDrainBytes = size_t{64} << 20;

struct ConnectionStats {
  size_t open = 0, idle = 0, busy = 0;
  unsigned long accepted = 0;
  unsigned long refused_full = 0;     // 503: max_connections reached, none idle to close
  unsigned long refused_client = 0;   // 503: max_client_connections reached
  unsigned long refused_busy = 0;     // 503: every worker busy and the queue full
  unsigned long timed_out = 0;        // a request not received within request_timeout
  unsigned long malformed = 0;        // refused from the head (400, 411, 413, 414, 415, 417, 431)
  unsigned long closed_idle = 0;      // idle ones closed to make room
};

class ConnectionPoller {
 public:
  // Takes a connection whose input starts with a complete request; returns false (and
  // leaves it) when no worker can take it.
  using Dispatch = std::function<bool(std::unique_ptr<Connection>&)>;

  // Takes ownership of the listening socket.
  ConnectionPoller(int listen_fd, const ConnectionLimits& limits);
  ~ConnectionPoller();
  ConnectionPoller(const ConnectionPoller&) = delete;
  ConnectionPoller& operator=(const ConnectionPoller&) = delete;

  // Serves until stop(); then closes every connection it holds at once, waits (bounded)
  // for the requests workers are answering, and returns.
  void run(const Dispatch& dispatch);
  // From any thread.
  void stop();
  // From a worker: the request at the front of the connection was answered (and removed
  // from its input); keep_alive says whether the connection may serve another.
  void resume(std::unique_ptr<Connection> connection, bool keep_alive);

  ConnectionStats stats() const;

 private:
  void accept_all();
  void admit(int fd);
  void on_event(int fd, unsigned events);
  bool on_readable(Connection& c);
  bool advance(Connection& c);
  bool hand_over(Connection& c);
  bool refuse(Connection& c, int status, const std::string& code, const std::string& message);
  bool begin_close(Connection& c);
  bool drain(Connection& c);
  bool flush(Connection& c);
  void close_connection(Connection& c);
  void become_idle(Connection& c);
  void become_reading(Connection& c);
  void leave_idle(Connection& c);
  bool close_oldest_idle();
  void take_returned();
  void sweep();
  void begin_stop();
  void watch(Connection& c, unsigned events);

  const ConnectionLimits limits_;
  const Dispatch* dispatch_ = nullptr;
  int listen_fd_;
  int epoll_fd_;
  int wake_fd_;
  bool accepting_ = true;
  Clock::time_point resume_accepting_;
  bool stopping_ = false;
  Clock::time_point stop_deadline_;
  std::atomic<bool> stop_requested_{false};

  // Poller thread only.
  std::unordered_map<int, std::unique_ptr<Connection>> owned_;  // every connection but busy ones
  std::unordered_map<std::string, size_t> per_client_;          // open connections by address
  std::set<std::pair<Clock::time_point, int>> idle_;            // oldest first
  size_t closing_ = 0;

  std::mutex returned_mutex_;
  std::vector<std::pair<std::unique_ptr<Connection>, bool>> returned_;
  bool finished_ = false;  // under returned_mutex_: run() has returned

  // Written by the poller thread, read by /metrics.
  std::atomic<size_t> open_{0}, idle_count_{0}, busy_{0};
  std::atomic<unsigned long> accepted_{0}, refused_full_{0}, refused_client_{0}, refused_busy_{0}, timed_out_{0},
      malformed_{0}, closed_idle_{0};
};

}  // namespace dipsearch::searchd
