// Whitelisted static file serving for web/.
#include "searchd/static_files.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dipsearch::searchd {
namespace fs = std::filesystem;
namespace {

const char* content_type_for(const std::string& extension) {
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".js") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".ico") return "image/x-icon";
  if (extension == ".png") return "image/png";
  return nullptr;
}

bool plain_path(const std::string& path) {
  if (path.empty() || path[0] != '/' || path.find("..") != std::string::npos || path.find("//") != std::string::npos) {
    return false;
  }
  for (char c : path) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '/' || c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(fs::path root) {
  std::error_code ec;
  // A daemon without its page would answer / with a JSON 404 and look healthy: refuse.
  if (!fs::is_regular_file(root / "index.html", ec)) {
    throw std::runtime_error("the search page directory " + root.string() +
                             " has no index.html (set --web-dir or $DIPSEARCH_WEB_DIR to the web/ directory)");
  }
  root_ = fs::weakly_canonical(root, ec);
  if (ec) root_ = root;
}

std::optional<StaticFile> StaticFiles::find(const std::string& url_path) const {
  std::string path = url_path == "/" ? "/index.html" : url_path;
  if (!plain_path(path)) return std::nullopt;
  const char* type = content_type_for(fs::path(path).extension().string());
  if (type == nullptr) return std::nullopt;
  std::error_code ec;
  fs::path resolved = fs::canonical(root_ / path.substr(1), ec);
  if (ec || !fs::is_regular_file(resolved, ec)) return std::nullopt;
  auto [root_end, unused] = std::mismatch(root_.begin(), root_.end(), resolved.begin(), resolved.end());
  if (root_end != root_.end()) return std::nullopt;  // outside web/, e.g. through a symlink
  std::ifstream in(resolved, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  if (!in) return std::nullopt;
  std::string content = body.str();
  uint64_t digest = 14695981039346656037ull;  // FNV-1a: enough to tell versions apart
  for (unsigned char c : content) digest = (digest ^ c) * 1099511628211ull;
  char etag[24];
  std::snprintf(etag, sizeof etag, "\"%016llx\"", static_cast<unsigned long long>(digest));
  return StaticFile{std::move(content), type, etag};
}

}  // namespace dipsearch::searchd
