// The shards of one database generation and how to open them. A generation is one Xapian
// database, or a stub listing several: local shard directories and `remote HOST:PORT`
// lines served by xapian-tcpsrv. A shard that is down or slow costs a bounded wait, then
// the answer comes from the shards that replied, marked as partial.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

namespace dipsearch::searchd {

struct ShardSpec {
  enum class Kind { kLocal, kRemote };
  Kind kind = Kind::kLocal;
  std::filesystem::path path;  // kLocal: the database directory
  std::string host;            // kRemote
  unsigned port = 0;
  std::string name() const;    // the path, or host:port
};

// What a generation is made of: a database directory (one shard), a directory whose
// XAPIANDB stub lists shards, or a stub file. Stub lines are `auto PATH` or `glass PATH`
// (relative to the stub's folder; a stub file there is read in turn, a directory is one
// shard), `remote HOST:PORT`, blank lines and `#` comments. Throws std::runtime_error
// naming the file and line.
std::vector<ShardSpec> read_shards(const std::filesystem::path& generation);

struct ShardTimeouts {
  unsigned operation_ms = 5000;  // one remote operation (a search, a document)
  unsigned connect_ms = 2000;
};

struct ShardStatus {
  unsigned total = 0;
  unsigned failed = 0;
  bool remote = false;  // some shard is remote: facets need Xapian's stock spies
};

// Shards that failed lately. Requests skip them for a while rather than each wait for the
// timeout again; after that, the next request tries them. The log gets one line when a
// shard fails (naming it and the error) and one when it answers again, not one a request.
class ShardHealth {
 public:
  explicit ShardHealth(std::chrono::milliseconds retry_after = std::chrono::seconds(5)) : retry_after_(retry_after) {}
  bool resting(const std::string& shard) const;
  void failed(const std::string& shard, const std::string& error);
  void recovered(const std::string& shard);

 private:
  std::chrono::milliseconds retry_after_;
  mutable std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> retry_at_;  // the shards down
};

struct OpenShards {
  Xapian::Database db;
  ShardStatus status;
};

// Opens every shard except remote ones resting after a failure; a shard that fails to open
// counts as failed.
// Throws Xapian errors of the last failure when no shard opens at all.
OpenShards open_shards(const std::vector<ShardSpec>& shards, ShardHealth& health, const ShardTimeouts& timeouts);

}  // namespace dipsearch::searchd
