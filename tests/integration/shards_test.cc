// The same corpus served from one database, from three local shards and from two remote
// shards (two xapian-tcpsrv processes): every answer must be identical, and a remote shard
// that dies or stalls must give a marked partial answer within the timeout, never a hang.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include <xapian.h>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// A port nobody listens on right now (the kernel's pick, released at once).
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// A program's path by the PATH search a shell would do (BackgroundProcess execs paths).
std::string program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (size_t start = 0; start <= dirs.size();) {
    size_t end = std::min(dirs.find(':', start), dirs.size());
    fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    start = end + 1;
  }
  return name;
}

// The live generation a dipsearch database stub names.
fs::path generation_of(const fs::path& stub) {
  std::ifstream in(stub);
  std::string line;
  std::getline(in, line);
  return stub.parent_path() / line.substr(line.find(' ') + 1);
}

// Splits a database into n shard databases, document i going to shard i mod n, so that
// docids differ from the original's.
std::vector<fs::path> split(const fs::path& source, const fs::path& dir, size_t n) {
  Xapian::Database in(source.string());
  fs::create_directories(dir);
  std::vector<fs::path> paths;
  std::vector<Xapian::WritableDatabase> shards;
  for (size_t k = 0; k < n; ++k) {
    paths.push_back(dir / ("shard-" + std::to_string(k)));
    shards.emplace_back(paths.back().string(), Xapian::DB_CREATE);
  }
  size_t i = 0;
  for (auto it = in.postlist_begin(""); it != in.postlist_end(""); ++it, ++i) {
    shards[i % n].add_document(in.get_document(*it));
  }
  for (auto key = in.metadata_keys_begin(); key != in.metadata_keys_end(); ++key) {
    for (auto& shard : shards) shard.set_metadata(*key, in.get_metadata(*key));
  }
  for (auto& shard : shards) shard.commit();
  return paths;
}

// A database stub whose one generation is a set of shards listed in its XAPIANDB.
fs::path sharded_database(const fs::path& dir, const std::vector<std::string>& lines) {
  const fs::path generation = dir / "db.d" / "gen-000001";
  fs::create_directories(generation);
  std::ofstream(generation / "XAPIANDB") << [&] {
    std::string text = "# shards of the test corpus\n";
    for (const auto& line : lines) text += line + "\n";
    return text;
  }();
  std::ofstream(dir / "db") << "auto db.d/gen-000001\n";
  return dir / "db";
}

class ShardedServing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    try {
      start();
    } catch (const Xapian::Error& e) {
      FAIL() << e.get_description();
    }
  }
  static void start() {
    dir_ = new TempDir();
    const fs::path single = dir_->path() / "single";
    CommandResult r = run_indexer({"--db", (single / "db").string(), std::string(DIPSEARCH_FIXTURES) + "/search",
                                   DIPSEARCH_SAMPLE_DIR});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const fs::path generation = generation_of(single / "db");

    std::vector<std::string> local;
    for (const auto& shard : split(generation, dir_->path() / "local-parts", 3)) local.push_back("glass " + shard.string());
    const fs::path local_db = sharded_database(dir_->path() / "local", local);

    std::vector<std::string> remote;
    for (const auto& shard : split(generation, dir_->path() / "remote-parts", 2)) {
      const int port = free_port();
      servers_.push_back(new BackgroundProcess(
          {program("xapian-tcpsrv"), "--interface", "127.0.0.1", "--port", std::to_string(port), "--quiet", shard.string()}));
      for (int i = 0; i < 500 && !accepts_connections(port); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      ASSERT_TRUE(accepts_connections(port)) << "xapian-tcpsrv did not start on port " << port;
      remote.push_back("remote 127.0.0.1:" + std::to_string(port));
      remote_shards_.push_back("127.0.0.1:" + std::to_string(port));
    }
    const fs::path remote_db = sharded_database(dir_->path() / "remote", remote);

    single_ = new Daemon(single / "db");
    local_ = new Daemon(local_db);
    remote_ = new Daemon(remote_db, {"--shard-timeout", "1500"});
  }
  static void TearDownTestSuite() {
    delete remote_;
    delete local_;
    delete single_;
    for (auto* server : servers_) delete server;
    servers_.clear();
    remote_shards_.clear();
    delete dir_;
  }

  // The answer without what may differ between equal answers: the time taken and the
  // shard count.
  static json answer(const Daemon& daemon, const std::string& path) {
    int status = 0;
    json j = daemon.get_json(path, &status);
    EXPECT_EQ(status, 200) << path << ": " << j.dump();
    j.erase("took_ms");
    j.erase("shards");
    return j;
  }

  static TempDir* dir_;
  static std::vector<BackgroundProcess*> servers_;
  static std::vector<std::string> remote_shards_;  // host:port, as the log names them
  static Daemon* single_;
  static Daemon* local_;
  static Daemon* remote_;
};

