// The summary line: its rate counts the releases a run wrote, never the unchanged ones it
// only checked.
#include <gtest/gtest.h>

#include "indexer/run_summary.h"

namespace dipsearch::indexer {
namespace {

TEST(RunSummaryLine, RateCountsWrittenReleasesOnly) {
  RunSummary s;
  s.added = 10000;
  s.unchanged = 90000;
  s.seconds = 40;
  EXPECT_EQ(s.line(),
            "added 10000, updated 0, unchanged 90000, deleted 0, rejected 0 in 40.00 s "
            "(10000 indexed, 250 docs/s)");
}

TEST(RunSummaryLine, AddedAndUpdatedAreIndexed) {
  RunSummary s;
  s.added = 60;
  s.updated = 12;
  s.deleted = 3;
  s.rejections.push_back({"a.txt", 0, "empty"});
  s.seconds = 0.5;
  EXPECT_EQ(s.line(), "added 60, updated 12, unchanged 0, deleted 3, rejected 1 in 0.50 s (72 indexed, 144 docs/s)");
}

TEST(RunSummaryLine, ARunThatWroteNothingHasNoRate) {
  RunSummary s;
  s.unchanged = 2;
  s.seconds = 0.25;
  EXPECT_EQ(s.line(), "added 0, updated 0, unchanged 2, deleted 0, rejected 0 in 0.25 s (nothing indexed)");
}

}  // namespace
}  // namespace dipsearch::indexer
