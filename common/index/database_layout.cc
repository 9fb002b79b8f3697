// Stub file, generations and the writer lock (see database_layout.h).
#include "common/index/database_layout.h"

#include "common/index/timestamp.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dipsearch {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kGenerationPrefix = "gen-";

std::string errno_text() { return std::strerror(errno); }

// Generation directories are named gen-000001, gen-000002, …
long generation_number(const fs::path& dir) {
  std::string name = dir.filename().string();
  if (name.rfind(kGenerationPrefix, 0) != 0) return -1;
  char* end = nullptr;
  long n = std::strtol(name.c_str() + kGenerationPrefix.size(), &end, 10);
  return (end != nullptr && *end == '\0') ? n : -1;
}

}  // namespace

fs::path default_database_path() {
  if (const char* env = std::getenv("DIPSEARCH_DB"); env != nullptr && *env != '\0') return env;
  return fs::path("var") / "dipsearch.db";
}

DatabaseLayout::DatabaseLayout(fs::path stub) : stub_(std::move(stub)) {}

fs::path DatabaseLayout::generations_dir() const { return fs::path(stub_.string() + ".d"); }

fs::path DatabaseLayout::lock_file() const { return fs::path(stub_.string() + ".lock"); }

std::optional<fs::path> DatabaseLayout::current_generation() const {
  std::error_code ec;
  if (!fs::exists(stub_, ec)) return std::nullopt;
  if (!fs::is_regular_file(stub_, ec)) {
    throw std::runtime_error(stub_.string() + " is not a dipsearch database stub file");
  }
  std::ifstream in(stub_);
  std::string kind, target;
  if (!(in >> kind >> target) || kind != "auto") {
    throw std::runtime_error(stub_.string() + ": expected a line 'auto <generation>'");
  }
  return stub_.parent_path() / target;
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
  fs::path tmp = stub_.string() + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + tmp.string() + ": " + errno_text());
  std::string line = "auto " + relative.string() + "\n";
  bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
            ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), stub_.c_str()) != 0) {
    std::string why = errno_text();
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot update " + stub_.string() + ": " + why);
  }
  // Make the rename itself durable.
  fs::path dir = stub_.parent_path().empty() ? fs::path(".") : stub_.parent_path();
  if (int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

int DatabaseLayout::remove_stale_generations(const fs::path& keep) const {
  auto current = current_generation();
  int removed = 0;
  std::error_code ec;
  if (!fs::is_directory(generations_dir(), ec)) return 0;
  for (const auto& entry : fs::directory_iterator(generations_dir(), ec)) {
    if (generation_number(entry.path()) < 0) continue;
    if (current && fs::equivalent(entry.path(), *current, ec)) continue;
    if (fs::equivalent(entry.path(), keep, ec)) continue;
    fs::remove_all(entry.path(), ec);
    if (!ec) ++removed;
  }
  return removed;
}

WriterLock::WriterLock(const fs::path& lock_file) {
  if (lock_file.has_parent_path()) fs::create_directories(lock_file.parent_path());
  fd_ = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open lock " + lock_file.string() + ": " + errno_text());
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    std::string holder;
    char buf[256];
    ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
    if (n > 0) holder.assign(buf, static_cast<size_t>(n));
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\r')) holder.pop_back();
    ::close(fd_);
    fd_ = -1;
    throw LockHeld("another dipsearch-index is writing " + lock_file.string() +
                   (holder.empty() ? std::string() : " (held by " + holder + ")"));
  }
  char host[128] = "";
  ::gethostname(host, sizeof host - 1);
  std::ostringstream who;
  who << "pid " << ::getpid() << " on " << host << " since " << utc_now_rfc3339() << "\n";
  std::string text = who.str();
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] ssize_t w = ::pwrite(fd_, text.data(), text.size(), 0);
  }
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace dipsearch
