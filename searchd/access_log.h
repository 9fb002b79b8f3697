// The access log of --access-log: one line per request a worker answered, with the time,
// the client, method, path (never the query string, which holds what users searched for),
// status, bytes sent and seconds taken. Refusals of the connection layer (busy, too slow)
// are counted in /metrics instead.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>

namespace dipsearch::searchd {

struct AccessRecord {
  std::string client;  // the peer address; "unix" on a Unix socket
  std::string method;
  std::string path;
  int status = 0;
  size_t bytes = 0;  // sent, headers included
  double seconds = 0;
};

class AccessLog {
 public:
  // "-" for standard output, else a file opened for appending (created mode 0640).
  // Throws std::runtime_error naming the file and the system's reason.
  explicit AccessLog(std::string destination);
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Opens the file again, for logrotate (which moves it, then sends SIGHUP); on failure
  // keeps writing to the old one and throws.
  void reopen();
  // "2026-12-06T19:38:29.123Z 127.0.0.1 GET /api/search 200 1834 0.004"
  void write(const AccessRecord& record);

 private:
  std::string destination_;
  std::mutex mutex_;
  int fd_ = -1;
};

}  // namespace dipsearch::searchd