TempDir* ShardedServing::dir_ = nullptr;
std::vector<BackgroundProcess*> ShardedServing::servers_;
std::vector<std::string> ShardedServing::remote_shards_;
Daemon* ShardedServing::single_ = nullptr;
Daemon* ShardedServing::local_ = nullptr;
Daemon* ShardedServing::remote_ = nullptr;

const std::vector<std::string> kSearches = {
    "/api/search",
    "/api/search?q=Afghanistan",
    "/api/search?q=%EC%99%B8%EA%B5%90%EB%B6%80",  // 외교부
    // A Korean phrase: releases in the query's language weigh more; with an English word, a
    // partial tail of both languages.
    "/api/search?q=%22%EC%99%B8%EA%B5%90%EB%B6%80+%EC%9E%A5%EA%B4%80%22&per_page=50",  // "외교부 장관"
    "/api/search?q=%22%EC%99%B8%EA%B5%90%EB%B6%80+%EC%9E%A5%EA%B4%80%22+cooperation&per_page=50",
    "/api/search?q=nuclear+consultations&per_page=5&page=2",
    "/api/search?q=%22Security+Council%22&facet_size=50",
    "/api/search?q=minister&country=US&country=JP&facet_size=100",
    "/api/search?q=cooperation&lang=ko&from=2018&to=2022&date_interval=month",
    "/api/search?sort=date_asc&per_page=100",
    "/api/search?q=phone+talks+vaccine+supply&match=auto&per_page=50",
    "/api/search?q=talks&sort=date_desc&facets=country,official",
    "/api/search?official=chung-eui-yong",
    "/api/search?facets=source&facet_size=100",
    "/api/search?q=talks&source=mofa.go.kr&source=sample&facets=source,lang",
    "/api/search?source=korea.kr&facets=source,country",
};

TEST_F(ShardedServing, EverySearchAnswersAsOneDatabaseDoes) {
  for (const auto& path : kSearches) {
    const json expected = answer(*single_, path);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(answer(*local_, path), expected) << "3 local shards, " << path;
    EXPECT_EQ(answer(*remote_, path), expected) << "2 remote shards, " << path;
  }
  const json all = single_->get_json("/api/search");
  EXPECT_GT(all["total"].get<int>(), 50);
  EXPECT_EQ(local_->get_json("/api/search")["shards"], json({{"total", 3}, {"failed", 0}}));
  EXPECT_EQ(remote_->get_json("/api/search")["shards"], json({{"total", 2}, {"failed", 0}}));
  EXPECT_EQ(single_->get_json("/api/search")["shards"], json({{"total", 1}, {"failed", 0}}));
}

TEST_F(ShardedServing, DocumentsRelatedReleasesAndExportsAreTheSame) {
  const json hits = single_->get_json("/api/search?q=Afghanistan&per_page=5")["hits"];
  ASSERT_FALSE(hits.empty());
  for (const auto& hit : hits) {
    const std::string id = hit["id"];
    for (const std::string& path : {"/api/documents/" + id, "/api/documents/" + id + "/similar"}) {
      const json expected = answer(*single_, path);
      EXPECT_EQ(answer(*local_, path), expected) << path;
      EXPECT_EQ(answer(*remote_, path), expected) << path;
    }
  }
  for (const char* path : {"/api/export?q=talks&format=ndjson", "/api/export?format=csv&sort=date_asc"}) {
    auto expected = single_->client().Get(path);
    ASSERT_TRUE(expected && expected->status == 200) << path;
    auto local = local_->client().Get(path);
    auto remote = remote_->client().Get(path);
    ASSERT_TRUE(local && remote) << path;
    EXPECT_EQ(local->body, expected->body) << path;
    EXPECT_EQ(remote->body, expected->body) << path;
  }
}

