// POSIX open/read so that errno (and so the reason) is reliable, unlike std::ifstream.
#include "common/release/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace dipsearch::release {
namespace {

std::string errno_text(int error) { return std::generic_category().message(error); }

std::string size_text(std::uintmax_t bytes) {
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// Closes the descriptor on every return path.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

FileBytes load_file_bytes(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  FileBytes result;
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    result.error = "cannot open file: " + errno_text(errno);
    return result;
  }
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) {
    result.error = "cannot read file: " + errno_text(errno);
    return result;
  }
  if (S_ISDIR(info.st_mode)) {
    result.error = "cannot read file: " + errno_text(EISDIR);
    return result;
  }
  const auto too_large = [&](std::uintmax_t size) {
    result.error = "file too large: " + std::to_string(size) + " bytes (limit " + size_text(max_bytes) + ")";
    result.bytes.clear();
  };
  if (S_ISREG(info.st_mode)) {
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
      too_large(static_cast<std::uintmax_t>(info.st_size));
      return result;
    }
    result.bytes.reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      result.error = "cannot read file: " + errno_text(errno);
      result.bytes.clear();
      return result;
    }
    if (got == 0) break;
    result.bytes.append(buffer, static_cast<size_t>(got));
    // The file may have grown since fstat, or may be a pipe with no size at all.
    if (result.bytes.size() > max_bytes) {
      too_large(result.bytes.size());
      return result;
    }
  }
  return result;
}

}  // namespace dipsearch::release
