// Crash safety: dipsearch-index killed with SIGKILL early, mid-write, before and after the
// stub swap, and at whatever point a progress line shows. Each time a running dipsearchd
// (and a freshly started one, which sees only what is on disk) still serves a whole index,
// and the next run completes the work.
#include <gtest/gtest.h>

#include <fstream>

#include "admin_corpus.h"
#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kBound = 120;  // seconds any one process may take

std::uintmax_t table_bytes(const fs::path& generation) {
  std::uintmax_t total = 0;
  for (const auto& entry : fs::directory_iterator(generation)) {
    if (entry.path().extension() == ".glass") total += entry.file_size();
  }
  return total;
}

class AdminCrash : public ::testing::Test {
 protected:
  void SetUp() override {
    src = copy_sample(dir.path());
    CommandResult r = run_indexer({"--db", db.string(), src.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    daemon = std::make_unique<Daemon>(db);
    ASSERT_EQ(observed_state(*daemon), SampleChanges::kBefore);
    SampleChanges(src).apply();
  }

  // The indexer on the changed corpus, stopped by itself on entering `phase`.
  std::unique_ptr<BackgroundProcess> start_stopped_at(const std::string& phase, std::vector<std::string> args,
                                                      std::vector<std::string> env = {}) {
    std::vector<std::string> argv{"--db", db.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back(src.string());
    env.push_back("DIPSEARCH_INDEX_STOP_AT=" + phase);
    auto indexer = std::make_unique<BackgroundProcess>(indexer_argv(argv), env);
    EXPECT_TRUE(indexer->wait_stopped(kBound)) << "never reached " << phase << ": " << indexer->err();
    return indexer;
  }

  // Both the running daemon and one started now (reading only what is on disk) show `state`.
  void expect_served(const CorpusState& state) {
    EXPECT_EQ(observed_state(*daemon), state);
    Daemon fresh(db);
    EXPECT_EQ(observed_state(fresh), state);
  }

  // The run after a crash: it succeeds and does all of the work the killed run lost.
  void expect_next_run_completes(const std::string& expected_counts) {
    CommandResult r = run_indexer({"--db", db.string(), src.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(expected_counts), std::string::npos) << r.out;
    EXPECT_EQ(wait_for_state(*daemon, SampleChanges::kAfter, std::chrono::seconds(2)), SampleChanges::kAfter);
    EXPECT_TRUE(DatabaseLayout(db).stale_generations().empty());
  }

  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src;
  std::unique_ptr<Daemon> daemon;
};

TEST_F(AdminCrash, KilledEarlyLeavesThePreviousIndexAndAStaleLockThatDoesNotBlock) {
  auto indexer = start_stopped_at("reading", {});
  expect_served(SampleChanges::kBefore);
  indexer->kill_now();
  expect_served(SampleChanges::kBefore);
  // The dead run's line is still in the lock file; the kernel dropped the lock itself.
  std::ifstream lock_file(DatabaseLayout(db).lock_file());
  std::string holder;
  std::getline(lock_file, holder);
  EXPECT_NE(holder.find("pid " + std::to_string(indexer->pid())), std::string::npos) << holder;
  expect_next_run_completes("added 3, updated 1, unchanged 70, deleted 1");
}

TEST_F(AdminCrash, KilledWithEverythingWrittenButNotCommittedLeavesThePreviousIndex) {
  const fs::path generation = *DatabaseLayout(db).current_generation();
  const std::uintmax_t before = table_bytes(generation);
  // Xapian's own knob: flush the transaction to disk every document, so the kill finds
  // the changes in the database files, only not committed.
  auto indexer = start_stopped_at("committing", {}, {"XAPIAN_FLUSH_THRESHOLD=1"});
  EXPECT_GT(table_bytes(generation), before);
  expect_served(SampleChanges::kBefore);
  indexer->kill_now();
  expect_served(SampleChanges::kBefore);
  expect_next_run_completes("added 3, updated 1, unchanged 70, deleted 1");
}

TEST_F(AdminCrash, RebuildKilledBeforeTheSwapLeavesThePreviousIndex) {
  auto indexer = start_stopped_at("switching", {"--rebuild"});
  // The new generation is complete on disk; the stub still names the old one.
  EXPECT_EQ(DatabaseLayout(db).stale_generations().size(), 1u);
  expect_served(SampleChanges::kBefore);
  indexer->kill_now();
  expect_served(SampleChanges::kBefore);
  // The next run removes the orphaned generation and updates the live one.
  expect_next_run_completes("added 3, updated 1, unchanged 70, deleted 1");
}

TEST_F(AdminCrash, RebuildKilledAfterTheSwapServesTheNewIndex) {
  const fs::path old_generation = *DatabaseLayout(db).current_generation();
  auto indexer = start_stopped_at("cleaning", {"--rebuild"});
  EXPECT_EQ(wait_for_state(*daemon, SampleChanges::kAfter, std::chrono::seconds(2)), SampleChanges::kAfter);
  indexer->kill_now();
  expect_served(SampleChanges::kAfter);
  EXPECT_TRUE(fs::exists(old_generation));  // the killed run never cleaned up
  expect_next_run_completes("added 0, updated 0, unchanged 74, deleted 0");
  EXPECT_FALSE(fs::exists(old_generation));
}

// Kills wherever the run happens to be one progress line in: no stop point, the real
// timing. The run is made long enough (1,500 more pages) that it is still writing.
class AdminCrashAtProgress : public AdminCrash, public ::testing::WithParamInterface<bool> {};

TEST_P(AdminCrashAtProgress, KilledMidRunLeavesThePreviousIndex) {
  const bool rebuild = GetParam();
  write_pages(src / "bulk", "bulk", 1500, "numbat");
  std::vector<std::string> args{"--db", db.string(), "--progress", src.string()};
  if (rebuild) args.insert(args.begin(), "--rebuild");
  BackgroundProcess indexer(indexer_argv(args), {"XAPIAN_FLUSH_THRESHOLD=50"});
  // The first line comes on entering the phase, the next at a tenth of the work.
  ASSERT_TRUE(indexer.wait_for_stderr("reading: 0%", kBound)) << indexer.err();
  const std::string first_lines = indexer.err();
  ASSERT_TRUE(indexer.wait_for_stderr(first_lines + "dipsearch-index: reading: ", kBound)) << indexer.err();
  indexer.kill_now();
  ASSERT_EQ(indexer.out(), "") << "the run finished before the kill: make it longer";
  expect_served(SampleChanges::kBefore);
  CommandResult r = run_indexer({"--db", db.string(), src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 1503, updated 1, unchanged 70, deleted 1"), std::string::npos) << r.out;
  EXPECT_EQ(daemon->get_json("/api/search?q=numbat")["total"], 1500);
  EXPECT_TRUE(DatabaseLayout(db).stale_generations().empty());
}

INSTANTIATE_TEST_SUITE_P(IncrementalAndRebuild, AdminCrashAtProgress, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Rebuild" : "Incremental"; });

}  // namespace
}  // namespace dipsearch::testing