// match=auto counts the partial tail alone (unweighed) when the full matches fill the page,
// and ranks it when the page holds partial hits: both counts agree, on every transport.
TEST_F(ShardedServing, PartialMatchesCountTheSameWhetherOnlyCountedOrRanked) {
  const std::string path = "/api/search?q=Afghanistan%20assistance&match=auto&per_page=1";
  const json first = answer(*single_, path);
  const int total = first["total"], partial = first["total_partial"];
  ASSERT_GT(total, 0) << first.dump();
  ASSERT_GT(partial, 0) << first.dump();
  const std::string tail = path + "&page=" + std::to_string(total + 1);  // its first partial hit
  const json ranked = answer(*single_, tail);
  EXPECT_EQ(ranked["total_partial"], partial);
  ASSERT_EQ(ranked["hits"].size(), 1u);
  EXPECT_TRUE(ranked["hits"][0].value("partial", false));
  for (const auto& [page, expected] : {std::pair{path, first}, std::pair{tail, ranked}}) {
    EXPECT_EQ(answer(*local_, page), expected) << "3 local shards, " << page;
    EXPECT_EQ(answer(*remote_, page), expected) << "2 remote shards, " << page;
  }
}

// Runs last in the suite (the order of TEST_Fs): it stops and kills a remote shard.
TEST_F(ShardedServing, ZFailedRemoteShardGivesAMarkedPartialAnswerInTime) {
  const int complete = remote_->get_json("/api/search")["total"];

  // A stalled shard (stopped, its connections open): the timeout, then the other shard.
  // xapian-tcpsrv serves each connection from a child process: signal the whole group.
  ASSERT_EQ(::kill(-servers_[1]->pid(), SIGSTOP), 0);
  auto started = std::chrono::steady_clock::now();
  int status = 0;
  json stalled = remote_->get_json("/api/search?q=Afghanistan", &status);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(status, 200) << stalled.dump();
  EXPECT_EQ(stalled["shards"], json({{"total", 2}, {"failed", 1}}));
  EXPECT_LT(seconds, 10.0) << "a stalled shard must cost at most the timeout, twice";
  ::kill(-servers_[1]->pid(), SIGCONT);

  // A killed shard: refused at once; the total counts only the shard that answered.
  ::kill(-servers_[0]->pid(), SIGKILL);
  servers_[0]->kill_now();
  started = std::chrono::steady_clock::now();
  json partial = remote_->get_json("/api/search", &status);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(status, 200) << partial.dump();
  EXPECT_EQ(partial["shards"], json({{"total", 2}, {"failed", 1}}));
  EXPECT_LT(partial["total"].get<int>(), complete);
  EXPECT_GT(partial["total"].get<int>(), 0);
  EXPECT_LT(seconds, 10.0);
  // Later requests skip the dead shard without waiting, and still say so.
  EXPECT_EQ(remote_->get_json("/api/search?q=talks")["shards"], json({{"total", 2}, {"failed", 1}}));
  // Health tells: not "ok" with fewer documents, and the log names the shard once.
  json health = remote_->get_json("/api/health", &status);
  EXPECT_EQ(status, 503) << health.dump();
  EXPECT_EQ(health["status"], "degraded");
  EXPECT_EQ(health["shards"], json({{"total", 2}, {"failed", 1}}));
  EXPECT_LT(health["documents"].get<int>(), complete);
  EXPECT_NE(health["problems"][0].get<std::string>().find("1 of 2 shards did not answer"), std::string::npos);
  const std::string log = remote_->stderr_text();
  const std::string dead = "shard " + remote_shards_[0] + " failed: ";
  EXPECT_NE(log.find(dead), std::string::npos) << log;
  EXPECT_EQ(log.find(dead), log.rfind(dead)) << "one line per failure, not one per request: " << log;
  EXPECT_EQ(log.find("answering from"), std::string::npos) << log;
  auto metrics = remote_->client().Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("\ndipsearch_index_shards{state=\"failed\"} 1\n"), std::string::npos) << metrics->body;
  EXPECT_NE(metrics->body.find("\ndipsearch_index_degraded 1\n"), std::string::npos) << metrics->body;
}

}  // namespace
}  // namespace dipsearch::testing
