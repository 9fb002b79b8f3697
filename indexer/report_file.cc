// Report destination checks and the atomic write (see report_file.h).
#include "indexer/report_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "indexer/options.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

fs::path directory_of(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }

}  // namespace

void check_report_destination(const fs::path& file) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) throw UsageError("--report " + file.string() + " is a directory");
  const fs::path dir = directory_of(file);
  if (!fs::is_directory(dir, ec)) throw UsageError("--report " + file.string() + ": no directory " + dir.string());
  if (::access(dir.c_str(), W_OK) != 0) {
    throw UsageError("--report " + file.string() + ": cannot write in " + dir.string() + ": " + std::strerror(errno));
  }
}

void write_report_file(const fs::path& file, const nlohmann::json& report) {
  const std::string text = report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  const fs::path tmp = file.string() + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write report " + tmp.string() + ": " + std::strerror(errno));
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  const int write_error = written == text.size() ? 0 : (errno != 0 ? errno : EIO);
  ::close(fd);
  if (write_error != 0 || ::rename(tmp.c_str(), file.c_str()) != 0) {
    const std::string why = std::strerror(write_error != 0 ? write_error : errno);
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write report " + file.string() + ": " + why);
  }
}

}  // namespace dipsearch::indexer
