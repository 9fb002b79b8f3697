// dipsearch-index --check, as monitoring runs it: exit 0 and one line for a sound
// database; exit 4 and the problem in words for a missing, damaged or inconsistent one.
#include <gtest/gtest.h>

#include <xapian.h>

#include <fstream>

#include "admin_corpus.h"
#include "common/index/database_layout.h"
#include "common/schema.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class AdminCheck : public ::testing::Test {
 protected:
  void index_sample() {
    const fs::path src = copy_sample(dir.path());
    ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
    generation = *DatabaseLayout(db).current_generation();
  }
  CommandResult check(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--db", db.string(), "--check"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_indexer(args);
  }

  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path generation;
};

TEST_F(AdminCheck, SoundDatabasePassesWithOneLine) {
  index_sample();
  CommandResult r = check();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ok: 72 documents in " + generation.string() + ", last indexed "), std::string::npos) << r.out;
  // It says which checks ran.
  EXPECT_NE(r.out.find("; checked: the stub names a generation that opens, schema version, one id per document, 72 "
                       "sampled documents readable and matching their content hash"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("structure check"), std::string::npos) << r.out;

  r = run_indexer({"--db", db.string(), "--check", "--quiet"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out + r.err, "");  // cron mails nothing
}

TEST_F(AdminCheck, FullCheckWithReportReadsEveryDocument) {
  index_sample();
  const fs::path report = dir.path() / "check.json";
  CommandResult r = run_indexer({"--db", db.string(), "--check=full", "--sample=all", "--report", report.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(report);
  json j = json::parse(in);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["documents"], 72);
  EXPECT_EQ(j["sampled"], 72);
  EXPECT_TRUE(j["problems"].empty());
  EXPECT_EQ(j["checks"].back(), "Xapian's structure check of every table");

  r = check({"--sample", "5"});
  EXPECT_NE(r.out.find("5 sampled documents readable"), std::string::npos) << r.out;
}

TEST_F(AdminCheck, MissingDatabaseFails) {
  CommandResult r = check();
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("no database at " + db.string()), std::string::npos) << r.err;
}

TEST_F(AdminCheck, StubNamingAMissingGenerationFails) {
  index_sample();
  fs::remove_all(generation);
  CommandResult r = check();
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("names " + generation.string() + ", which does not exist"), std::string::npos) << r.err;
}

TEST_F(AdminCheck, DamagedTableFails) {
  index_sample();
  {
    // Scribble over the postlist table's blocks past the header.
    std::fstream table(generation / "postlist.glass", std::ios::in | std::ios::out | std::ios::binary);
    table.seekp(8192);
    const std::string noise(16384, '\x5a');
    table.write(noise.data(), static_cast<std::streamsize>(noise.size()));
  }
  CommandResult r = check();
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("cannot read the database"), std::string::npos) << r.err;
  r = check({"--check=full"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("table check"), std::string::npos) << r.err;
}

TEST_F(AdminCheck, DocumentWhoseDataDoesNotMatchItsTermsFails) {
  index_sample();
  {
    Xapian::WritableDatabase w(generation.string(), Xapian::DB_OPEN);
    Xapian::Document doc = w.get_document(5);
    doc.set_data("this is not a stored release");
    w.replace_document(5, doc);
    Xapian::Document other = w.get_document(9);
    other.add_value(schema::kContentHashSlot, "0000");  // a content hash that is not the data's
    w.replace_document(9, other);
    w.commit();
  }
  CommandResult r = check({"--sample=all"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("document 5: unreadable"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("document 9"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("content hash"), std::string::npos) << r.err;
}

TEST_F(AdminCheck, UsageErrorsExitTwo) {
  EXPECT_EQ(check({"some-source"}).exit_code, 2);
  EXPECT_EQ(check({"--rebuild"}).exit_code, 2);
  EXPECT_EQ(run_indexer({"--db", db.string(), "--check=deep"}).exit_code, 2);
  EXPECT_EQ(run_indexer({"--db", db.string(), "--sample=3", "src"}).exit_code, 2);
  EXPECT_EQ(check({"--sample=-1"}).exit_code, 2);
  CommandResult r = check({"--report", (dir.path() / "no-such-dir" / "r.json").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-dir"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dipsearch::testing
