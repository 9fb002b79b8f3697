// Hands each request a Xapian::Database of its own (the objects are not thread-safe),
// opened on the generation the stub names now, so it sees the latest commit. A rebuild
// swaps the stub; requests already running finish on the old generation, which stays leased
// (see GenerationLease) until the last of them ends, so the indexer can delete it only once
// the daemon has moved on.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>

#include <xapian.h>

#include "common/search/api_error.h"
#include "common/search/search_index.h"
#include "searchd/shard_opener.h"

namespace dipsearch::searchd {

class DatabaseOpener;
struct Generation;

// A database of one request's own (with its lanes and columns when every shard is local),
// and which of its shards answered.
struct OpenDatabase {
  SearchIndex index;
  ShardStatus shards;
  bool broken = false;  // failed under a request: not to be handed out again
  std::string generation;  // the generation directory's name
  std::weak_ptr<Generation> leased;  // that generation (its handle holds the lease)
  Xapian::Database& db() { return index.db(); }
};

// How long a generation that cursors page through stays open after a rebuild replaced it,
// counted from the last time a cursor used it.
inline constexpr std::chrono::minutes kCursorKeepAlive{10};
// Replaced generations kept for cursors at most (the oldest goes first): each holds its
// disk space until the daemon lets go.
inline constexpr size_t kMaxGenerationsKeptForCursors = 2;

class DatabaseProvider {
 public:
  // A database of the caller's own. Its generation stays leased until the last copy of
  // the handle is destroyed, so a streamed response should keep the handle (not a copy of
  // the Xapian::Database, which would not hold the lease) for as long as it streams.
  using Handle = std::shared_ptr<OpenDatabase>;

  // Starts a watcher thread that notices a swap even when no request comes, so the old
  // generation's lease goes as soon as its last request ends. lanes: the database handles
  // a search over local shards may match on at once (see common/search/match_lanes.h).
  explicit DatabaseProvider(std::filesystem::path stub, ShardTimeouts timeouts = {}, size_t lanes = 1);
  ~DatabaseProvider();
  DatabaseProvider(const DatabaseProvider&) = delete;
  DatabaseProvider& operator=(const DatabaseProvider&) = delete;

  // Throws ApiError 503 when there is no index yet or it cannot be opened. With a
  // generation's name: a database on that generation, the current one or one kept for
  // cursors (see keep_for_cursors); ApiError 410 naming `cursor` when it is neither.
  Handle acquire(const std::string* generation = nullptr);
  // Keeps the generation of the handle open for kCursorKeepAlive after a rebuild replaces
  // it, so that a cursor made on it reads the same result list to its end.
  void keep_for_cursors(const OpenDatabase& open);

  // Runs fn(db), fn(db, shard status) or fn(search index, shard status) with a database
  // valid only during the call (hold a Handle from acquire() to use one longer). When the database changes under a running
  // request (DatabaseModifiedError), or a remote shard fails or times out under it
  // (NetworkError), runs fn once more on a newly opened database: without the failed
  // shard, which the status then counts.
  // fn(open database) sees which generation it reads, and may be given one by name as
  // acquire() is.
  template <typename Fn>
  auto with_database(Fn&& fn, const std::string* generation = nullptr) {
    for (int attempt = 0;; ++attempt) {
      Handle handle = acquire(generation);
      try {
        if constexpr (std::is_invocable_v<Fn, const OpenDatabase&>) {
          return fn(std::as_const(*handle));
        } else if constexpr (std::is_invocable_v<Fn, const SearchIndex&, const ShardStatus&>) {
          return fn(std::as_const(handle->index), handle->shards);
        } else if constexpr (std::is_invocable_v<Fn, Xapian::Database&, const ShardStatus&>) {
          return fn(handle->db(), handle->shards);
        } else {
          return fn(handle->db());
        }
      } catch (const Xapian::DatabaseModifiedError&) {
        handle->broken = true;
        if (attempt > 0) throw;
      } catch (const Xapian::NetworkError& e) {
        handle->broken = true;
        network_failed();
        if (attempt > 0) throw shards_unavailable(e);
      }
    }
  }

  const std::filesystem::path& stub() const { return stub_; }

 private:
  void watch();
  // Forgets idle databases, which may share the connection that failed.
  void network_failed();
  // 503 for a request whose shards failed twice running.
  static ApiError shards_unavailable(const Xapian::Error& e);

  std::filesystem::path stub_;
  std::unique_ptr<DatabaseOpener> opener_;
  std::mutex stop_mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  std::thread watcher_;
};

}  // namespace dipsearch::searchd
