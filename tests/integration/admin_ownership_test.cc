// The service user and root on one database: a run as root hands every file it writes back
// to the database's owner, so the service user's next run works; a file that user cannot
// write is named with its owner (exit 4, not "another indexer", exit 3); --check=full works
// for a user who may only read. Runs the programs as `nobody` through setpriv(1), so it
// needs root; elsewhere it is skipped.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

constexpr uid_t kNobody = 65534;
constexpr const char* kSetpriv = "/usr/bin/setpriv";

class AdminOwnership : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::geteuid() != 0 || ::access(kSetpriv, X_OK) != 0) GTEST_SKIP() << "needs root and setpriv(1)";
    // The service user reads the sources and the programs, and owns the state directory.
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    src = copy_sample(dir.path());
    fs::create_directories(state);
    ASSERT_EQ(::chown(state.c_str(), kNobody, kNobody), 0);
  }
  static CommandResult as_nobody(const std::vector<std::string>& args) {
    std::vector<std::string> argv{kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups", DIPSEARCH_INDEX_BIN};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_command(argv);
  }
  // Every path of the database not owned by `nobody`.
  std::vector<std::string> not_owned_by_nobody() const {
    std::vector<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(state)) {
      struct stat st {};
      if (::lstat(entry.path().c_str(), &st) == 0 && (st.st_uid != kNobody || st.st_gid != kNobody)) {
        out.push_back(entry.path().string());
      }
    }
    return out;
  }

  TempDir dir;
  fs::path state = dir.path() / "state";
  fs::path db = state / "dipsearch.db";
  fs::path src;
};

TEST_F(AdminOwnership, RunsAsRootLeaveTheDatabaseToItsOwner) {
  CommandResult r = as_nobody({"--db", db.string(), "--quiet", src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // As root: an incremental run that writes, then a rebuild (a new generation).
  write_file(src / "root-run.txt", page("Written by a run as root", "2022-03-04", "Talks on fisheries."));
  r = run_indexer({"--db", db.string(), "--quiet", src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(not_owned_by_nobody(), std::vector<std::string>());
  r = run_indexer({"--db", db.string(), "--quiet", "--rebuild", src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(not_owned_by_nobody(), std::vector<std::string>());
  // The service user carries on.
  write_file(src / "service-run.txt", page("Written by the service user", "2022-03-05", "Talks on trade."));
  r = as_nobody({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 1,"), std::string::npos) << r.out;
}

TEST_F(AdminOwnership, FileTheServiceUserCannotWriteIsNamedWithItsOwner) {
  ASSERT_EQ(as_nobody({"--db", db.string(), "--quiet", src.string()}).exit_code, 0);
  // What a restore done as root with `cp -a` of root's files leaves: a generation root owns.
  const fs::path generation = *DatabaseLayout(db).current_generation();
  for (const auto& entry : fs::recursive_directory_iterator(generation)) {
    ASSERT_EQ(::lchown(entry.path().c_str(), 0, 0), 0);
  }
  ASSERT_EQ(::chown(generation.c_str(), 0, 0), 0);
  write_file(src / "later.txt", page("A later release", "2022-03-06", "Talks on energy."));
  CommandResult r = as_nobody({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("cannot write " + generation.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("belongs to root"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("chown -R nobody: " + db.string()), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("is writing"), std::string::npos) << r.err;  // not a lock held
}

TEST_F(AdminOwnership, FullCheckNeedsOnlyReadAccess) {
  // Root's database, checked by a monitoring user who may only read it.
  const fs::path root_db = dir.path() / "root-db";
  ASSERT_EQ(run_indexer({"--db", root_db.string(), "--quiet", src.string()}).exit_code, 0);
  CommandResult r = as_nobody({"--db", root_db.string(), "--check=full"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ok: 72 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("checked: the stub names a generation that opens, schema version, one id per document, "
                       "72 sampled documents"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Xapian's structure check of every table (on a private copy"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dipsearch::testing
