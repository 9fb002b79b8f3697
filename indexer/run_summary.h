// What one indexer run did: counts, rejections, timing and the generations it touched;
// printed as one line and written as JSON for --report.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/release/release.h"
#include "indexer/exit_code.h"

namespace dipsearch::indexer {

struct RunSummary {
  size_t added = 0, updated = 0, unchanged = 0, deleted = 0;
  std::vector<Rejection> rejections;
  std::vector<SourceWarning> warnings;  // indexed all the same (an impossible date: undated)
  double seconds = 0;
  size_t undated = 0;  // releases whose source states no date
  size_t relinked = 0;  // releases whose linked versions changed (version_linker.h)
  // Source files read, and those not read because their stamp showed them unchanged since
  // the run that indexed them (their releases count as unchanged).
  size_t files_read = 0, files_unread = 0;
  size_t jobs = 0;  // threads that read and analyzed the sources
  bool rebuild = false;  // a new generation was built and swapped in
  bool changed = false;  // the run committed something (an unchanged database is left alone)
  std::filesystem::path generation;  // the generation the stub names after the run
  // Stale generations removed, and those left for a later run because a reader had them.
  std::vector<std::filesystem::path> generations_removed, generations_in_use;

  size_t indexed() const { return added + updated + unchanged; }
  int exit_code() const { return rejections.empty() ? kExitOk : kExitSomeRejected; }
  std::string line() const;
  nlohmann::json to_json(const std::string& database) const;
};

// "path:line: reason" (line omitted when 0), as rejections are printed on stderr; path and
// reason escaped (common/text/message_escape.h), as in the report.
std::string describe(const Rejection& r);
std::string describe(const SourceWarning& w);

}  // namespace dipsearch::indexer
