// The few socket operations the connection layer needs, with errors in words: a listening
// socket for a host and port, and the addresses at either end of a connection.
#pragma once

#include <string>

namespace dipsearch::searchd {

struct SocketAddress {
  std::string ip;  // IPv4 dotted, IPv6 without brackets; IPv4-mapped IPv6 as IPv4
  int port = 0;
};

// A non-blocking listening socket bound to host:port (port 0: the kernel picks one).
// Throws std::runtime_error naming the address and the system's reason.
int listen_on(const std::string& host, int port);

SocketAddress peer_address(int fd);
SocketAddress local_address(int fd);

}  // namespace dipsearch::searchd
