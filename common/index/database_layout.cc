// Stub file, generations, reader leases and the writer lock (see database_layout.h).
#include "common/index/database_layout.h"

#include "common/index/timestamp.h"
#include "common/program/process_lock.h"
#include "dipsearch/config.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace dipsearch {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kGenerationPrefix = "gen-";

// A swap racing with a reader makes the reader try again; more than a few rounds in a row
// means something keeps rewriting the stub.
constexpr int kLeaseAttempts = 20;

std::string errno_text(int error) { return std::strerror(error); }

// Generation directories are named gen-000001, gen-000002, …
long generation_number(const fs::path& dir) {
  std::string name = dir.filename().string();
  if (name.rfind(kGenerationPrefix, 0) != 0) return -1;
  char* end = nullptr;
  long n = std::strtol(name.c_str() + kGenerationPrefix.size(), &end, 10);
  return (end != nullptr && *end == '\0' && n > 0) ? n : -1;
}

// Closes a descriptor on every path out of a scope unless released.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

int open_directory(const fs::path& dir) { return ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); }

// Why the lock is refused, in words. Another program may hold the lock too (flock(1) around
// a backup): the line then names a process that is gone, and saying so avoids a wild goose
// chase.
std::string lock_held_message(const ProcessLockHeld& held, const DatabaseLayout& layout) {
  const std::string database = layout.stub().string();
  const std::string lock_file = "; lock file " + layout.lock_file().string() + ")";
  if (held.exited) {
    return "the database " + database + " is locked by another process (not a dipsearch-index: the lock file " +
           "still names " + held.holder + ", which has exited" + lock_file;
  }
  return "another dipsearch-index is writing the database " + database + " (" +
         (held.holder.empty() ? std::string("holder unknown") : "held by " + held.holder) + lock_file;
}

}  // namespace

fs::path default_database_path() {
  if (const char* env = std::getenv("DIPSEARCH_DB"); env != nullptr && *env != '\0') return env;
  return DIPSEARCH_DEFAULT_DB;
}

DatabaseLayout::DatabaseLayout(fs::path stub) : stub_(std::move(stub)) {}

fs::path DatabaseLayout::generations_dir() const { return fs::path(stub_.string() + ".d"); }

fs::path DatabaseLayout::lock_file() const { return fs::path(stub_.string() + ".lock"); }

fs::path DatabaseLayout::temporary_stub() const { return fs::path(stub_.string() + ".tmp"); }

std::optional<fs::path> DatabaseLayout::current_generation() const {
  std::error_code ec;
  if (!fs::exists(stub_, ec)) return std::nullopt;
  if (!fs::is_regular_file(stub_, ec)) {
    throw std::runtime_error(stub_.string() + " is not a dipsearch database stub file");
  }
  std::ifstream in(stub_);
  std::string line;
  // Xapian's stub format: blank lines and '#' comments are skipped; the path is the rest of
  // the line after the first space (so it may hold spaces, as the stub's own name may).
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find(' ');
    if (space != std::string::npos && line.compare(0, space, "auto") == 0 && space + 1 < line.size()) {
      return stub_.parent_path() / line.substr(space + 1);
    }
    break;
  }
  throw std::runtime_error(stub_.string() + ": expected a line 'auto <generation>'");
}

fs::path DatabaseLayout::next_generation() const {
  long highest = 0;
  std::error_code ec;
  if (fs::is_directory(generations_dir(), ec)) {
    for (const auto& entry : fs::directory_iterator(generations_dir(), ec)) {
      highest = std::max(highest, generation_number(entry.path()));
    }
  }
  char name[32];
  std::snprintf(name, sizeof name, "%s%06ld", kGenerationPrefix.data(), highest + 1);
  return generations_dir() / name;
}

