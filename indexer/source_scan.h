// Expands the SOURCE arguments into the release files to read, in path order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/release/release.h"
#include "common/release/source_sidecar.h"
#include "indexer/options.h"

namespace dipsearch::indexer {

struct SourceFile {
  std::filesystem::path path;      // as the user would write it (SOURCE joined with the rest)
  std::filesystem::path absolute;  // what the index stores to recognise the file later
  std::uintmax_t size = 0;         // bytes when scanned, for the progress display and limits
  // source_stamp.h, with the directory's sidecar's stamp after it (editing the sidecar
  // changes what the file's releases become); "" when it cannot vouch for the content.
  std::string stamp;
  std::shared_ptr<const Sidecar> sidecar;  // the file's directory's manifest.tsv, if any
};

struct SourceScan {
  std::vector<SourceFile> files;
  // Directories that could not be read, with the reason. Their files are unknown, so the
  // documents indexed from them must be kept, not deleted as vanished.
  std::vector<Rejection> unreadable_directories;
  // Symbolic links not followed, with the reason: dangling, a loop, to a directory, or out
  // of their SOURCE. What was indexed from them is deleted like a vanished file's.
  std::vector<Rejection> skipped_links;
  // SOURCE directories in which no release file was found (deletion_guard.h).
  std::vector<std::filesystem::path> empty_sources;
  // Sidecar lines (or whole sidecars) that could not be used, file and line named.
  std::vector<Rejection> sidecar_rejections;
};

// Which symbolic links to files a directory walk follows. Links to directories never are.
enum class FollowLinks {
  kWithinSource,  // those whose target lies inside the SOURCE they were found in
  kAnywhere,      // --follow-links
};

// Files under each SOURCE (recursively) whose extension names a release format, sorted by
// path, each with its directory's sidecar (kSidecarFileName) when there is one. A SOURCE named on the command line is read wherever it points, being the user's
// own choice; a link found inside a directory is followed as `links` says. Throws
// UsageError for a SOURCE that does not exist or is neither a file nor a directory.
SourceScan scan_sources(const std::vector<std::filesystem::path>& sources,
                        FollowLinks links = FollowLinks::kWithinSource);

// Absolute, normalized forms of the SOURCE arguments, and whether a stored absolute source
// path falls under one of them (only there may vanished files be deleted).
std::vector<std::filesystem::path> absolute_sources(const std::vector<std::filesystem::path>& sources);
bool is_within(const std::string& absolute_path, const std::vector<std::filesystem::path>& roots);

}  // namespace dipsearch::indexer
