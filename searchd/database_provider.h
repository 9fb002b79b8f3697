// Hands each request a Xapian::Database of its own (the objects are not thread-safe),
// opened on the generation the stub names now, so it sees the latest commit. A rebuild
// swaps the stub; requests already running finish on the old generation, which stays leased
// (see GenerationLease) until the last of them ends, so the indexer can delete it only once
// the daemon has moved on.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include <xapian.h>

namespace dipsearch::searchd {

class DatabaseOpener;

class DatabaseProvider {
 public:
  // A database of the caller's own. Its generation stays leased until the last copy of
  // the handle is destroyed, so a streamed response should keep the handle (not a copy of
  // the Xapian::Database, which would not hold the lease) for as long as it streams.
  using Handle = std::shared_ptr<Xapian::Database>;

  // Starts a watcher thread that notices a swap even when no request comes, so the old
  // generation's lease goes as soon as its last request ends.
  explicit DatabaseProvider(std::filesystem::path stub);
  ~DatabaseProvider();
  DatabaseProvider(const DatabaseProvider&) = delete;
  DatabaseProvider& operator=(const DatabaseProvider&) = delete;

  // Throws ApiError 503 when there is no index yet or it cannot be opened.
  Handle acquire();

  // Runs fn with a database valid only during the call (hold a Handle from acquire() to
  // use one longer). When the database changes under a running request
  // (DatabaseModifiedError), runs fn once more on a newly opened database.
  template <typename Fn>
  auto with_database(Fn&& fn) -> decltype(fn(std::declval<Xapian::Database&>())) {
    try {
      Handle db = acquire();
      return fn(*db);
    } catch (const Xapian::DatabaseModifiedError&) {
      Handle db = acquire();
      return fn(*db);
    }
  }

  const std::filesystem::path& stub() const { return stub_; }

 private:
  void watch();

  std::filesystem::path stub_;
  std::unique_ptr<DatabaseOpener> opener_;
  std::mutex stop_mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  std::thread watcher_;
};

}  // namespace dipsearch::searchd
