// Access log lines, each written whole with one write().
#include "searchd/access_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "searchd/log.h"

namespace dipsearch::searchd {
namespace {

constexpr size_t kMaxPathBytes = 2000;

int open_destination(const std::string& destination) {
  if (destination == "-") return ::dup(STDOUT_FILENO);
  const int fd = ::open(destination.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) throw std::runtime_error("cannot open the access log " + destination + ": " + std::strerror(errno));
  return fd;
}

}  // namespace

AccessLog::AccessLog(std::string destination) : destination_(std::move(destination)) {
  fd_ = open_destination(destination_);
}

AccessLog::~AccessLog() {
  if (fd_ >= 0) ::close(fd_);
}

void AccessLog::reopen() {
  const int fd = open_destination(destination_);
  std::lock_guard<std::mutex> lock(mutex_);
  ::close(fd_);
  fd_ = fd;
}

void AccessLog::write(const AccessRecord& record) {
  std::string line = log_time() + " " + (record.client.empty() ? "-" : record.client) + " " + log_safe(record.method, 20) +
                     " ";
  // Spaces (httplib decodes the path) would blur the fields.
  for (char c : log_safe(record.path, kMaxPathBytes)) line += c == ' ' ? std::string("%20") : std::string(1, c);
  char tail[64];
  std::snprintf(tail, sizeof tail, " %d %zu %.3f\n", record.status, record.bytes, record.seconds);
  line += tail;
  std::lock_guard<std::mutex> lock(mutex_);
  // A full disk or a closed pipe must not stop the answers; the line is lost.
  [[maybe_unused]] const ssize_t written = ::write(fd_, line.data(), line.size());
}

}  // namespace dipsearch::searchd
