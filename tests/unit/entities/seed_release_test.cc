// The real release in the seed folder (skipped when it is absent): the countries and officials
// a reader finds in it, and no separate officials for its short mentions.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

const std::filesystem::path kSeed = std::filesystem::path(DIPSEARCH_SEED_DIR) / "mofa-en-seed.txt";

Release seed_release() {
  std::ifstream in(kSeed, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  Release r;
  r.id = "mofa-en-seed";
  r.title = "Outcome of First ROK - Afghanistan Political Consultations";
  r.body = text.str();  // the whole page, chrome included: extraction must cope
  r.date = "2021-04-08";
  r.lang = "en";
  return r;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(SeedRelease, CountriesAndOfficials) {
  if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << "no seed release at " << kSeed;
  const Entities e = testing::extractor().extract(seed_release());
  EXPECT_TRUE(contains(e.countries, "AF"));
  EXPECT_TRUE(contains(e.countries, "KR"));
  EXPECT_TRUE(std::is_sorted(e.countries.begin(), e.countries.end()));

  // Exactly these three: "Deputy Minister Nab" and "Special Representative Lee" resolve.
  EXPECT_EQ(testing::official_keys(e),
            (std::vector<std::string>{"lee-kyung-chul", "meerwais-nab", "choi-jong-moon"}));
  ASSERT_EQ(e.officials.size(), 3u);
  EXPECT_EQ(e.officials[0].name, "Lee Kyung-chul");
  EXPECT_EQ(e.officials[0].name_ko, "이경철");
  EXPECT_EQ(e.officials[0].title, "Special Representative for Afghanistan and Pakistan");
  EXPECT_EQ(e.officials[1].name, "Meerwais Nab");
  EXPECT_EQ(e.officials[1].title, "Deputy Foreign Minister for Political Affairs");
  EXPECT_EQ(e.officials[2].name, "Choi Jongmoon");
  EXPECT_EQ(e.officials[2].name_en, "Choi Jong-moon");
  EXPECT_EQ(e.officials[2].title, "Vice Minister of Foreign Affairs");
}

// Speed is measured, not asserted: `dipsearch-entities-eval --speed ROUNDS` prints the time per
// release (see tests/entities-gold/README.md).
}  // namespace
}  // namespace dipsearch::entities
