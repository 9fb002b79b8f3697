// How dipsearchd follows the database without a restart: from no index to one, across a
// rebuild, and out of a broken stub; and that it lets go of a replaced generation by itself,
// so the indexer can remove it even when no request comes.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "admin_corpus.h"
#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class AdminSwap : public ::testing::Test {
 protected:
  void SetUp() override { src = copy_sample(dir.path()); }
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src;
};

TEST_F(AdminSwap, ServesTheFirstIndexOnceItExists) {
  Daemon daemon(db);
  int status = 0;
  json j = daemon.get_json("/api/search?q=Nepal", &status);
  EXPECT_EQ(status, 503);
  EXPECT_EQ(j["error"]["code"], "no_index");
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  j = daemon.get_json("/api/search?q=Nepal", &status);
  EXPECT_EQ(status, 200);
  EXPECT_GT(j["total"].get<int>(), 0);
}

TEST_F(AdminSwap, BrokenStubIsA503UntilARebuildRepairsIt) {
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  Daemon daemon(db);
  const fs::path generation = *DatabaseLayout(db).current_generation();
  // An admin's mistake: the stub names a generation that is not there.
  std::ofstream(db.string() + ".new") << "auto db.d/gen-000099\n";
  fs::rename(db.string() + ".new", db);
  int status = 0;
  json j = daemon.get_json("/api/health", &status);
  EXPECT_EQ(status, 503);
  EXPECT_EQ(j["error"]["code"], "index_unavailable");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("gen-000099"), std::string::npos) << j.dump();

  // An incremental run refuses (exit 4, nothing changed); a rebuild repairs the database.
  CommandResult r = run_indexer({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("--rebuild"), std::string::npos) << r.err;
  r = run_indexer({"--db", db.string(), "--rebuild", src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = daemon.get_json("/api/health", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(j["documents"], 72);
}

TEST_F(AdminSwap, IdleDaemonLetsGoOfTheReplacedGenerationSoTheRebuildRemovesIt) {
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  Daemon daemon(db);
  // Several requests at once leave several databases open in the daemon's pool.
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&daemon] { EXPECT_EQ(daemon.get_json("/api/health")["documents"], 72); });
  }
  for (auto& t : clients) t.join();
  const fs::path old_generation = *DatabaseLayout(db).current_generation();

  // No request comes during or after the rebuild.
  const fs::path report = dir.path() / "report.json";
  CommandResult r = run_indexer({"--db", db.string(), "--rebuild", "--report", report.string(), src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(report);
  json j = json::parse(in);
  EXPECT_EQ(j["generations_removed"], json::array({old_generation.string()})) << j.dump(2);
  EXPECT_TRUE(j["generations_in_use"].empty()) << j.dump(2);
  EXPECT_FALSE(fs::exists(old_generation));
  EXPECT_EQ(daemon.get_json("/api/health")["documents"], 72);
}

TEST_F(AdminSwap, RebuildWaitsForAnotherReaderToLetGo) {
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  const DatabaseLayout layout(db);
  const fs::path old_generation = *layout.current_generation();
  // A reader process's claim, let go a moment after the swap.
  auto lease = GenerationLease::acquire_current(layout);
  ASSERT_TRUE(lease.has_value());
  std::thread reader([&] {
    const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (layout.current_generation() == old_generation && std::chrono::steady_clock::now() < limit) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_TRUE(fs::exists(old_generation / "iamglass"));  // still there while leased
    lease.reset();
  });
  const fs::path report = dir.path() / "report.json";
  CommandResult r = run_indexer({"--db", db.string(), "--rebuild", "--report", report.string(), src.string()});
  reader.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(report);
  json j = json::parse(in);
  EXPECT_EQ(j["generations_removed"], json::array({old_generation.string()})) << j.dump(2);
  EXPECT_FALSE(fs::exists(old_generation));
}

// An admin moves a shard to another host by editing the live generation's XAPIANDB in place;
// the daemon reads the new list without a restart, as it follows a swap.
TEST_F(AdminSwap, AnEditedShardListIsPickedUpWithoutARestart) {
  ASSERT_EQ(run_indexer({"--db", db.string(), "--shards", "2", src.string()}).exit_code, 0);
  const fs::path shard_list = *DatabaseLayout(db).current_generation() / "XAPIANDB";
  std::ifstream written(shard_list);
  const std::string local_lines((std::istreambuf_iterator<char>(written)), std::istreambuf_iterator<char>());
  const size_t second_shard = local_lines.find("glass shard-1\n");
  ASSERT_NE(second_shard, std::string::npos) << local_lines;
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/health")["shards"], json({{"total", 2}, {"failed", 0}}));
  // A port nothing listens on: the moved shard's host is down.
  int free_port = 0;
  {
    Daemon probe(dir.path() / "none");
    free_port = probe.port();
  }
  std::ofstream(shard_list) << local_lines.substr(0, second_shard) << "remote 127.0.0.1:" << free_port << "\n";
  const auto health_until = [&](unsigned failed) {
    json health;
    for (int i = 0; i < 250; ++i) {  // bounded: 5 s and more
      health = daemon.get_json("/api/health");
      if (health["shards"]["failed"] == failed) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return health;
  };
  json health = health_until(1);
  EXPECT_EQ(health["status"], "degraded") << health.dump();
  EXPECT_EQ(health["shards"], json({{"total", 2}, {"failed", 1}})) << health.dump();
  EXPECT_LT(health["documents"].get<int>(), 72);
  std::ofstream(shard_list) << local_lines;
  health = health_until(0);
  EXPECT_EQ(health["status"], "ok") << health.dump();
  EXPECT_EQ(health["documents"], 72);
  EXPECT_NE(daemon.stderr_text().find("as edited (2 shards)"), std::string::npos) << daemon.stderr_text();
}

}  // namespace
}  // namespace dipsearch::testing
