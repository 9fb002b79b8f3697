// The epoll loop of the connection layer: accepting, receiving, refusing, lingering.
#include "searchd/connection_poller.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "searchd/connection_answers.h"
#include "searchd/sockets.h"

namespace dipsearch::searchd {
namespace {

constexpr std::chrono::milliseconds kSweepInterval{100};
// How long a stop waits for the requests workers are answering (streamed exports stop
// at once: they watch for the stop).
constexpr std::chrono::seconds kStopWait{10};
// After running out of descriptors, accepting pauses for this long.
constexpr std::chrono::milliseconds kAcceptPause{100};

std::string seconds_text(std::chrono::milliseconds ms) {
  return std::to_string((ms.count() + 999) / 1000) + " s";
}

}  // namespace

ConnectionPoller::ConnectionPoller(int listen_fd, const ConnectionLimits& limits)
    : limits_(limits), listen_fd_(listen_fd) {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (epoll_fd_ < 0 || wake_fd_ < 0) throw std::runtime_error(std::string("cannot poll: ") + std::strerror(errno));
  for (int fd : {listen_fd_, wake_fd_}) {
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = fd;
    epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &ev);
  }
}

ConnectionPoller::~ConnectionPoller() {
  for (auto& [fd, c] : owned_) ::close(fd);
  if (listen_fd_ >= 0) ::close(listen_fd_);
  ::close(wake_fd_);
  ::close(epoll_fd_);
}

void ConnectionPoller::stop() {
  stop_requested_ = true;
  const uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(wake_fd_, &one, sizeof one);
}

void ConnectionPoller::resume(std::unique_ptr<Connection> connection, bool keep_alive) {
  {
    std::lock_guard<std::mutex> lock(returned_mutex_);
    if (!finished_) {
      returned_.emplace_back(std::move(connection), keep_alive);
    }
  }
  if (connection) {  // the poller is gone: nobody else will close it
    ::close(connection->fd);
    return;
  }
  const uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(wake_fd_, &one, sizeof one);
}

ConnectionStats ConnectionPoller::stats() const {
  ConnectionStats s;
  s.open = open_;
  s.idle = idle_count_;
  s.busy = busy_;
  s.accepted = accepted_;
  s.refused_full = refused_full_;
  s.refused_client = refused_client_;
  s.refused_busy = refused_busy_;
  s.timed_out = timed_out_;
  s.malformed = malformed_;
  s.closed_idle = closed_idle_;
  return s;
}

void ConnectionPoller::run(const Dispatch& dispatch) {
  dispatch_ = &dispatch;
  epoll_event events[128];
  auto next_sweep = Clock::now() + kSweepInterval;
  while (true) {
    const int n = epoll_wait(epoll_fd_, events, 128, static_cast<int>(kSweepInterval.count()));
    for (int i = 0; i < n; ++i) {
      const int fd = events[i].data.fd;
      if (fd == listen_fd_) {
        accept_all();
      } else if (fd == wake_fd_) {
        uint64_t count;
        [[maybe_unused]] ssize_t r = read(wake_fd_, &count, sizeof count);
      } else {
        on_event(fd, events[i].events);
      }
    }
    take_returned();
    if (stop_requested_ && !stopping_) begin_stop();
    if (stopping_ && (busy_ == 0 || Clock::now() > stop_deadline_)) break;
    if (Clock::now() >= next_sweep) {
      sweep();
      next_sweep = Clock::now() + kSweepInterval;
    }
  }
  std::lock_guard<std::mutex> lock(returned_mutex_);
  finished_ = true;
  for (auto& [c, keep_alive] : returned_) ::close(c->fd);
  returned_.clear();
}

void ConnectionPoller::begin_stop() {
  stopping_ = true;
  stop_deadline_ = Clock::now() + kStopWait;
  ::close(listen_fd_);
  listen_fd_ = -1;
  // Idle and half-received requests end now; requests being answered finish first.
  std::vector<int> fds;
  for (const auto& [fd, c] : owned_) fds.push_back(fd);
  for (int fd : fds) close_connection(*owned_.at(fd));
}

void ConnectionPoller::accept_all() {
  while (accepting_ && !stopping_) {
    const int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) {
      admit(fd);
      continue;
    }
    if (errno == EINTR || errno == ECONNABORTED) continue;
    if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
      // Out of descriptors: waiting clients stay in the backlog until some close.
      accepting_ = false;
      resume_accepting_ = Clock::now() + kAcceptPause;
      epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, listen_fd_, nullptr);
    }
    return;
  }
}

