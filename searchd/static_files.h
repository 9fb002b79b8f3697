// The search page's files, served from web/ through an explicit whitelist: plain names and
// known extensions only, resolved paths must stay inside web/ (no symlink escapes).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace dipsearch::searchd {

struct StaticFile {
  std::string body;
  std::string content_type;
  std::string etag;  // quoted digest of the body, for conditional requests
};

class StaticFiles {
 public:
  // Throws std::runtime_error when `root` holds no index.html.
  explicit StaticFiles(std::filesystem::path root);
  // The file for a URL path ("/" is index.html); nullopt when there is none to serve.
  std::optional<StaticFile> find(const std::string& url_path) const;

 private:
  std::filesystem::path root_;  // canonical
};

}  // namespace dipsearch::searchd
