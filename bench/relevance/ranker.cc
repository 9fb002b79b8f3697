// The shared corpus reader and the built-in locations.
#include "bench/relevance/ranker.h"

#include <algorithm>
#include <stdexcept>

#include "common/release/source_reader.h"

namespace dipsearch::relevance {

std::vector<Release> read_corpus(const std::vector<std::filesystem::path>& dirs) {
  std::vector<std::filesystem::path> files;
  for (const auto& dir : dirs) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && is_release_file(entry.path())) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Release> releases;
  for (const auto& file : files) {
    FileResult result = read_source_file(file);
    if (!result.rejections.empty()) {
      throw std::runtime_error(file.string() + ": rejected: " + result.rejections.front().reason);
    }
    for (auto& r : result.releases) releases.push_back(std::move(r));
  }
  if (releases.empty()) throw std::runtime_error("no release files in " + dirs.front().string());
  return releases;
}

std::vector<Release> read_corpus(const std::filesystem::path& dir) {
  return read_corpus(std::vector<std::filesystem::path>{dir});
}

SetLocation sample_set() { return {"sample", default_judged_dir(), {default_sample_dir()}, {}}; }

SetLocation real_set(const std::filesystem::path& shared) {
  SetLocation real{"real", DIPSEARCH_RELEVANCE_REAL_DIR, {shared / "realpages" / "pages"}, {}};
  // Pages gathered for the set, one directory per gathering, in the order they were added.
  for (const char* gathered : {"pages15r", "pages16r", "pages17r", "pages18r", "pages19r", "pages20r"}) {
    const auto dir = shared / "morepages" / gathered / "pages";
    (std::filesystem::is_directory(dir) ? real.corpus : real.absent).push_back(dir);
  }
  return real;
}

std::filesystem::path default_judged_dir() { return DIPSEARCH_RELEVANCE_JUDGED_DIR; }
std::filesystem::path default_sample_dir() { return DIPSEARCH_RELEVANCE_SAMPLE_DIR; }
std::filesystem::path default_shared_dir() { return DIPSEARCH_RELEVANCE_SHARED_DIR; }
std::filesystem::path indexer_program() { return DIPSEARCH_RELEVANCE_INDEX_BIN; }

}  // namespace dipsearch::relevance
