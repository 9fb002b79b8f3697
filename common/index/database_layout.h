// Where the index lives on disk: a Xapian stub file (the path users name) that points at
// one generation directory beside it. A rebuild writes a new generation and swaps the stub
// with rename(), so readers see either the old or the new index, never a mix.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch {

class ProcessLock;

// $DIPSEARCH_DB, else the absolute path the build was configured with (DIPSEARCH_DEFAULT_DB:
// the checkout's var/dipsearch.db unless set), never one relative to the current directory.
std::filesystem::path default_database_path();

// What a cleanup did: generations removed, and those left because a reader still has them.
struct GenerationCleanup {
  std::vector<std::filesystem::path> removed;
  std::vector<std::filesystem::path> in_use;
};

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
  // Generation directories the stub does not name: older generations and leftovers of
  // interrupted rebuilds.
  std::vector<std::filesystem::path> stale_generations() const;
  // Removes the stale generations no reader holds a GenerationLease on, and a temporary
  // stub left by a swap that was interrupted. Only the holder of the WriterLock may call it.
  GenerationCleanup remove_stale_generations() const;
  std::filesystem::path lock_file() const;

 private:
  std::filesystem::path temporary_stub() const;
  std::filesystem::path stub_;
};

// A reader's claim on the generation it has open: a shared flock() on the generation
// directory. The indexer removes a stale generation only when it can take the lock
// exclusively, that is when no reading process still has the generation open; the kernel
// drops the claim when the reader exits, so a crashed daemon never pins a generation.
class GenerationLease {
 public:
  // Leases the generation the stub names, retrying when a swap races with it; nullopt
  // when there is no database yet. Throws std::runtime_error when the stub names a
  // generation that does not exist or cannot be opened.
  static std::optional<GenerationLease> acquire_current(const DatabaseLayout& layout);

  GenerationLease(GenerationLease&& other) noexcept;
  GenerationLease& operator=(GenerationLease&& other) noexcept;
  GenerationLease(const GenerationLease&) = delete;
  GenerationLease& operator=(const GenerationLease&) = delete;
  ~GenerationLease();

  // The generation directory, to open as a Xapian database (not through the stub, which
  // may already name another generation).
  const std::filesystem::path& generation() const { return generation_; }

 private:
  GenerationLease(int fd, std::filesystem::path generation) : fd_(fd), generation_(std::move(generation)) {}
  int fd_ = -1;
  std::filesystem::path generation_;
};

// The single-writer lock: a ProcessLock on "<stub>.lock", released by the kernel when the
// holder dies, so a crashed run never blocks the next one. The file names the holder.
class WriterLock {
 public:
  // Throws LockHeld, naming the database and the holder, when another process holds it
  // (after waiting up to `wait` for it to go; `waiting` gets the message saying so first).
  explicit WriterLock(const DatabaseLayout& layout, std::chrono::seconds wait = std::chrono::seconds(0),
                      const std::function<void(const std::string&)>& waiting = {});
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  std::unique_ptr<ProcessLock> lock_;
};

struct LockHeld : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dipsearch