void ConnectionPoller::admit(int fd) {
  ++accepted_;
  int yes = 1;
  // Headers and body go out in separate writes: without this, Nagle's algorithm and the
  // client's delayed ACK hold every kept-alive answer back by about 40 ms.
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  auto owned = std::make_unique<Connection>();
  Connection& c = *owned;
  c.fd = fd;
  SocketAddress peer = peer_address(fd);
  c.peer_ip = std::move(peer.ip);
  c.peer_port = peer.port;
  owned_[fd] = std::move(owned);

  const auto same_client = per_client_.find(c.peer_ip);
  // On a Unix socket every client is the reverse proxy in front: no per-client limit.
  if (limits_.max_client_connections > 0 && !c.peer_ip.empty() && same_client != per_client_.end() &&
      same_client->second >= limits_.max_client_connections) {
    ++refused_client_;
    refuse(c, 503, "too_many_connections",
           "this address has " + std::to_string(limits_.max_client_connections) +
               " connections open already; reuse them or retry when one closes");
    return;
  }
  if (open_ >= limits_.max_connections && !close_oldest_idle()) {
    ++refused_full_;
    refuse(c, 503, "server_busy", "the server has as many connections as it serves; retry in a moment");
    return;
  }
  c.counted = true;
  ++open_;
  ++per_client_[c.peer_ip];
  c.state = Connection::State::kReading;
  c.deadline = Clock::now() + limits_.request_timeout;
  watch(c, EPOLLIN);
}

void ConnectionPoller::on_event(int fd, unsigned events) {
  auto it = owned_.find(fd);
  if (it == owned_.end()) return;
  Connection& c = *it->second;
  if ((events & EPOLLERR) != 0) {
    close_connection(c);
    return;
  }
  if ((events & EPOLLOUT) != 0 && !flush(c)) return;
  if ((events & (EPOLLIN | EPOLLHUP)) != 0) on_readable(c);
}

bool ConnectionPoller::on_readable(Connection& c) {
  if (c.state == Connection::State::kClosing) return drain(c);
  char buffer[64 * 1024];
  while (!c.peer_closed) {
    // Never read past the request being received: what follows it waits in the kernel.
    const size_t limit = c.framed ? c.head.request_bytes() : limits_.head.max_head_bytes;
    if (c.input.size() >= limit) break;
    const ssize_t n = recv(c.fd, buffer, std::min(sizeof buffer, limit - c.input.size()), 0);
    if (n > 0) {
      if (c.state == Connection::State::kIdle) become_reading(c);
      c.input.append(buffer, static_cast<size_t>(n));
    } else if (n == 0) {
      c.peer_closed = true;  // a complete request before it is still answered
    } else if (errno == EINTR) {
      continue;
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      break;
    } else {
      close_connection(c);
      return false;
    }
  }
  return advance(c);
}

bool ConnectionPoller::advance(Connection& c) {
  if (!c.framed) {
    c.input.erase(0, leading_empty_lines(c.input));
    if (c.input.empty()) {
      if (c.peer_closed) {
        close_connection(c);
        return false;
      }
      return true;
    }
    if (c.state == Connection::State::kIdle) become_reading(c);
    Refusal refusal;
    switch (frame_request(c.input, limits_.head, c.head, refusal)) {
      case Framing::kIncomplete:
        if (c.peer_closed) {
          close_connection(c);
          return false;
        }
        return true;
      case Framing::kRefused:
        ++malformed_;
        return refuse(c, refusal.status, refusal.code, refusal.message);
      case Framing::kComplete:
        c.framed = true;
        c.input.reserve(c.head.request_bytes());  // one buffer for the body, not a doubling series
        if (c.head.expects_continue) {
          std::string head = without_expect_header(std::string_view(c.input).substr(0, c.head.head_bytes));
          c.input.replace(0, c.head.head_bytes, head);
          c.head.head_bytes = head.size();
        }
        break;
    }
  }
  if (c.input.size() >= c.head.request_bytes()) return hand_over(c);
  if (c.peer_closed) {
    close_connection(c);
    return false;
  }
  if (c.head.expects_continue && !c.continue_sent && c.input.size() == c.head.head_bytes) {
    c.continue_sent = true;
    c.output += kContinueResponse;
    return flush(c);
  }
  return true;
}

bool ConnectionPoller::hand_over(Connection& c) {
  const int fd = c.fd;
  if (c.registered) {
    epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);
    c.registered = false;
    c.interest = 0;
  }
  c.state = Connection::State::kBusy;
  auto it = owned_.find(fd);
  std::unique_ptr<Connection> owned = std::move(it->second);
  owned_.erase(it);
  ++busy_;
  if ((*dispatch_)(owned)) return false;
  --busy_;
  Connection& back = *owned;
  owned_[fd] = std::move(owned);
  ++refused_busy_;
  return refuse(back, 503, "server_busy", "every worker is busy and the queue is full; retry in a moment");
}

bool ConnectionPoller::refuse(Connection& c, int status, const std::string& code, const std::string& message) {
  c.output += refusal_response(status, code, message);
  return begin_close(c);
}

