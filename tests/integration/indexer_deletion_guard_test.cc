// The mass-deletion guard: a SOURCE that is suddenly empty (an unmounted file system) or a
// run that would delete most releases changes nothing and exits 2, unless --allow-empty.
#include <gtest/gtest.h>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

class DeletionGuard : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";

  void SetUp() override {
    write_file(src / "a.txt", page("Talks with Japan", "2021-01-02", "The ministers met in Tokyo."));
    write_file(src / "b.txt", page("Talks with Peru", "2021-01-03", "The ministers met in Lima."));
    write_file(src / "c.txt", page("Talks with Chile", "2021-01-04", "The ministers met in Santiago."));
    ASSERT_EQ(index().exit_code, 0);
  }
  CommandResult index(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"--db", db.string(), "--no-progress"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(src.string());
    return run_indexer(args);
  }
  size_t documents() {
    Daemon daemon(db);
    return daemon.get_json("/api/health")["documents"];
  }
};

TEST_F(DeletionGuard, AnEmptySourceThatHeldReleasesIsRefused) {
  for (const char* name : {"a.txt", "b.txt", "c.txt"}) fs::remove(src / name);
  for (const char* mode : {"", "--rebuild"}) {
    const CommandResult r = index(*mode ? std::vector<std::string>{mode} : std::vector<std::string>{});
    EXPECT_EQ(r.exit_code, 2) << mode << r.out << r.err;
    EXPECT_NE(r.err.find("holds no release file, but the database holds releases read from it"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("--allow-empty"), std::string::npos) << r.err;
    EXPECT_EQ(documents(), 3u) << mode;
  }
  const CommandResult r = index({"--allow-empty"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("deleted 3"), std::string::npos) << r.out;
  EXPECT_EQ(documents(), 0u);
}

TEST_F(DeletionGuard, DeletingMoreThanHalfIsRefused) {
  fs::remove(src / "a.txt");
  fs::remove(src / "b.txt");
  for (const char* mode : {"", "--rebuild"}) {
    const CommandResult r = index(*mode ? std::vector<std::string>{mode} : std::vector<std::string>{});
    EXPECT_EQ(r.exit_code, 2) << mode << r.out << r.err;
    EXPECT_NE(r.err.find("would delete 2 of the database's 3 releases"), std::string::npos) << r.err;
    EXPECT_EQ(documents(), 3u) << mode;
  }
  EXPECT_EQ(index({"--allow-empty"}).exit_code, 0);
  EXPECT_EQ(documents(), 1u);
}

TEST_F(DeletionGuard, DeletingHalfOrLessGoesAhead) {
  fs::remove(src / "a.txt");
  const CommandResult r = index();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("deleted 1"), std::string::npos) << r.out;
  EXPECT_EQ(documents(), 2u);
}

}  // namespace
}  // namespace dipsearch::testing
