// The few socket operations the connection layer needs, with errors in words: a listening
// socket for a host and port, and the addresses at either end of a connection.
#pragma once

#include <string>

namespace dipsearch::searchd {

struct SocketAddress {
  std::string ip;  // IPv4 dotted, IPv6 without brackets; IPv4-mapped IPv6 as IPv4; empty on a Unix socket
  int port = 0;
};

// A non-blocking listening socket bound to host:port (port 0: the kernel picks one).
// Throws std::runtime_error naming the address and the system's reason.
int listen_on(const std::string& host, int port);

// A non-blocking listening Unix socket at `path`, mode 0660 (the daemon's user and group,
// such as a reverse proxy's user added to the group). A socket file left by a daemon that
// died is replaced; one a running daemon answers on, or a file that is not a socket, is an
// error (std::runtime_error naming the path and the reason).
int listen_on_unix(const std::string& path);

SocketAddress peer_address(int fd);
SocketAddress local_address(int fd);

}  // namespace dipsearch::searchd