bool ConnectionPoller::begin_close(Connection& c) {
  if (c.counted) {
    c.counted = false;
    --open_;
    if (--per_client_[c.peer_ip] == 0) per_client_.erase(c.peer_ip);
  }
  leave_idle(c);
  // Lingering costs a descriptor: past as many as there may be connections, close at once.
  if (closing_ >= limits_.max_connections) {
    close_connection(c);
    return false;
  }
  c.state = Connection::State::kClosing;
  ++closing_;
  c.deadline = Clock::now() + kLingerTime;
  c.drained = 0;
  c.input.clear();
  c.input.shrink_to_fit();
  if (c.output.empty()) shutdown(c.fd, SHUT_WR);
  watch(c, c.peer_closed ? 0u : static_cast<unsigned>(EPOLLIN));
  return flush(c);
}

bool ConnectionPoller::drain(Connection& c) {
  char buffer[64 * 1024];
  while (true) {
    const ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
    if (n > 0) {
      c.drained += static_cast<size_t>(n);
      if (c.drained <= kMaxDrainBytes) continue;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return true;
    } else if (n == 0 && !c.output.empty()) {
      // The client is done sending but has not read the answer yet.
      c.peer_closed = true;
      watch(c, EPOLLOUT);
      return true;
    }
    close_connection(c);
    return false;
  }
}

bool ConnectionPoller::flush(Connection& c) {
  while (!c.output.empty()) {
    const ssize_t n = send(c.fd, c.output.data(), c.output.size(), MSG_NOSIGNAL);
    if (n > 0) {
      c.output.erase(0, static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      watch(c, c.interest | EPOLLOUT);
      return true;
    } else {
      close_connection(c);
      return false;
    }
  }
  if (c.state == Connection::State::kClosing) {
    if (c.peer_closed) {
      close_connection(c);
      return false;
    }
    shutdown(c.fd, SHUT_WR);  // all said: the client sees the end, we drain what it still sends
  }
  watch(c, c.interest & ~static_cast<unsigned>(EPOLLOUT));
  return true;
}

void ConnectionPoller::close_connection(Connection& c) {
  if (c.counted) {
    --open_;
    if (--per_client_[c.peer_ip] == 0) per_client_.erase(c.peer_ip);
  }
  leave_idle(c);
  if (c.state == Connection::State::kClosing) --closing_;
  const int fd = c.fd;
  ::close(fd);  // also leaves the epoll set
  owned_.erase(fd);
}

void ConnectionPoller::become_idle(Connection& c) {
  c.state = Connection::State::kIdle;
  c.idle_since = Clock::now();
  c.deadline = c.idle_since + limits_.keep_alive_timeout;
  idle_.insert({c.idle_since, c.fd});
  idle_count_ = idle_.size();
}

void ConnectionPoller::leave_idle(Connection& c) {
  if (c.state != Connection::State::kIdle) return;
  idle_.erase({c.idle_since, c.fd});
  idle_count_ = idle_.size();
}

void ConnectionPoller::become_reading(Connection& c) {
  leave_idle(c);
  c.state = Connection::State::kReading;
  c.deadline = Clock::now() + limits_.request_timeout;
}

bool ConnectionPoller::close_oldest_idle() {
  if (idle_.empty()) return false;
  ++closed_idle_;
  close_connection(*owned_.at(idle_.begin()->second));
  return true;
}

void ConnectionPoller::take_returned() {
  std::vector<std::pair<std::unique_ptr<Connection>, bool>> returned;
  {
    std::lock_guard<std::mutex> lock(returned_mutex_);
    returned.swap(returned_);
  }
  for (auto& [owned, keep_alive] : returned) {
    --busy_;
    Connection& c = *owned;
    owned_[c.fd] = std::move(owned);
    c.framed = false;
    c.continue_sent = false;
    if (stopping_) {
      close_connection(c);
    } else if (!keep_alive) {
      begin_close(c);
    } else {
      become_idle(c);
      watch(c, EPOLLIN);
      // Pipelined requests may wait in the input already.
      if (!c.input.empty() || c.peer_closed) advance(c);
    }
  }
}

void ConnectionPoller::sweep() {
  const auto now = Clock::now();
  std::vector<int> expired;
  for (const auto& [fd, c] : owned_) {
    if (c->deadline <= now) expired.push_back(fd);
  }
  for (int fd : expired) {
    Connection& c = *owned_.at(fd);
    if (c.state == Connection::State::kReading && !c.input.empty()) {
      ++timed_out_;
      refuse(c, 408, "request_timeout",
             "the request did not arrive within " + seconds_text(limits_.request_timeout));
    } else {
      // Idle too long, silent since it connected, or done lingering: nothing to say.
      if (c.state == Connection::State::kReading) ++timed_out_;
      close_connection(c);
    }
  }
  if (!accepting_ && !stopping_ && now >= resume_accepting_) {
    accepting_ = true;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = listen_fd_;
    epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, listen_fd_, &ev);
  }
}

void ConnectionPoller::watch(Connection& c, unsigned events) {
  if (c.registered && c.interest == events) return;
  epoll_event ev{};
  ev.events = events;
  ev.data.fd = c.fd;
  epoll_ctl(epoll_fd_, c.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c.fd, &ev);
  c.registered = true;
  c.interest = events;
}

}  // namespace dipsearch::searchd
