// The sidecar dipsearch-index reads beside saved pages (manifest.tsv: a header naming the
// columns, then one tab-separated line per release), written for the releases fetched into
// a directory, so that their URLs reach the index. The format is the indexer's
// (common/release/source_sidecar.h reads it); this file is the only place the fetcher spells it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dipsearch::fetcher {

struct SidecarLine {
  std::string id;    // release id (file name without .html)
  std::string url;   // the page it was fetched from
  std::string lang;  // "en" or "ko"
};

// The sidecar's text for these releases, in id order.
std::string sidecar_text(std::vector<SidecarLine> lines);

// Writes dir/manifest.tsv (kSidecarFileName) whole (atomic_file), unless it already says exactly that (an
// unchanged sidecar keeps its time, so the indexer does not reread the directory).
// Throws std::runtime_error naming the file.
void write_sidecar(const std::filesystem::path& dir, const std::vector<SidecarLine>& lines);

}  // namespace dipsearch::fetcher
