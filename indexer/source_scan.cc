// Directory walking for SOURCE arguments.
#include "indexer/source_scan.h"

#include <algorithm>

#include "common/release/source_reader.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;

std::vector<fs::path> absolute_sources(const std::vector<fs::path>& sources) {
  std::vector<fs::path> out;
  for (const auto& s : sources) out.push_back(fs::absolute(s).lexically_normal());
  return out;
}

bool is_within(const std::string& path, const std::vector<fs::path>& roots) {
  for (const auto& root : roots) {
    std::string r = root.string();
    while (r.size() > 1 && r.back() == '/') r.pop_back();
    if (path == r) return true;
    if (path.size() > r.size() && path.compare(0, r.size(), r) == 0 && path[r.size()] == '/') return true;
  }
  return false;
}

std::vector<SourceFile> scan_sources(const std::vector<fs::path>& sources) {
  std::vector<SourceFile> files;
  for (const auto& source : sources) {
    std::error_code ec;
    fs::file_status status = fs::status(source, ec);
    if (ec || !fs::exists(status)) throw UsageError("SOURCE " + source.string() + " does not exist");
    if (fs::is_regular_file(status)) {
      files.push_back({source, fs::absolute(source).lexically_normal()});
      continue;
    }
    if (!fs::is_directory(status)) throw UsageError("SOURCE " + source.string() + " is not a file or directory");
    fs::recursive_directory_iterator it(source, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw UsageError("cannot read SOURCE " + source.string() + ": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file(ec) && is_release_file(it->path())) {
        files.push_back({it->path(), fs::absolute(it->path()).lexically_normal()});
      }
    }
  }
  std::sort(files.begin(), files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(),
                          [](const SourceFile& a, const SourceFile& b) { return a.absolute == b.absolute; }),
              files.end());
  return files;
}

}  // namespace dipsearch::indexer
