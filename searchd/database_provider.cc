// The database opener behind DatabaseProvider. Per request: one stat() of the stub (a swap
// replaces the file, so its identity changes), a mutex, and a database on the generation
// leased for it, reused from an earlier request when one is idle.
#include "searchd/database_provider.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <chrono>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

#include "common/index/database_layout.h"
#include "common/index/shard_set.h"
#include "common/search/api_error.h"
#include "searchd/log.h"

namespace dipsearch::searchd {
namespace {

// How often the watcher looks at the stub when no request does.
constexpr auto kWatchInterval = std::chrono::milliseconds(250);

// Identity and version of a stub file: a swap renames a new file over the database's stub;
// an admin edits a generation's XAPIANDB in place.
struct StubStamp {
  dev_t device = 0;
  ino_t inode = 0;
  struct timespec modified {};
  off_t size = 0;

  bool operator==(const StubStamp& o) const {
    return device == o.device && inode == o.inode && modified.tv_sec == o.modified.tv_sec &&
           modified.tv_nsec == o.modified.tv_nsec && size == o.size;
  }
};

// The stamp of `file`; all zero when it is missing (a generation of one shard has no XAPIANDB).
StubStamp stamp_of(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return {};
  return {st.st_dev, st.st_ino, st.st_mtim, st.st_size};
}

// Client messages name files relative to the database's folder, and any other file by its
// name alone: where the server keeps its files is for its log, not for clients.
std::string without_server_paths(std::string text, const std::filesystem::path& stub) {
  std::error_code ec;
  for (const std::filesystem::path& folder : {std::filesystem::absolute(stub, ec).parent_path(), stub.parent_path()}) {
    const std::string prefix = folder.string() + "/";
    if (prefix.size() < 2) continue;
    for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  }
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const bool path_starts = text[i] == '/' && (i == 0 || std::strchr(" '\"(=", text[i - 1]) != nullptr);
    if (!path_starts) {
      out += text[i++];
      continue;
    }
    size_t end = std::min(text.find_first_of(" '\")", i), text.size());
    while (end > i + 1 && std::strchr(":,;.", text[end - 1]) != nullptr) --end;  // the sentence's punctuation
    const std::filesystem::path path = std::filesystem::path(text.substr(i, end - i)).lexically_normal();
    out += (path.has_filename() ? path.filename() : path.parent_path().filename()).string();
    i = end;
  }
  return out;
}

// A problem with the index: clients get it without the server's paths; the log, whole.
struct IndexProblem {
  ApiError for_client;
  std::string for_log;
};

IndexProblem no_index(const std::filesystem::path& stub) {
  return {ApiError(503, "no_index", "", "no index yet: run dipsearch-index first"),
          "no index at " + stub.string() + " yet: run dipsearch-index first"};
}

IndexProblem index_unavailable(const std::string& why, const std::filesystem::path& stub) {
  return {ApiError(503, "index_unavailable", "", "the index cannot be opened: " + without_server_paths(why, stub)),
          "the index cannot be opened: " + why};
}
}  // namespace

// A leased generation, what it is made of, and its idle databases.
struct Generation {
  explicit Generation(GenerationLease lease)
      : lease(std::move(lease)), name(this->lease.generation().filename().string()) {}
  GenerationLease lease;
  std::string name;  // what cursors call it
  // Whether a cursor was made on it, and when one last read it (guarded by the opener's mutex).
  bool kept_for_cursors = false;
  std::chrono::steady_clock::time_point cursor_used;
  std::vector<ShardSpec> shards;
  std::mutex idle_mutex;
  std::vector<std::unique_ptr<OpenDatabase>> idle;
  std::chrono::steady_clock::time_point opened_with_failures;  // of the idle databases that lack a shard
};

