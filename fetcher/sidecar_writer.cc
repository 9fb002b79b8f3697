// manifest.tsv for fetched releases (see sidecar_writer.h).
#include "fetcher/sidecar_writer.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/program/atomic_file.h"
#include "common/release/source_sidecar.h"

namespace dipsearch::fetcher {

std::string sidecar_text(std::vector<SidecarLine> lines) {
  std::sort(lines.begin(), lines.end(), [](const SidecarLine& a, const SidecarLine& b) { return a.id < b.id; });
  std::string text = "id\turl\tlang\n# Written by dipsearch-fetch for the pages beside it; its next run rewrites it.\n";
  for (const SidecarLine& line : lines) text += line.id + "\t" + line.url + "\t" + line.lang + "\n";
  return text;
}

void write_sidecar(const std::filesystem::path& dir, const std::vector<SidecarLine>& lines) {
  const std::filesystem::path file = dir / kSidecarFileName;
  const std::string text = sidecar_text(lines);
  std::ifstream in(file, std::ios::binary);
  if (in) {
    std::ostringstream current;
    current << in.rdbuf();
    if (current.str() == text) return;
  }
  write_file_atomically(file, text, "sidecar");
}

}  // namespace dipsearch::fetcher
