// One writer: a second dipsearch-index exits 3 at once (or after --wait), naming the database
// and the holder, whether the first is paused, busy, or another program holds Xapian's own
// lock; the refused run leaves the report file alone.
#include <gtest/gtest.h>

#include <xapian.h>

#include <fstream>
#include <set>

#include "../unit/file_contents.h"
#include "admin_corpus.h"
#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

class AdminLock : public ::testing::Test {
 protected:
  void SetUp() override { src = copy_sample(dir.path()); }

  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src;
};

TEST_F(AdminLock, SecondIndexerExitsThreeNamingTheDatabaseAndTheHolder) {
  // Both runs name the same report, as one cron line started twice does; the last finished
  // run's report stays there until the holder writes its own.
  const fs::path report = dir.path() / "report.json";
  ASSERT_EQ(run_indexer({"--db", db.string(), "--report", report.string(), src.string()}).exit_code, 0);
  const std::string finished = file_contents(report);
  ASSERT_EQ(nlohmann::json::parse(finished)["status"], "ok") << finished;
  write_file(src / "new.txt", page("Numbat talks", "2026-12-01", "Talks on numbats were held."));
  BackgroundProcess first(indexer_argv({"--db", db.string(), "--report", report.string(), src.string()}),
                          {"DIPSEARCH_INDEX_STOP_AT=reading"});
  ASSERT_TRUE(first.wait_stopped(120)) << first.err();
  CommandResult second = run_indexer({"--db", db.string(), "--report", report.string(), src.string()});
  EXPECT_EQ(second.exit_code, 3);
  EXPECT_NE(second.err.find("database " + db.string()), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("pid " + std::to_string(first.pid())), std::string::npos) << second.err;
  EXPECT_EQ(file_contents(report), finished);
  // The paused run is unharmed by the refused one and finishes.
  first.resume();
  EXPECT_EQ(first.wait_exit(120), 0) << first.err();
  EXPECT_NE(first.out().find("added 1"), std::string::npos) << first.out();
  EXPECT_EQ(nlohmann::json::parse(file_contents(report))["added"], 1);
}

TEST_F(AdminLock, WaitGivesUpAfterItsSecondsWithExitThree) {
  BackgroundProcess first(indexer_argv({"--db", db.string(), src.string()}), {"DIPSEARCH_INDEX_STOP_AT=reading"});
  ASSERT_TRUE(first.wait_stopped(120)) << first.err();
  CommandResult second = run_indexer({"--db", db.string(), "--wait=1", src.string()});
  EXPECT_EQ(second.exit_code, 3);
  EXPECT_NE(second.err.find("waiting up to 1 s: another dipsearch-index is writing the database " + db.string()),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.err.find("waited 1 s"), std::string::npos) << second.err;
  first.resume();
  EXPECT_EQ(first.wait_exit(120), 0) << first.err();
}

TEST_F(AdminLock, WaitRunsOnceTheHolderFinishes) {
  BackgroundProcess first(indexer_argv({"--db", db.string(), src.string()}), {"DIPSEARCH_INDEX_STOP_AT=reading"});
  ASSERT_TRUE(first.wait_stopped(120)) << first.err();
  write_file(src / "new.txt", page("Numbat talks", "2026-12-01", "Talks on numbats were held."));
  BackgroundProcess second(indexer_argv({"--db", db.string(), "--wait=600", src.string()}));
  ASSERT_TRUE(second.wait_for_stderr("waiting up to 600 s", 120)) << second.err();
  first.resume();
  EXPECT_EQ(first.wait_exit(120), 0) << first.err();
  EXPECT_EQ(second.wait_exit(120), 0) << second.err();
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/search?q=numbats")["total"], 1);
}

TEST_F(AdminLock, TwoIndexersStartedTogetherOneRunsOneExitsThree) {
  write_pages(src / "bulk", "bulk", 400, "numbat");  // long enough that the runs overlap
  BackgroundProcess a(indexer_argv({"--db", db.string(), "--quiet", src.string()}));
  BackgroundProcess b(indexer_argv({"--db", db.string(), "--quiet", src.string()}));
  std::multiset<int> codes{a.wait_exit(120), b.wait_exit(120)};
  EXPECT_EQ(codes, (std::multiset<int>{0, 3})) << a.err() << b.err();
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/health")["documents"], 472);
}

TEST_F(AdminLock, AnotherProgramHoldingXapiansLockAlsoExitsThree) {
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  const fs::path generation = *DatabaseLayout(db).current_generation();
  Xapian::WritableDatabase other(generation.string(), Xapian::DB_OPEN);
  CommandResult r = run_indexer({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("another program is writing the database " + db.string()), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dipsearch::testing
