// Expands the SOURCE arguments into the release files to read, in path order.
#pragma once

#include <filesystem>
#include <vector>

#include "indexer/options.h"

namespace dipsearch::indexer {

struct SourceFile {
  std::filesystem::path path;      // as the user would write it (SOURCE joined with the rest)
  std::filesystem::path absolute;  // what the index stores to recognise the file later
};

// Files under each SOURCE (recursively) whose extension names a release format, sorted by
// path. Throws UsageError for a SOURCE that does not exist or cannot be read.
std::vector<SourceFile> scan_sources(const std::vector<std::filesystem::path>& sources);

// Absolute, normalized forms of the SOURCE arguments, and whether a stored absolute source
// path falls under one of them (only there may vanished files be deleted).
std::vector<std::filesystem::path> absolute_sources(const std::vector<std::filesystem::path>& sources);
bool is_within(const std::string& absolute_path, const std::vector<std::filesystem::path>& roots);

}  // namespace dipsearch::indexer
