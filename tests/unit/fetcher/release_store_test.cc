// The release store: pages in buckets, sidecars with URLs, the state file across runs, and a
// damaged state file refused with its line named.
#include "fetcher/release_store.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../file_contents.h"
#include "../temp_dir.h"

namespace dipsearch::fetcher {
namespace {

namespace fs = std::filesystem;

SourceConfig source() {
  SourceConfig s;
  s.name = "board";
  s.lang = "ko";
  s.id_prefix = "ex-ko-";
  return s;
}

TEST(ReleaseStore, SavesInBucketsWritesSidecarsAndRemembersAcrossRuns) {
  testing::TempDir dir;
  {
    ReleaseStore store(dir.path(), source());
    EXPECT_EQ(store.save("319652", "<html>a</html>", {"https://example.org/v?seq=319652", "t1", "\"e1\"", "", ""}),
              SaveOutcome::kNew);
    EXPECT_EQ(store.save("12", "<html>b</html>", {"https://example.org/v?seq=12", "t1", "", "", "2026-11-30"}),
              SaveOutcome::kNew);
    store.commit();
  }
  EXPECT_EQ(testing::file_contents(dir.path() / "board" / "319" / "ex-ko-319652.html"), "<html>a</html>");
  EXPECT_TRUE(fs::exists(dir.path() / "board" / "0" / "ex-ko-12.html"));
  const std::string sidecar = testing::file_contents(dir.path() / "board" / "319" / "manifest.tsv");
  EXPECT_NE(sidecar.find("ex-ko-319652\thttps://example.org/v?seq=319652\tko\n"), std::string::npos) << sidecar;

  ReleaseStore again(dir.path(), source());
  ASSERT_NE(again.find("319652"), nullptr);
  EXPECT_EQ(again.find("319652")->etag, "\"e1\"");
  EXPECT_EQ(again.find("12")->listed, "2026-11-30");
  EXPECT_EQ(again.save("12", "<html>b</html>", {"https://example.org/v?seq=12", "t2", "", "", ""}),
            SaveOutcome::kUnchanged);
  EXPECT_EQ(again.save("12", "<html>c</html>", {"https://example.org/v?seq=12", "t2", "", "", ""}),
            SaveOutcome::kUpdated);
}

TEST(ReleaseStore, ServerValidatorsCannotBreakTheStateFile) {
  testing::TempDir dir;
  {
    ReleaseStore store(dir.path(), source());
    store.save("5", "x", {"https://example.org/v?seq=5", "t", "\"a\tb\nc\"", "", ""});
    store.commit();
  }
  ReleaseStore again(dir.path(), source());
  EXPECT_EQ(again.find("5")->etag, "\"abc\"");
}

TEST(ReleaseStore, ADamagedStateFileIsRefusedNamingTheLine) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "board");
  std::ofstream(dir.path() / "board" / kStateFileName) << "id\turl\tfetched\tetag\tlast_modified\tlisted\n5\tonly two\n";
  try {
    ReleaseStore store(dir.path(), source());
    FAIL() << "loaded";
  } catch (const StateError& e) {
    EXPECT_NE(std::string(e.what()).find(kStateFileName + std::string(":2: expected 6 tab-separated fields, found 2")),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace dipsearch::fetcher
