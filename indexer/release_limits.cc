// The size checks of release_limits.h.
#include "indexer/release_limits.h"

#include <cstdio>

#include "common/release/source_reader.h"

namespace dipsearch::indexer {

std::string size_text(std::uintmax_t bytes) {
  constexpr std::uintmax_t kMiB = std::uintmax_t{1} << 20;
  if (bytes < kMiB) return std::to_string(bytes) + " bytes";
  if (bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / static_cast<double>(kMiB));
  return buf;
}

std::optional<std::string> oversized_page_file(const std::filesystem::path& path, std::uintmax_t size) {
  std::uintmax_t limit = 0;
  switch (source_format(path)) {
    case SourceFormat::kPageText: limit = kMaxTextPageBytes; break;
    case SourceFormat::kHtml: limit = kMaxHtmlPageBytes; break;
    default: return std::nullopt;
  }
  if (size <= limit) return std::nullopt;
  return "file too large for a release page: " + size_text(size) + " (limit " + size_text(limit) + ")";
}

std::optional<std::string> oversized_release(const Release& release) {
  const std::uintmax_t size = release.title.size() + release.body.size();
  if (size <= kMaxReleaseTextBytes) return std::nullopt;
  return "release '" + release.id + "' is too large: " + size_text(size) + " of text (limit " +
         size_text(kMaxReleaseTextBytes) + ")";
}

}  // namespace dipsearch::indexer
