// Stub file generations and the writer lock.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "common/index/database_layout.h"

namespace dipsearch {
namespace {
namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/dipsearch-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(DatabaseLayout, NoStubMeansNoDatabase) {
  TempDir dir;
  DatabaseLayout layout(dir.path() / "db");
  EXPECT_FALSE(layout.current_generation().has_value());
  EXPECT_EQ(layout.next_generation().filename(), "gen-000001");
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

  fs::path g2 = layout.next_generation();
  EXPECT_EQ(g2.filename(), "gen-000002");
  fs::create_directories(g2);
  fs::path g3 = dir.path() / "db.d" / "gen-000003";  // an interrupted run's leftover
  fs::create_directories(g3);
  layout.switch_to(g2);
  EXPECT_EQ(layout.remove_stale_generations(g1), 1);
  EXPECT_TRUE(fs::exists(g1));
  EXPECT_TRUE(fs::exists(g2));
  EXPECT_FALSE(fs::exists(g3));
}

TEST(DatabaseLayout, GarbageStubIsAnError) {
  TempDir dir;
  std::ofstream(dir.path() / "db") << "nonsense\n";
  DatabaseLayout layout(dir.path() / "db");
  EXPECT_THROW(layout.current_generation(), std::runtime_error);
}

TEST(WriterLock, SecondHolderIsRefusedWithTheHolderNamed) {
  TempDir dir;
  fs::path lock = dir.path() / "db.lock";
  WriterLock first(lock);
  // flock() locks belong to open files: a second open in another process is refused.
  pid_t child = fork();
  if (child == 0) {
    try {
      WriterLock second(lock);
      _exit(1);
    } catch (const LockHeld& e) {
      _exit(std::string(e.what()).find("pid") != std::string::npos ? 0 : 2);
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(WriterLock, ReleasedWhenTheHolderDies) {
  TempDir dir;
  fs::path lock = dir.path() / "db.lock";
  pid_t child = fork();
  if (child == 0) {
    WriterLock held(lock);
    _exit(0);  // dies holding the lock, leaving the lock file behind
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(fs::exists(lock));
  EXPECT_NO_THROW(WriterLock again(lock));
}

}  // namespace
}  // namespace dipsearch
