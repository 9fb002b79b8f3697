// The real family-A page, when the checkout has it: the parser must read it as a person would.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/release/page_text_parser.h"
#include "common/release/source_reader.h"
#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::starts_with;

TEST(SeedPage, ParsesTheRealFamilyAPage) {
  const std::filesystem::path seed = std::filesystem::path(DIPSEARCH_SEED_DIR) / "mofa-en-seed.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no seed page in " << DIPSEARCH_SEED_DIR;

  const FileResult result = read_source_file(seed);
  ASSERT_TRUE(result.rejections.empty()) << result.rejections[0].reason;
  ASSERT_EQ(result.releases.size(), 1u);
  const Release& release = result.releases[0];
  EXPECT_EQ(release.id, "mofa-en-seed");
  EXPECT_EQ(release.title, "Outcome of First ROK - Afghanistan Political Consultations");
  EXPECT_EQ(release.date, "2021-04-08");  // not the meeting's "7 April 2021"
  EXPECT_EQ(release.lang, "en");
  // Paragraph numbers and list markers stay, so a paragraph can be cited by its number.
  EXPECT_TRUE(starts_with(release.body, "1. The First “Republic of Korea (ROK) - Afghanistan Political Consultations”"))
      << release.body.substr(0, 200);
  EXPECT_TRUE(testing_support::ends_with(release.body, "towards peace and stability in Afghanistan."));
  for (const char* chrome : {"Skip navigation", "Hit", "434", "HOME", "Countries Information", "상세보기", "(End)"}) {
    EXPECT_FALSE(contains(release.body, chrome)) << chrome;
  }
  // Sub-points are their own paragraphs, with their markers.
  EXPECT_TRUE(contains(release.body, "\n\n* Vice Minister of Foreign Affairs Choi Jongmoon"));
  EXPECT_TRUE(contains(release.body, "\n\no Both sides recognized the importance"));
  EXPECT_TRUE(contains(release.body, "\n\n4. Deputy Minister Nab affirmed"));
}

}  // namespace
}  // namespace dipsearch
