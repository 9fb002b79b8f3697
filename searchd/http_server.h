// cpp-httplib's request handling behind dipsearchd's own connection layer: a poller thread
// owns the connections (limits, timeouts, keep-alive, refusals) and workers only answer
// complete requests, through httplib::Server::process_request. Routes, error and exception
// handlers are registered on it as on any httplib::Server.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include <httplib.h>

#include "searchd/access_log.h"
#include "searchd/connection_poller.h"

namespace dipsearch::searchd {

struct HttpServerConfig {
  size_t threads = 8;  // requests answered at once
  ConnectionLimits connections;
  std::chrono::milliseconds write_timeout{10'000};  // a client that stops reading an answer
  size_t max_requests_per_connection = 1000;
  AccessLog* access_log = nullptr;  // a line per request answered; null: none
};

class HttpServer : public httplib::Server {
 public:
  explicit HttpServer(const HttpServerConfig& config);
  ~HttpServer() override;

  // Binds (port 0 picks a free one) and returns the port; throws naming the reason.
  int bind(const std::string& host, int port);
  // Binds a Unix socket at `path` instead (see sockets.h).
  void bind_unix(const std::string& path);
  // Serves until stop(), then returns once the requests in flight are answered (bounded).
  void listen();
  // From any thread (a signal-handling one): stops accepting, closes idle connections.
  void stop();

  ConnectionStats connection_stats() const;

 private:
  // httplib's own accept loop and keep-alive handling are replaced by the above.
  using httplib::Server::bind_to_any_port;
  using httplib::Server::bind_to_port;
  using httplib::Server::listen_after_bind;

  // On a worker: answers the request at the front of the connection's input.
  void serve(std::unique_ptr<Connection> connection);

  HttpServerConfig config_;
  std::unique_ptr<ConnectionPoller> poller_;
  std::string unix_socket_;  // removed when the server ends, unless replaced meanwhile
  unsigned long unix_socket_inode_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> in_flight_{0};
  std::atomic<bool> memory_to_return_{false};
};

}  // namespace dipsearch::searchd
