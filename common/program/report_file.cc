// Report destination checks and the write (see report_file.h).
#include "common/program/report_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/program/atomic_file.h"

namespace dipsearch {
namespace fs = std::filesystem;

std::optional<std::string> report_destination_problem(const fs::path& file) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) return "--report " + file.string() + " is a directory";
  const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) return "--report " + file.string() + ": no directory " + dir.string();
  if (::access(dir.c_str(), W_OK) != 0) {
    return "--report " + file.string() + ": cannot write in " + dir.string() + ": " + std::strerror(errno);
  }
  return std::nullopt;
}

void write_report_file(const fs::path& file, const nlohmann::json& report) {
  const std::string text = report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  write_file_atomically(file, text, "report");
}

}  // namespace dipsearch
