// One client connection as the connection layer keeps it between requests: its socket,
// who it is, the bytes received and not yet answered, and what it is waiting for.
#pragma once

#include <chrono>
#include <string>

#include "searchd/request_head.h"

namespace dipsearch::searchd {

using Clock = std::chrono::steady_clock;

struct Connection {
  enum class State {
    kReading,  // a request is arriving (or the first one is awaited)
    kIdle,     // kept alive between requests
    kBusy,     // a worker answers its request; the poller does not watch it
    kClosing,  // answered for the last time: unread bytes are drained before closing
  };

  int fd = -1;
  std::string peer_ip;  // the client address: per-client limits count by it
  int peer_port = 0;
  State state = State::kReading;
  Clock::time_point deadline;    // of the current state: request, keep-alive, lingering
  Clock::time_point idle_since;  // kIdle: the oldest idle connection is closed first when full

  std::string input;       // received, not yet answered (a request, perhaps the next ones)
  std::string output;      // the connection layer's own answers, not yet sent
  bool framed = false;     // `head` describes the request at the front of `input`
  RequestHead head;
  bool continue_sent = false;
  unsigned requests = 0;   // answered on this connection
  size_t drained = 0;      // kClosing: bytes read and dropped
  bool peer_closed = false;  // the client sent its end of stream (it may still read)
  bool counted = false;      // holds a place under the connection limits
  unsigned interest = 0;   // epoll events registered
  bool registered = false;
};

}  // namespace dipsearch::searchd