// Hands out databases on the leased current generation. Databases are kept for reuse once
// their request ends (reopen() costs about 5 µs where opening cost 40 µs locally, and a
// remote shard needs a connection), each used by one request at a time.
class DatabaseOpener {
 public:
  DatabaseOpener(std::filesystem::path stub, ShardTimeouts timeouts, size_t lanes)
      : layout_(std::move(stub)), timeouts_(timeouts), lanes_(lanes) {}

  DatabaseProvider::Handle acquire(const std::string* name) {
    std::shared_ptr<Generation> generation;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      generation = current_locked();
      if (name != nullptr && *name != generation->name) generation = kept_locked(*name);
    }
    std::unique_ptr<OpenDatabase> open = reuse(*generation);
    if (!open) open = open_new(*generation);
    open->generation = generation->name;
    open->leased = generation;
    return handle(std::move(open), generation);
  }

  void keep_for_cursors(const OpenDatabase& open) {
    std::shared_ptr<Generation> generation = open.leased.lock();
    if (!generation) return;
    std::lock_guard<std::mutex> lock(mutex_);
    generation->cursor_used = std::chrono::steady_clock::now();
    generation->kept_for_cursors = true;
    // Replaced while the request ran: kept from now on, as a swap keeps it otherwise.
    if (generation != current_ && !kept_.count(generation->name)) keep_replaced_locked(std::move(generation));
  }

  // Keeps an idle database of the current generation on its latest revision, so that the
  // first search of a new generation or revision does not wait for its facet columns.
  void warm() {
    std::shared_ptr<Generation> generation;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      generation = current_;
    }
    if (!generation) return;
    try {
      std::unique_ptr<OpenDatabase> open = reuse(*generation);
      if (!open) open = open_new(*generation);
      handle(std::move(open), generation);  // back to the idle ones
    } catch (const std::exception&) {
      // The next request reports it.
    } catch (const Xapian::Error&) {
    }
  }

 private:
  // A new database on the generation: its lanes over local shards, else every shard that
  // answers as one (a local shard that fails to open is then counted as failed, too).
  std::unique_ptr<OpenDatabase> open_new(Generation& generation) {
    std::vector<std::filesystem::path> local;
    for (const auto& shard : generation.shards) {
      if (shard.kind == ShardSpec::Kind::kLocal) local.push_back(shard.path);
    }
    if (local.size() == generation.shards.size()) {
      try {
        const auto total = static_cast<unsigned>(local.size());
        return std::make_unique<OpenDatabase>(
            OpenDatabase{SearchIndex::open_local(local, lanes_, &columns_), ShardStatus{total, 0, false}, false, {}, {}});
      } catch (const Xapian::Error&) {
        // Opened shard by shard below, without the ones that fail.
      }
    }
    std::unique_ptr<OpenDatabase> open;
    try {
      OpenShards shards = open_shards(generation.shards, health_, timeouts_);
      open = std::make_unique<OpenDatabase>(OpenDatabase{SearchIndex::of(std::move(shards.db), false), shards.status, false, {}, {}});
    } catch (const Xapian::Error& e) {
      std::lock_guard<std::mutex> lock(mutex_);
      throw failed(index_unavailable(e.get_description(), layout_.stub()));
    }
    return open;
  }

  // The handle keeps the generation's lease for as long as the database lives, and gives
  // the database back for reuse unless it failed.
  static DatabaseProvider::Handle handle(std::unique_ptr<OpenDatabase> open, std::shared_ptr<Generation> generation) {
    return DatabaseProvider::Handle(open.release(), [generation](OpenDatabase* done) {
      if (done->broken) {
        delete done;
        return;
      }
      std::lock_guard<std::mutex> lock(generation->idle_mutex);
      generation->idle.emplace_back(done);
    });
  }


 public:
  void network_failed() {
    std::shared_ptr<Generation> generation;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      generation = current_;
    }
    if (!generation) return;
    std::lock_guard<std::mutex> lock(generation->idle_mutex);
    generation->idle.clear();
  }

  // Notices a swap (or a vanished index) without a request, so the replaced generation's
  // lease goes as soon as the last request on it ends.
  void refresh() {
    std::lock_guard<std::mutex> lock(mutex_);
    try {
      current_locked();
      reread_shard_list_locked();
    } catch (const std::exception&) {
      // No index or a broken stub: the next request reports it.
    }
    const auto now = std::chrono::steady_clock::now();
    for (auto it = kept_.begin(); it != kept_.end();) {
      it = now - it->second->cursor_used > kCursorKeepAlive ? kept_.erase(it) : std::next(it);
    }
  }

 private:
  // An idle database brought up to the latest commit, or null. One that lacks a failed
  // shard is not reused once that shard may be back.
  std::unique_ptr<OpenDatabase> reuse(Generation& generation) {
    std::unique_ptr<OpenDatabase> open;
    {
      std::lock_guard<std::mutex> lock(generation.idle_mutex);
      if (generation.idle.empty()) return nullptr;
      open = std::move(generation.idle.back());
      generation.idle.pop_back();
    }
    if (open->shards.failed > 0) return nullptr;
    try {
      open->index.reopen();
    } catch (const Xapian::Error&) {
      return nullptr;
    }
    return open;
  }

  // The generation the stub names now, leased. Must hold mutex_.
  std::shared_ptr<Generation> current_locked() {
    struct stat st {};
    if (::stat(layout_.stub().c_str(), &st) != 0) {
      const int error = errno;
      current_.reset();
      if (error == ENOENT) throw failed(no_index(layout_.stub()));
      throw failed(index_unavailable(layout_.stub().string() + " cannot be read: " + std::strerror(error), layout_.stub()));
    }
    const StubStamp stamp{st.st_dev, st.st_ino, st.st_mtim, st.st_size};
    if (current_ && stamp_ == stamp) return current_;
    std::optional<GenerationLease> lease;
    std::vector<ShardSpec> shards;
    StubStamp shard_list_stamp;
    try {
      lease = GenerationLease::acquire_current(layout_);
      if (lease) shard_list_stamp = stamp_of(lease->generation() / kShardStub);
      if (lease) shards = read_shards(lease->generation());
    } catch (const std::exception& e) {
      current_.reset();
      throw failed(index_unavailable(e.what(), layout_.stub()));
    }
    if (!lease) {
      current_.reset();
      throw failed(no_index(layout_.stub()));
    }
    // A stub rewritten to name the same generation keeps the lease already held.
    if (!current_ || current_->lease.generation() != lease->generation()) {
      if (current_ && current_->kept_for_cursors) keep_replaced_locked(std::move(current_));
      current_ = std::make_shared<Generation>(std::move(*lease));
      current_->shards = std::move(shards);
      shard_list_stamp_ = shard_list_stamp;
      std::string line = "now reading " + current_->lease.generation().string();
      if (current_->shards.size() > 1) line += " (" + std::to_string(current_->shards.size()) + " shards)";
      log_line(LogLevel::kInfo, line);
    }
    stamp_ = stamp;
    last_problem_.clear();
    return current_;
  }

  // A replaced generation that cursors still page through. Must hold mutex_.
  void keep_replaced_locked(std::shared_ptr<Generation> replaced) {
    if (kept_.size() >= kMaxGenerationsKeptForCursors) {
      auto oldest = std::min_element(kept_.begin(), kept_.end(), [](const auto& a, const auto& b) {
        return a.second->cursor_used < b.second->cursor_used;
      });
      kept_.erase(oldest);
    }
    const std::string name = replaced->name;
    kept_[name] = std::move(replaced);
  }

  // A generation kept for cursors, by name. Must hold mutex_.
  std::shared_ptr<Generation> kept_locked(const std::string& name) {
    auto it = kept_.find(name);
    if (it == kept_.end()) {
      throw ApiError(410, "cursor_expired", "cursor",
                     "the index this cursor pages through was replaced by a rebuild and is no longer kept (a "
                     "replaced index stays " + std::to_string(kCursorKeepAlive.count()) +
                     " minutes after a cursor last used it, until the server restarts); start again with cursor=start");
    }
    return it->second;
  }

  // The shard list of the live generation, read again once an admin edited its XAPIANDB
  // (a shard moved to another host): requests from then on open the new list, those
  // running finish on the old one, as after a swap. Checked by the watcher only, so a
  // request pays one stat() still. A list that cannot be read is logged, and the old one
  // kept. Must hold mutex_.
  void reread_shard_list_locked() {
    if (!current_) return;
    const std::filesystem::path list = current_->lease.generation() / kShardStub;
    const StubStamp stamp = stamp_of(list);
    if (stamp == shard_list_stamp_) return;
    shard_list_stamp_ = stamp;
    std::optional<GenerationLease> lease = GenerationLease::acquire_current(layout_);
    if (!lease || lease->generation() != current_->lease.generation()) return;  // swapped: current_locked's
    std::vector<ShardSpec> shards;
    try {
      shards = read_shards(lease->generation());
    } catch (const std::exception& e) {
      log_line(LogLevel::kError, std::string(e.what()) + "; still answering from the shards listed before");
      return;
    }
    current_ = std::make_shared<Generation>(std::move(*lease));
    current_->shards = std::move(shards);
    log_line(LogLevel::kInfo, "now reading " + list.string() + " as edited (" +
                                  std::to_string(current_->shards.size()) + " shards)");
  }

  // Logs a problem with the index once, not at every request while it lasts. Must hold mutex_.
  ApiError failed(IndexProblem problem) {
    if (problem.for_log != last_problem_) {
      last_problem_ = problem.for_log;
      log_line(LogLevel::kError, last_problem_);
    }
    return problem.for_client;
  }

  DatabaseLayout layout_;
  ShardTimeouts timeouts_;
  const size_t lanes_;
  FacetColumnCache columns_;
  ShardHealth health_;
  std::mutex mutex_;
  StubStamp stamp_;
  StubStamp shard_list_stamp_;  // of the current generation's XAPIANDB
  std::shared_ptr<Generation> current_;  // held until the stub names another generation
  std::map<std::string, std::shared_ptr<Generation>> kept_;  // replaced ones cursors read, by name
  std::string last_problem_;
};

