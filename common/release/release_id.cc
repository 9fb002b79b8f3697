// Id checks are byte-wise: every allowed character is ASCII.
#include "common/release/release_id.h"

namespace dipsearch {

bool is_valid_release_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxReleaseIdLength) return false;
  if (id == "." || id == "..") return false;  // path segments: a URL naming them means another path
  for (char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string id_from_file_name(const std::filesystem::path& path) {
  return path.filename().stem().string();
}

}  // namespace dipsearch
