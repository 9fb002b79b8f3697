// Temporary file, fsync, rename (see atomic_file.h).
#include "common/program/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace dipsearch {
namespace fs = std::filesystem;

fs::path partial_file_for(const fs::path& file) {
  return file.parent_path() / ("." + file.filename().string() + ".partial");
}

void write_file_atomically(const fs::path& file, std::string_view bytes, std::string_view what) {
  const fs::path tmp = partial_file_for(file);
  const std::string failed = "cannot write " + (what.empty() ? std::string() : std::string(what) + " ") + file.string() + ": ";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error(failed + std::strerror(errno));
  size_t written = 0;
  int error = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      break;
    }
    written += static_cast<size_t>(n);
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::rename(tmp.c_str(), file.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(failed + std::strerror(error));
  }
}

}  // namespace dipsearch
