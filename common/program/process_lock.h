// A run's exclusive lock: an flock() on a lock file that names its holder ("pid 812 on
// host since …"), released by the kernel when the holder dies, so a crashed run never
// blocks the next one, and a refused run can say who holds it.
#pragma once

#include <filesystem>
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

class ProcessLock {
 public:
  // Takes the lock without waiting and writes "pid P on HOST since SINCE" into the file
  // (created if missing). Throws ProcessLockHeld when another process holds it,
  // std::runtime_error when the file cannot be opened or locked.
  ProcessLock(const std::filesystem::path& file, const std::string& since);
  ~ProcessLock();
  ProcessLock(const ProcessLock&) = delete;
  ProcessLock& operator=(const ProcessLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace dipsearch