void DatabaseLayout::switch_to(const fs::path& generation) const {
  fs::path relative = fs::relative(generation, stub_.parent_path().empty() ? "." : stub_.parent_path());
  fs::path tmp = temporary_stub();
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + tmp.string() + ": " + errno_text(errno));
  std::string line = "auto " + relative.string() + "\n";
  bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
            ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), stub_.c_str()) != 0) {
    std::string why = errno_text(errno);
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot update " + stub_.string() + ": " + why);
  }
  // Make the rename itself durable.
  fs::path dir = stub_.parent_path().empty() ? fs::path(".") : stub_.parent_path();
  if (int dfd = open_directory(dir); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

std::vector<fs::path> DatabaseLayout::stale_generations() const {
  std::vector<fs::path> stale;
  const auto current = current_generation();
  std::error_code ec;
  if (!fs::is_directory(generations_dir(), ec)) return stale;
  for (const auto& entry : fs::directory_iterator(generations_dir(), ec)) {
    if (generation_number(entry.path()) < 0 || !entry.is_directory(ec)) continue;
    if (current && fs::equivalent(entry.path(), *current, ec)) continue;
    stale.push_back(entry.path());
  }
  std::sort(stale.begin(), stale.end());
  return stale;
}

GenerationCleanup DatabaseLayout::remove_stale_generations() const {
  GenerationCleanup cleanup;
  std::error_code ec;
  fs::remove(temporary_stub(), ec);
  for (const fs::path& generation : stale_generations()) {
    Descriptor dir(open_directory(generation));
    if (dir.get() < 0) continue;
    // A reader's shared lease makes this fail; the lock is held while the files go, so a
    // reader that looks now sees the lease refused and re-reads the stub.
    if (::flock(dir.get(), LOCK_EX | LOCK_NB) != 0) {
      cleanup.in_use.push_back(generation);
      continue;
    }
    fs::remove_all(generation, ec);
    if (!ec) cleanup.removed.push_back(generation);
  }
  return cleanup;
}

std::optional<GenerationLease> GenerationLease::acquire_current(const DatabaseLayout& layout) {
  std::string last_problem;
  for (int attempt = 0; attempt < kLeaseAttempts; ++attempt) {
    const auto generation = layout.current_generation();
    if (!generation) return std::nullopt;
    Descriptor dir(open_directory(*generation));
    if (dir.get() < 0) {
      // Gone: either a swap removed it after we read the stub (try again), or the stub
      // names a generation that does not exist (reported after the last attempt).
      last_problem = "cannot open " + generation->string() + ": " + errno_text(errno);
      continue;
    }
    if (::flock(dir.get(), LOCK_SH | LOCK_NB) != 0) {
      last_problem = generation->string() + " is being removed";
      continue;
    }
    // Leased; it is safe as long as the stub still names it (the indexer never removes the
    // generation the stub names).
    if (layout.current_generation() == generation) return GenerationLease(dir.release(), *generation);
    last_problem = layout.stub().string() + " changed while it was being opened";
  }
  throw std::runtime_error("database " + layout.stub().string() + " cannot be opened: " + last_problem);
}

GenerationLease::GenerationLease(GenerationLease&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), generation_(std::move(other.generation_)) {}

GenerationLease& GenerationLease::operator=(GenerationLease&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    generation_ = std::move(other.generation_);
  }
  return *this;
}

GenerationLease::~GenerationLease() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the shared lock
}

WriterLock::WriterLock(const DatabaseLayout& layout, std::chrono::seconds wait,
                       const std::function<void(const std::string&)>& waiting) {
  const fs::path lock_file = layout.lock_file();
  if (lock_file.has_parent_path()) fs::create_directories(lock_file.parent_path());
  const std::string seconds = std::to_string(wait.count()) + " s";
  LockWaitNotice notice;
  if (waiting) {
    notice = [&](const std::string& holder) {
      waiting("waiting up to " + seconds + ": " + lock_held_message(ProcessLockHeld(holder, false), layout));
    };
  }
  try {
    lock_ = std::make_unique<ProcessLock>(lock_file, utc_now_rfc3339(), wait, notice);
  } catch (const ProcessLockHeld& held) {
    throw LockHeld(lock_held_message(held, layout) + (wait.count() > 0 ? "; waited " + seconds : ""));
  }
}

WriterLock::~WriterLock() = default;

}  // namespace dipsearch
