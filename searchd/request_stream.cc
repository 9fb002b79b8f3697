// A framed request in, the socket out.
#include "searchd/request_stream.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "searchd/sockets.h"

namespace dipsearch::searchd {

RequestStream::RequestStream(const Connection& connection, std::string_view request,
                             std::chrono::milliseconds write_timeout)
    : connection_(connection), request_(request), write_timeout_(write_timeout) {}

ssize_t RequestStream::read(char* ptr, size_t size) {
  const size_t n = std::min(size, request_.size() - read_);
  std::memcpy(ptr, request_.data() + read_, n);
  read_ += n;
  return static_cast<ssize_t>(n);
}

bool RequestStream::wait_writable() const {
  pollfd p{connection_.fd, POLLOUT, 0};
  int ready;
  do {
    ready = poll(&p, 1, static_cast<int>(write_timeout_.count()));
  } while (ready < 0 && errno == EINTR);
  return ready > 0 && (p.revents & POLLOUT) != 0;
}

bool RequestStream::is_writable() const {
  if (!wait_writable()) return false;
  // Readable with nothing to read: the client has closed its end.
  pollfd p{connection_.fd, POLLIN, 0};
  if (poll(&p, 1, 0) <= 0) return true;
  char byte;
  return recv(connection_.fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) != 0;
}

ssize_t RequestStream::write(const char* ptr, size_t size) {
  while (true) {
    const ssize_t n = send(connection_.fd, ptr, size, MSG_NOSIGNAL);
    if (n >= 0) {
      written_ += static_cast<size_t>(n);
      return n;
    }
    if (errno == EINTR) continue;
    if ((errno != EAGAIN && errno != EWOULDBLOCK) || !wait_writable()) return -1;
  }
}

void RequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = connection_.peer_ip;
  port = connection_.peer_port;
}

void RequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
  SocketAddress local = local_address(connection_.fd);
  ip = std::move(local.ip);
  port = local.port;
}

}  // namespace dipsearch::searchd
