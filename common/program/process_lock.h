// A run's exclusive lock: an flock() on a lock file that names its holder ("pid 812 on
// host since …"), released by the kernel when the holder dies, so a crashed run never
// blocks the next one, and a refused run can say who holds it.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace dipsearch {

// Another process holds the lock.
struct ProcessLockHeld : std::runtime_error {
  ProcessLockHeld(std::string holder_line, bool holder_exited)
      : std::runtime_error("lock held by " + (holder_line.empty() ? std::string("an unknown process") : holder_line)),
        holder(std::move(holder_line)),
        exited(holder_exited) {}
  std::string holder;  // the line the holder left; empty when none
  // The line names a process on this host that has exited: something that is not one of
  // our runs holds the lock (flock(1) around a backup), and the line is a dead run's.
  bool exited;
};

// Called once when the lock is held by another process and the taker is going to wait for
// it, with the holder's line (empty when none).
using LockWaitNotice = std::function<void(const std::string& holder)>;

class ProcessLock {
 public:
  // Takes the lock and writes "pid P on HOST since SINCE" into the file (created if
  // missing). When another process holds it, waits up to `wait` for it to go (telling
  // `notice` first), then throws ProcessLockHeld; std::runtime_error when the file cannot
  // be opened or locked.
  ProcessLock(const std::filesystem::path& file, const std::string& since,
              std::chrono::milliseconds wait = std::chrono::milliseconds(0), const LockWaitNotice& notice = {});
  ~ProcessLock();
  ProcessLock(const ProcessLock&) = delete;
  ProcessLock& operator=(const ProcessLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace dipsearch
