// Stub file generations, reader leases, stale-generation cleanup and the writer lock.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "common/index/database_layout.h"
#include "../temp_dir.h"

namespace dipsearch {
namespace {
namespace fs = std::filesystem;

using testing::TempDir;

// A layout with generations 1..n created, the stub naming `current`.
DatabaseLayout layout_with(const TempDir& dir, int n, int current) {
  DatabaseLayout layout(dir.path() / "db");
  for (int i = 1; i <= n; ++i) fs::create_directories(layout.next_generation());
  char name[32];
  std::snprintf(name, sizeof name, "gen-%06d", current);
  layout.switch_to(layout.generations_dir() / name);
  return layout;
}

TEST(DatabaseLayout, NoStubMeansNoDatabase) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  EXPECT_FALSE(layout.current_generation().has_value());
  EXPECT_EQ(layout.next_generation().filename(), "gen-000001");
  EXPECT_TRUE(layout.stale_generations().empty());
  EXPECT_TRUE(layout.remove_stale_generations().removed.empty());
}

TEST(DatabaseLayout, SwitchPointsTheStubAtAGeneration) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  fs::path g1 = layout.next_generation();
  fs::create_directories(g1);
  layout.switch_to(g1);
  EXPECT_TRUE(fs::equivalent(*layout.current_generation(), g1));
  std::ifstream stub(layout.stub());
  std::string line;
  std::getline(stub, line);
  EXPECT_EQ(line, "auto db.d/gen-000001");  // relative, so the directory can move
  EXPECT_FALSE(fs::exists(dir.path() / "db.tmp"));
}

TEST(DatabaseLayout, StaleGenerationsAreAllButTheCurrentOne) {
  TempDir dir;
  DatabaseLayout layout = layout_with(dir, 4, 2);
  fs::create_directories(layout.generations_dir() / "notes");  // not ours: left alone
  std::vector<fs::path> expected{layout.generations_dir() / "gen-000001", layout.generations_dir() / "gen-000003",
                                 layout.generations_dir() / "gen-000004"};
  EXPECT_EQ(layout.stale_generations(), expected);
  EXPECT_EQ(layout.next_generation().filename(), "gen-000005");
}

TEST(DatabaseLayout, CleanupRemovesStaleGenerationsAndAnInterruptedSwapsStub) {
  TempDir dir;
  DatabaseLayout layout = layout_with(dir, 3, 2);
  std::ofstream(dir.path() / "db.tmp") << "auto db.d/gen-000003\n";  // killed before its rename
  GenerationCleanup cleanup = layout.remove_stale_generations();
  EXPECT_EQ(cleanup.removed.size(), 2u);
  EXPECT_TRUE(cleanup.in_use.empty());
  EXPECT_TRUE(fs::exists(layout.generations_dir() / "gen-000002"));
  EXPECT_FALSE(fs::exists(layout.generations_dir() / "gen-000001"));
  EXPECT_FALSE(fs::exists(layout.generations_dir() / "gen-000003"));
  EXPECT_FALSE(fs::exists(dir.path() / "db.tmp"));
}

TEST(DatabaseLayout, LeasedGenerationIsLeftUntilTheLeaseGoes) {
  TempDir dir;
  DatabaseLayout layout = layout_with(dir, 2, 1);
  auto lease = GenerationLease::acquire_current(layout);
  ASSERT_TRUE(lease.has_value());
  EXPECT_EQ(lease->generation(), layout.generations_dir() / "gen-000001");
  layout.switch_to(layout.generations_dir() / "gen-000002");  // a rebuild swaps

  GenerationCleanup cleanup = layout.remove_stale_generations();
  EXPECT_TRUE(cleanup.removed.empty());
  ASSERT_EQ(cleanup.in_use.size(), 1u);
  EXPECT_EQ(cleanup.in_use[0].filename(), "gen-000001");
  EXPECT_TRUE(fs::exists(layout.generations_dir() / "gen-000001"));

  lease.reset();
  cleanup = layout.remove_stale_generations();
  EXPECT_EQ(cleanup.removed.size(), 1u);
  EXPECT_FALSE(fs::exists(layout.generations_dir() / "gen-000001"));
}

