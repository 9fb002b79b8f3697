// The fetcher's progress: a redrawn line on a terminal, a line per list page when asked for
// in a log, nothing under cron; failures never mix with the status line.
#include "fetcher/fetch_progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dipsearch::fetcher {
namespace {

TEST(FetchProgress, NothingWhenOff) {
  std::ostringstream out;
  FetchProgress progress(ProgressMode::kOff, out, -1);
  progress.start_source("mofa-en", 10);
  progress.list_page(1);
  progress.release(1, 10, 1, 0, 0);
  progress.finish();
  EXPECT_EQ(out.str(), "");
}

TEST(FetchProgress, ALinePerListPageInALog) {
  std::ostringstream out;
  FetchProgress progress(ProgressMode::kLines, out, -1);
  progress.start_source("mofa-en", 10);
  progress.list_page(1);
  progress.release(3, 10, 2, 1, 0);
  progress.list_page(2);
  EXPECT_EQ(out.str(),
            "dipsearch-fetch: mofa-en  list page 1 (1/10)  0 new, 0 updated, 0 failed\n"
            "dipsearch-fetch: mofa-en  list page 2 (2/10)  2 new, 1 updated, 0 failed\n");
}

TEST(FetchProgress, TheBarIsRedrawnInPlaceAndClearedForMessages) {
  std::ostringstream out;
  FetchProgress progress(ProgressMode::kBar, out, -1);
  progress.start_source("mofa-ko", 5);
  progress.list_page(1);
  EXPECT_EQ(out.str(), std::string(kClearLine) + "mofa-ko  list page 1 (1/5)  0 new, 0 updated, 0 failed");
  out.str("");
  progress.message("mofa-ko: https://example.org/x: HTTP 500");
  EXPECT_EQ(out.str().rfind(std::string(kClearLine) + "dipsearch-fetch: mofa-ko: https://example.org/x: HTTP 500\n", 0),
            0u)
      << out.str();
  out.str("");
  progress.finish();
  EXPECT_EQ(out.str(), std::string(kClearLine));
}

}  // namespace
}  // namespace dipsearch::fetcher
