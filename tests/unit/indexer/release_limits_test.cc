// Size limits: which page files are refused unread and which releases are too large.
#include <gtest/gtest.h>

#include "indexer/release_limits.h"

namespace dipsearch::indexer {
namespace {

TEST(ReleaseLimits, PageFilesBySizeAndFormat) {
  EXPECT_FALSE(oversized_page_file("a.txt", kMaxTextPageBytes));
  EXPECT_TRUE(oversized_page_file("a.txt", kMaxTextPageBytes + 1));
  EXPECT_FALSE(oversized_page_file("a.HTML", kMaxTextPageBytes + 1));  // markup takes room
  EXPECT_TRUE(oversized_page_file("a.htm", kMaxHtmlPageBytes + 1));
  // JSON files hold many releases: limited per release instead.
  EXPECT_FALSE(oversized_page_file("a.jsonl", kMaxHtmlPageBytes * 4));
  EXPECT_EQ(*oversized_page_file("huge.txt", 50'000'000),
            "file too large for a release page: 47.7 MiB (limit 8 MiB)");
}

TEST(ReleaseLimits, ReleaseTextIncludesTheTitle) {
  Release r;
  r.id = "big-1";
  r.body = std::string(kMaxReleaseTextBytes - 5, 'x');
  r.title = "12345";
  EXPECT_FALSE(oversized_release(r));
  r.title += "6";
  auto reason = oversized_release(r);
  ASSERT_TRUE(reason);
  EXPECT_EQ(*reason, "release 'big-1' is too large: 4.0 MiB of text (limit 4 MiB)");
}

TEST(ReleaseLimits, SizesInWords) {
  EXPECT_EQ(size_text(812), "812 bytes");
  EXPECT_EQ(size_text(std::uintmax_t{3} << 20), "3 MiB");
  EXPECT_EQ(size_text((std::uintmax_t{3} << 20) + (std::uintmax_t{1} << 19)), "3.5 MiB");
}

}  // namespace
}  // namespace dipsearch::indexer
