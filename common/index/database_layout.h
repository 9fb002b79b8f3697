// Where the index lives on disk: a Xapian stub file (the path users name) that points at
// one generation directory beside it. A rebuild writes a new generation and swaps the stub
// with rename(), so readers see either the old or the new index, never a mix.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace dipsearch {

// $DIPSEARCH_DB, else "var/dipsearch.db" under the current directory.
std::filesystem::path default_database_path();

class DatabaseLayout {
 public:
  explicit DatabaseLayout(std::filesystem::path stub);

  const std::filesystem::path& stub() const { return stub_; }
  // Directory holding the generations: "<stub>.d".
  std::filesystem::path generations_dir() const;
  // The generation the stub names; nullopt when there is no database yet.
  // Throws std::runtime_error when the path exists but is not a stub we can read.
  std::optional<std::filesystem::path> current_generation() const;
  // A fresh, not yet existing generation directory.
  std::filesystem::path next_generation() const;
  // Atomically points the stub at the generation (temporary file, fsync, rename).
  void switch_to(const std::filesystem::path& generation) const;
  // Removes generation directories other than the current one and `keep`, including
  // leftovers of interrupted runs. Returns how many were removed.
  int remove_stale_generations(const std::filesystem::path& keep) const;
  std::filesystem::path lock_file() const;

 private:
  std::filesystem::path stub_;
};

// The single-writer lock: an flock() on "<stub>.lock", released by the kernel when the
// holder dies, so a crashed run never blocks the next one.
class WriterLock {
 public:
  // Throws LockHeld when another process holds it.
  explicit WriterLock(const std::filesystem::path& lock_file);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  int fd_ = -1;
};

struct LockHeld : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dipsearch
