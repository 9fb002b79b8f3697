// Resolution of the bundled data and web directories (see bundled_paths.h).
#include "common/program/bundled_paths.h"

#include <cstdlib>
#include <system_error>

#include "dipsearch/config.h"

namespace dipsearch {
namespace fs = std::filesystem;
namespace {

fs::path own_executable() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe;
}

// True when the program was built here and not installed: its folder sits directly in the
// build directory (build/indexer/dipsearch-index). Compared by identity, not by spelling,
// so a symlinked or relative build path still counts; an installed copy never does, even
// inside the build tree.
bool in_build_tree(const fs::path& executable) {
  std::error_code ec;
  return fs::equivalent(executable.parent_path().parent_path(), DIPSEARCH_BUILD_DIR, ec) && !ec;
}

}  // namespace

fs::path bundled_dir(Bundled which, const fs::path& executable) {
  const fs::path exe = executable.empty() ? own_executable() : executable;
  const bool data = which == Bundled::kData;
  if (!exe.empty() && in_build_tree(exe)) {
    return data ? DIPSEARCH_DEFAULT_DATA_DIR : DIPSEARCH_DEFAULT_WEB_DIR;
  }
  const char* leaf = data ? "data" : "web";
  if (exe.empty()) return fs::path(DIPSEARCH_INSTALL_FULL_SHARE_DIR) / leaf;
  return (exe.parent_path() / DIPSEARCH_BIN_TO_SHARE_DIR / leaf).lexically_normal();
}

fs::path configured_dir(Bundled which) {
  const char* value = which == Bundled::kData ? std::getenv("DIPSEARCH_DATA_DIR") : std::getenv("DIPSEARCH_WEB_DIR");
  return (value != nullptr && *value != '\0') ? fs::path(value) : bundled_dir(which);
}

}  // namespace dipsearch
