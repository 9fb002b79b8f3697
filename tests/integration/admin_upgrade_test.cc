// Upgrades: the indexer records its schema version in the database, and both programs say
// so clearly when a database was written by another version: --check exits 5 (not "every
// document damaged"), health is 503 "degraded", an incremental run upgrades an older
// database and refuses a newer one (exit 5), --rebuild replaces either.
#include <gtest/gtest.h>

#include <xapian.h>

#include <fstream>

#include "common/index/database_layout.h"
#include "common/schema.h"
#include "dipsearch/config.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class AdminUpgrade : public ::testing::Test {
 protected:
  void SetUp() override {
    src = copy_sample(dir.path());
    ASSERT_EQ(run_indexer({"--db", db.string(), "--quiet", src.string()}).exit_code, 0);
  }
  fs::path generation() const { return *DatabaseLayout(db).current_generation(); }
  std::string recorded() const {
    return Xapian::Database(generation().string()).get_metadata(std::string(schema::kMetaSchema));
  }
  // What an older or newer dipsearch would have left: another version, or none at all.
  void record(const std::string& version) {
    Xapian::WritableDatabase w(generation().string(), Xapian::DB_OPEN);
    w.set_metadata(std::string(schema::kMetaSchema), version);
    w.commit();
  }

  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src;
  const std::string current = std::to_string(schema::kSchemaVersion);
  const std::string older = std::to_string(schema::kSchemaVersion - 1);
  const std::string newer = std::to_string(schema::kSchemaVersion + 1);
};

TEST_F(AdminUpgrade, EveryRunRecordsTheSchemaVersionThatBothProgramsShow) {
  EXPECT_EQ(recorded(), current);
  const std::string shown = "(schema version " + current + ")";
  EXPECT_NE(run_indexer({"--version"}).out.find(shown), std::string::npos);
  EXPECT_NE(run_command({DIPSEARCH_DAEMON_BIN, "--version"}).out.find(shown), std::string::npos);
  Daemon daemon(db);
  int status = 0;
  json health = daemon.get_json("/api/health", &status);
  EXPECT_EQ(status, 200) << health.dump();
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["schema_version"], schema::kSchemaVersion);
  EXPECT_EQ(health["problems"], json::array());
  // OpenAPI describes exactly these fields.
  const json described = daemon.get_json("/api/openapi.json")["components"]["schemas"]["Health"]["properties"];
  for (const auto& [key, value] : health.items()) EXPECT_TRUE(described.contains(key)) << key;
  EXPECT_EQ(described.size(), health.size());
  // The same for alerts, in the metrics.
  auto metrics = daemon.client().Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("\ndipsearch_index_up 1\n"), std::string::npos) << metrics->body;
  EXPECT_NE(metrics->body.find("\ndipsearch_index_degraded 0\n"), std::string::npos) << metrics->body;
  EXPECT_NE(metrics->body.find("dipsearch_build_info{version=\"" DIPSEARCH_VERSION "\",schema=\"" + current +
                               "\",database_schema=\"" + current + "\"} 1\n"),
            std::string::npos)
      << metrics->body;
}

TEST_F(AdminUpgrade, MetricsSayWhenNoIndexIsUp) {
  Daemon daemon(dir.path() / "no-such-db");
  auto metrics = daemon.client().Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("\ndipsearch_index_up 0\n"), std::string::npos) << metrics->body;
}

TEST_F(AdminUpgrade, OlderDatabaseIsNamedByCheckAndHealthThenUpgradedByAnIncrementalRun) {
  record(older);
  const fs::path report = dir.path() / "check.json";
  CommandResult r = run_indexer({"--db", db.string(), "--check", "--report", report.string()});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("schema version " + older + ", but this dipsearch-index has schema version " + current),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("incremental run"), std::string::npos) << r.err;
  // Its documents are another version's, not damaged ones.
  EXPECT_EQ(r.err.find("content hash"), std::string::npos) << r.err;
  std::ifstream in(report);
  const json j = json::parse(in);
  EXPECT_EQ(j["status"], "schema_mismatch");
  EXPECT_EQ(j["exit_code"], 5);
  EXPECT_EQ(j["schema_version"], schema::kSchemaVersion - 1);
  {
    Daemon daemon(db);
    int status = 0;
    json health = daemon.get_json("/api/health", &status);
    EXPECT_EQ(status, 503) << health.dump();
    EXPECT_EQ(health["status"], "degraded");
    EXPECT_EQ(health["documents"], 72);
    ASSERT_EQ(health["problems"].size(), 1u) << health.dump();
    EXPECT_NE(health["problems"][0].get<std::string>().find("older dipsearch"), std::string::npos) << health.dump();
    EXPECT_NE(daemon.stderr_text().find("schema version " + older), std::string::npos) << daemon.stderr_text();
    auto metrics = daemon.client().Get("/metrics");
    ASSERT_TRUE(metrics);
    EXPECT_NE(metrics->body.find("\ndipsearch_index_degraded 1\n"), std::string::npos) << metrics->body;
  }
  r = run_indexer({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(recorded(), current);
  EXPECT_EQ(run_indexer({"--db", db.string(), "--check"}).exit_code, 0);
}

TEST_F(AdminUpgrade, DatabaseRecordingNoVersionIsUpgradedEvenWhenNothingChanged) {
  record("");
  CommandResult r = run_indexer({"--db", db.string(), "--check"});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("records no schema version"), std::string::npos) << r.err;
  r = run_indexer({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(recorded(), current);
}

TEST_F(AdminUpgrade, NewerDatabaseIsRefusedUnchangedAndRebuildReplacesIt) {
  record(newer);
  write_file(src / "added.txt", page("Added release", "2022-02-02", "Consultations on fisheries."));
  const fs::path report = dir.path() / "run.json";
  CommandResult r = run_indexer({"--db", db.string(), "--report", report.string(), src.string()});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("newer dipsearch"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("database is unchanged"), std::string::npos) << r.err;
  std::ifstream in(report);
  EXPECT_EQ(json::parse(in)["status"], "schema_mismatch");
  EXPECT_EQ(recorded(), newer);
  EXPECT_EQ(Xapian::Database(generation().string()).get_doccount(), 72u);

  r = run_indexer({"--db", db.string(), "--rebuild", src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(recorded(), current);
  EXPECT_EQ(Xapian::Database(generation().string()).get_doccount(), 73u);
}

}  // namespace
}  // namespace dipsearch::testing
