// What one indexer run did: counts, rejections and timing; printed as one line and
// optionally written as JSON for --report.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/release/release.h"

namespace dipsearch::indexer {

struct RunSummary {
  size_t added = 0, updated = 0, unchanged = 0, deleted = 0;
  std::vector<Rejection> rejections;
  double seconds = 0;
  size_t undated = 0;  // releases whose source states no date

  size_t indexed() const { return added + updated + unchanged; }
  std::string line() const;
  void write_report(const std::filesystem::path& file, const std::string& database) const;
};

// "path:line: reason" (line omitted when 0), as rejections are printed on stderr.
std::string describe(const Rejection& r);

}  // namespace dipsearch::indexer
