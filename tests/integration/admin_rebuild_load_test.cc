// Zero downtime: searches keep running against dipsearchd while --rebuild swaps the index
// several times. No request may fail or count wrong, each new index must be served within
// two seconds of its swap, and the replaced generations must be gone once the daemon has
// moved on.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "admin_corpus.h"
#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kClients = 4;
constexpr int kRebuilds = 4;
constexpr int kAddedPages = 12;
const CorpusState kSample{72, 0, 0};
const CorpusState kSampleAndAdded{72 + kAddedPages, kAddedPages, 0};

// Search clients that check every answer against the two corpora the index may hold.
class SearchLoad {
 public:
  explicit SearchLoad(int port) {
    for (int i = 0; i < kClients; ++i) threads_.emplace_back([this, port, i] { run(port, i); });
  }
  ~SearchLoad() { stop(); }

  void stop() {
    stopping_ = true;
    for (auto& t : threads_) {
      if (t.joinable()) t.join();
    }
  }
  long requests() const { return requests_; }
  std::vector<std::string> failures() {
    std::lock_guard<std::mutex> lock(mutex_);
    return failures_;
  }

 private:
  void fail(std::string what) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (failures_.size() < 20) failures_.push_back(std::move(what));
  }

  void run(int port, int client) {
    httplib::Client http("127.0.0.1", port);
    http.set_connection_timeout(5);
    http.set_read_timeout(30);
    http.set_keep_alive(client % 2 == 0);  // both new and kept-alive connections
    for (long n = 0; !stopping_; ++n) {
      // All releases (72 or 84), or only the added ones (0 or 12); nothing else is right.
      const bool all = n % 2 == 0;
      const char* path = all ? "/api/search?per_page=1" : "/api/search?q=quokka&per_page=5";
      auto res = http.Get(path);
      ++requests_;
      if (!res) {
        fail(std::string(path) + ": no response (" + httplib::to_string(res.error()) + ")");
        continue;
      }
      auto body = nlohmann::json::parse(res->body, nullptr, false);
      if (res->status != 200 || body.is_discarded() || !body.contains("total")) {
        fail(std::string(path) + ": status " + std::to_string(res->status) + ": " + res->body.substr(0, 200));
        continue;
      }
      const int total = body["total"].get<int>();
      const bool right = all ? (total == kSample.documents || total == kSampleAndAdded.documents)
                             : (total == 0 || total == kAddedPages);
      if (!right) fail(std::string(path) + ": total " + std::to_string(total));
    }
  }

  std::vector<std::thread> threads_;
  std::atomic<bool> stopping_{false};
  std::atomic<long> requests_{0};
  std::mutex mutex_;
  std::vector<std::string> failures_;
};

ino_t inode(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

std::chrono::system_clock::time_point modified_time(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0);
  return std::chrono::system_clock::time_point(std::chrono::seconds(st.st_mtim.tv_sec) +
                                               std::chrono::nanoseconds(st.st_mtim.tv_nsec));
}

TEST(AdminRebuildUnderLoad, SearchesNeverFailAndNewIndexesAreServedWithinTwoSeconds) {
  TempDir dir;
  const fs::path db = dir.path() / "db";
  const fs::path sample = copy_sample(dir.path());
  const fs::path with_added = dir.path() / "with-added";
  fs::copy(sample, with_added, fs::copy_options::recursive);
  write_pages(with_added, "added", kAddedPages, "quokka");

  ASSERT_EQ(run_indexer({"--db", db.string(), sample.string()}).exit_code, 0);
  Daemon daemon(db);
  SearchLoad load(daemon.port());

  for (int i = 0; i < kRebuilds; ++i) {
    const bool add = i % 2 == 0;
    const long requests_before = load.requests();
    const ino_t old_stub = inode(db);
    BackgroundProcess indexer(indexer_argv({"--db", db.string(), "--rebuild", (add ? with_added : sample).string()}));
    // Watch for the swap while the indexer still runs (it then waits for the daemon to let
    // go of the old generation): the new stub's time is when the swap began.
    const auto wait_limit = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (inode(db) == old_stub && std::chrono::steady_clock::now() < wait_limit) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ASSERT_NE(inode(db), old_stub) << "rebuild " << i << " never swapped: " << indexer.err();
    const auto deadline = modified_time(db) + std::chrono::seconds(2);
    const CorpusState wanted = add ? kSampleAndAdded : kSample;
    CorpusState seen;
    do {
      seen = observed_state(daemon);
    } while (!(seen == wanted) && std::chrono::system_clock::now() < deadline);
    EXPECT_EQ(seen, wanted) << "rebuild " << i << " not served within 2 s of its swap";
    ASSERT_EQ(indexer.wait_exit(120), 0) << indexer.err();
    EXPECT_GT(load.requests(), requests_before) << "no search ran during rebuild " << i;
  }
  load.stop();
  EXPECT_TRUE(load.failures().empty()) << ::testing::PrintToString(load.failures());
  EXPECT_GT(load.requests(), 0);
  // Each rebuild waited for the daemon to let go of the generation it replaced.
  EXPECT_TRUE(DatabaseLayout(db).stale_generations().empty());
  EXPECT_EQ(daemon.get_json("/api/health")["documents"], kSample.documents);
}

}  // namespace
}  // namespace dipsearch::testing
