// flock() with a holder line (see process_lock.h).
#include "common/program/process_lock.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <thread>

namespace dipsearch {
namespace {

std::string host_name() {
  char host[128] = "";
  ::gethostname(host, sizeof host - 1);
  return host;
}

std::string holder_line(int fd) {
  char buf[256];
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  std::string line = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

bool names_exited_process(const std::string& line) {
  std::istringstream fields(line);
  std::string pid_word, on_word, host;
  long pid = 0;
  return fields >> pid_word >> pid >> on_word >> host && pid_word == "pid" && on_word == "on" && pid > 0 &&
         host == host_name() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// How often a waiting taker tries again. flock() has no timeout of its own, and a blocking
// call interrupted by an alarm would need a signal handler in every program.
constexpr auto kRetryInterval = std::chrono::milliseconds(100);

}  // namespace

ProcessLock::ProcessLock(const std::filesystem::path& file, const std::string& since, std::chrono::milliseconds wait,
                         const LockWaitNotice& notice) {
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open lock " + file.string() + ": " + std::strerror(errno));
  const auto deadline = std::chrono::steady_clock::now() + wait;
  bool noticed = false;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK && std::chrono::steady_clock::now() < deadline) {
    if (!noticed && notice) notice(holder_line(fd_));
    noticed = true;
    std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(kRetryInterval, deadline - std::chrono::steady_clock::now()));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    const std::string line = holder_line(fd_);
    ::close(fd_);
    fd_ = -1;
    if (error != EWOULDBLOCK) throw std::runtime_error("cannot lock " + file.string() + ": " + std::strerror(error));
    throw ProcessLockHeld(line, names_exited_process(line));
  }
  std::ostringstream who;
  who << "pid " << ::getpid() << " on " << host_name() << " since " << since << "\n";
  const std::string text = who.str();
  // The previous holder's line may still be there (it died holding the lock): replace it.
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] ssize_t w = ::pwrite(fd_, text.data(), text.size(), 0);
  }
}

ProcessLock::~ProcessLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace dipsearch
