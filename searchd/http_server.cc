// The connection layer joined to cpp-httplib's request processing.
#include "searchd/http_server.h"

#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>

#include "searchd/log.h"
#include "searchd/request_stream.h"
#include "searchd/sockets.h"
#include "searchd/worker_pool.h"

namespace dipsearch::searchd {
namespace {

// Answers (or requests) this large leave freed buffers behind in the workers' malloc
// arenas, which glibc keeps; they are handed back once no request is being answered.
constexpr size_t kReturnMemoryAfterBytes = size_t{256} << 10;

// Raises the descriptor limit as far as the system allows, and returns how many
// connections fit under it: each may also linger after its last answer, and the
// databases need descriptors too.
size_t connections_that_fit(size_t wanted) {
  constexpr size_t kReserved = 256;
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return wanted;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  const size_t fit = limit.rlim_cur > kReserved * 2 ? (limit.rlim_cur - kReserved) / 2 : kReserved / 2;
  if (fit < wanted) {
    log_line(LogLevel::kWarning, "only " + std::to_string(limit.rlim_cur) + " file descriptors allowed (ulimit -n): serving at most " +
             std::to_string(fit) + " connections, not " + std::to_string(wanted));
  }
  return std::min(fit, wanted);
}

}  // namespace

// What the access log needs from httplib's handling of the request being answered on this
// thread: httplib calls its logger once the answer is written, inside process_request.
thread_local AccessRecord* answering = nullptr;

HttpServer::HttpServer(const HttpServerConfig& config) : config_(config) {
  set_logger([](const httplib::Request& req, const httplib::Response& res) {
    if (answering == nullptr) return;
    answering->method = req.method;
    answering->path = req.path;
    answering->status = res.status;
  });
  // What httplib writes in Keep-Alive headers; the connection layer enforces them.
  set_keep_alive_timeout(
      std::chrono::duration_cast<std::chrono::seconds>(config_.connections.keep_alive_timeout).count());
  set_keep_alive_max_count(config_.max_requests_per_connection);
  set_payload_max_length(config_.connections.head.max_body_bytes);
}

HttpServer::~HttpServer() {
  struct stat st {};
  if (!unix_socket_.empty() && ::stat(unix_socket_.c_str(), &st) == 0 && st.st_ino == unix_socket_inode_) {
    ::unlink(unix_socket_.c_str());
  }
}

int HttpServer::bind(const std::string& host, int port) {
  config_.connections.max_connections = connections_that_fit(config_.connections.max_connections);
  const int fd = listen_on(host, port);
  svr_sock_ = fd;  // httplib's streamed answers stop when it becomes invalid
  poller_ = std::make_unique<ConnectionPoller>(fd, config_.connections);
  return local_address(fd).port;
}

void HttpServer::bind_unix(const std::string& path) {
  config_.connections.max_connections = connections_that_fit(config_.connections.max_connections);
  const int fd = listen_on_unix(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) unix_socket_inode_ = st.st_ino;
  unix_socket_ = path;
  svr_sock_ = fd;
  poller_ = std::make_unique<ConnectionPoller>(fd, config_.connections);
}

void HttpServer::listen() {
  if (!poller_) throw std::logic_error("HttpServer::listen before bind");
  // Enough queued requests to ride out a burst, few enough that a client waiting behind
  // them still gets an answer soon; past that, 503.
  const size_t max_queued = std::max<size_t>(64, 16 * config_.threads);
  WorkerPool workers(config_.threads, max_queued, [this](std::unique_ptr<Connection> c) { serve(std::move(c)); });
  poller_->run([&workers](std::unique_ptr<Connection>& c) { return workers.try_submit(c); });
}

void HttpServer::stop() {
  stopping_ = true;
  svr_sock_ = INVALID_SOCKET;
  if (poller_) poller_->stop();
}

ConnectionStats HttpServer::connection_stats() const { return poller_ ? poller_->stats() : ConnectionStats{}; }

void HttpServer::serve(std::unique_ptr<Connection> connection) {
  ++in_flight_;
  const auto started = std::chrono::steady_clock::now();
  Connection& c = *connection;
  AccessRecord record;
  answering = &record;
  const size_t request_bytes = c.head.request_bytes();
  const bool close = !c.head.keep_alive || c.peer_closed || stopping_ ||
                     c.requests + 1 >= config_.max_requests_per_connection;
  bool closed_by_request = false;
  bool answered = false;
  size_t written = 0;
  try {
    RequestStream stream(c, std::string_view(c.input).substr(0, request_bytes), config_.write_timeout);
    answered = process_request(stream, close, closed_by_request, nullptr);
    written = stream.bytes_written();
  } catch (const std::exception& e) {
    log_line(LogLevel::kError, std::string("a request could not be answered: ") + e.what());
  }
  answering = nullptr;
  if (config_.access_log != nullptr && !record.method.empty()) {
    record.client = c.peer_ip.empty() ? "unix" : c.peer_ip;
    record.bytes = written;
    record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    config_.access_log->write(record);
  }
  c.input.erase(0, request_bytes);
  if (c.input.capacity() > config_.connections.head.max_head_bytes) c.input.shrink_to_fit();
  ++c.requests;
  if (request_bytes + written >= kReturnMemoryAfterBytes) memory_to_return_ = true;
  poller_->resume(std::move(connection), answered && !close && !closed_by_request);
  // The last request out returns what the large ones left; under steady load the memory
  // would only be taken again.
  if (--in_flight_ == 0 && memory_to_return_.exchange(false)) malloc_trim(0);
}

}  // namespace dipsearch::searchd