TEST(DatabaseLayout, LeaseHeldInAnotherProcessAlsoProtects) {
  TempDir dir;
  DatabaseLayout layout = layout_with(dir, 2, 1);
  int ready[2], done[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(done), 0);
  pid_t child = fork();
  if (child == 0) {
    auto lease = GenerationLease::acquire_current(layout);
    char c = lease ? 'y' : 'n';
    [[maybe_unused]] ssize_t w = write(ready[1], &c, 1);
    [[maybe_unused]] ssize_t r = read(done[0], &c, 1);  // holds the lease until told
    _exit(0);
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');
  layout.switch_to(layout.generations_dir() / "gen-000002");
  EXPECT_EQ(layout.remove_stale_generations().in_use.size(), 1u);
  [[maybe_unused]] ssize_t w = write(done[1], "x", 1);
  int status = 0;
  waitpid(child, &status, 0);
  // The reader exited: the kernel dropped its lease.
  EXPECT_EQ(layout.remove_stale_generations().removed.size(), 1u);
  for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

TEST(GenerationLease, NoDatabaseMeansNoLease) {
  TempDir dir;
  EXPECT_FALSE(GenerationLease::acquire_current(DatabaseLayout(dir.path() / "db")).has_value());
}

TEST(GenerationLease, StubNamingAMissingGenerationIsAnErrorNamingIt) {
  TempDir dir;
  std::ofstream(dir.path() / "db") << "auto db.d/gen-000007\n";
  try {
    GenerationLease::acquire_current(DatabaseLayout(dir.path() / "db"));
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("gen-000007"), std::string::npos) << e.what();
  }
}

TEST(DatabaseLayout, StubNameWithSpacesRoundTrips) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "press releases");
  fs::path g1 = layout.next_generation();
  fs::create_directories(g1);
  layout.switch_to(g1);
  EXPECT_EQ(layout.current_generation(), g1);
}

TEST(DatabaseLayout, StubCommentsAndBlankLinesAreSkippedAsXapianDoes) {
  TempDir dir;
  std::ofstream(dir.path() / "db") << "# written by hand\n\nauto db.d/gen-000003\n";
  EXPECT_EQ(DatabaseLayout(dir.path() / "db").current_generation(), dir.path() / "db.d/gen-000003");
}

TEST(DatabaseLayout, GarbageStubIsAnError) {
  TempDir dir;
  for (const char* text : {"nonsense\n", "auto\n", "auto \n", "remote 127.0.0.1:1\n", ""}) {
    std::ofstream(dir.path() / "db") << text;
    DatabaseLayout layout(dir.path() / "db");
    EXPECT_THROW(layout.current_generation(), std::runtime_error) << text;
  }
}

TEST(WriterLock, SecondHolderIsRefusedWithTheDatabaseAndHolderNamed) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  WriterLock first(layout);
  // flock() locks belong to open files: a second open in another process is refused.
  pid_t child = fork();
  if (child == 0) {
    try {
      WriterLock second(layout);
      _exit(1);
    } catch (const LockHeld& e) {
      const std::string what = e.what();
      const bool named = what.find("database " + layout.stub().string()) != std::string::npos &&
                         what.find("held by pid " + std::to_string(getppid())) != std::string::npos;
      _exit(named ? 0 : 2);
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(WriterLock, HeldByAnotherProgramSaysTheNamedHolderIsGone) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  pid_t child = fork();
  if (child == 0) {
    WriterLock held(layout);
    _exit(0);  // leaves its line in the lock file
  }
  waitpid(child, nullptr, 0);
  // A backup script takes the lock with flock(1), which writes nothing into the file.
  int fd = ::open(layout.lock_file().c_str(), O_RDONLY);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  pid_t checker = fork();
  if (checker == 0) {
    try {
      WriterLock refused(layout);
      _exit(1);
    } catch (const LockHeld& e) {
      const std::string what = e.what();
      _exit(what.find("is locked by another process (not a dipsearch-index: the lock file still names pid " +
                      std::to_string(child)) != std::string::npos &&
                    what.find("which has exited") != std::string::npos
                ? 0
                : 2);
    }
  }
  int status = 0;
  waitpid(checker, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  ::close(fd);
}

TEST(WriterLock, ReleasedWhenTheHolderDies) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  pid_t child = fork();
  if (child == 0) {
    WriterLock held(layout);
    _exit(0);  // dies holding the lock, leaving the lock file behind
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(fs::exists(layout.lock_file()));
  EXPECT_NO_THROW(WriterLock again(layout));
}

}  // namespace
}  // namespace dipsearch