DatabaseProvider::DatabaseProvider(std::filesystem::path stub, ShardTimeouts timeouts, size_t lanes)
    : stub_(std::move(stub)),
      opener_(std::make_unique<DatabaseOpener>(stub_, timeouts, lanes)),
      watcher_([this] { watch(); }) {}

DatabaseProvider::~DatabaseProvider() {
  {
    std::lock_guard<std::mutex> lock(stop_mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  watcher_.join();
}

DatabaseProvider::Handle DatabaseProvider::acquire(const std::string* generation) {
  return opener_->acquire(generation);
}

void DatabaseProvider::keep_for_cursors(const OpenDatabase& open) { opener_->keep_for_cursors(open); }

void DatabaseProvider::network_failed() { opener_->network_failed(); }

ApiError DatabaseProvider::shards_unavailable(const Xapian::Error& e) {
  // Which shard, and its address, stay in the log (clients are not told the servers' addresses).
  log_line(LogLevel::kWarning, "shards failed under a request twice: " + e.get_description());
  return ApiError(503, "shards_unavailable", "", "shards failed under the request twice; the server's log says which");
}

void DatabaseProvider::watch() {
  std::unique_lock<std::mutex> lock(stop_mutex_);
  while (!stop_signal_.wait_for(lock, kWatchInterval, [this] { return stopping_; })) {
    lock.unlock();
    opener_->refresh();
    opener_->warm();
    lock.lock();
  }
}

}  // namespace dipsearch::searchd
