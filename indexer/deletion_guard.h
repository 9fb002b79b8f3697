// Refuses a run that would delete most of the database by mistake: a SOURCE that held
// releases and is now empty (an unmounted mount point looks just like that), or a run that
// would take away more than half of the documents. --allow-empty says it is meant.
#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

#include "indexer/options.h"

namespace dipsearch::indexer {

// The share of the database's documents one run may delete unasked.
inline constexpr double kMaxDeletedShare = 0.5;

// What the live database holds, read before the run changes anything.
class LiveDocuments {
 public:
  LiveDocuments() = default;  // no live database, or --allow-empty: nothing is checked
  // The live generation's shards. A generation too damaged to read counts as empty: a
  // rebuild that repairs it has nothing to compare with.
  explicit LiveDocuments(const std::vector<std::filesystem::path>& shards);

  size_t count() const { return count_; }
  // Throws UsageError naming the first of `empty_sources` (directories in which the scan
  // found no release file) that the live database holds documents from.
  void check_empty_sources(const std::vector<std::filesystem::path>& empty_sources) const;
  // Throws UsageError when losing `lost` documents is more than kMaxDeletedShare of count().
  void check_loss(size_t lost) const;

 private:
  std::vector<std::filesystem::path> shards_;
  size_t count_ = 0;
};

}  // namespace dipsearch::indexer
