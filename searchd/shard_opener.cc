#include "searchd/shard_opener.h"

#include <fstream>
#include <stdexcept>

#include "common/index/shard_set.h"
#include "searchd/log.h"

namespace dipsearch::searchd {
namespace fs = std::filesystem;
namespace {

// Stubs may name stubs; a loop of them must end in an error, not a stack overflow.
constexpr int kMaxStubDepth = 8;

std::string trim(const std::string& s) {
  const size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

ShardSpec remote_of(const std::string& address, const std::string& where) {
  const size_t colon = address.rfind(':');
  ShardSpec spec;
  spec.kind = ShardSpec::Kind::kRemote;
  spec.host = colon == std::string::npos ? "" : address.substr(0, colon);
  if (spec.host.size() > 2 && spec.host.front() == '[' && spec.host.back() == ']') {
    spec.host = spec.host.substr(1, spec.host.size() - 2);
  }
  if (spec.host.empty()) spec.host = "127.0.0.1";
  const std::string port = colon == std::string::npos ? "" : address.substr(colon + 1);
  try {
    size_t used = 0;
    const unsigned long n = std::stoul(port, &used);
    if (used != port.size() || n == 0 || n > 65535) throw std::out_of_range(port);
    spec.port = static_cast<unsigned>(n);
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": a remote shard is HOST:PORT with a port from 1 to 65535, not '" + address + "'");
  }
  return spec;
}

void read_into(const fs::path& path, int depth, std::vector<ShardSpec>& out);

void read_stub(const fs::path& stub, int depth, std::vector<ShardSpec>& out) {
  std::ifstream in(stub);
  if (!in) throw std::runtime_error("cannot read the database stub " + stub.string());
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = stub.string() + ":" + std::to_string(number);
    const size_t space = line.find_first_of(" \t");
    const std::string type = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : trim(line.substr(space));
    if (rest.empty()) throw std::runtime_error(where + ": '" + type + "' needs a path or address");
    if (type == "remote") {
      out.push_back(remote_of(rest, where));
    } else if (type == "auto" || type == "glass") {
      fs::path target = fs::path(rest).is_absolute() ? fs::path(rest) : stub.parent_path() / rest;
      read_into(target, depth + 1, out);
    } else {
      throw std::runtime_error(where + ": unknown database type '" + type + "' (expected auto, glass or remote)");
    }
  }
}

void read_into(const fs::path& path, int depth, std::vector<ShardSpec>& out) {
  if (depth > kMaxStubDepth) throw std::runtime_error("database stubs nested too deep at " + path.string());
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    // The generation's own XAPIANDB lists its shards. A shard directory with one of its
    // own (a replica made by xapian-replicate, which flips between two copies) is opened
    // as it is, so that Xapian follows the flips.
    if (depth == 0 && fs::exists(path / kShardStub, ec)) {
      read_stub(path / kShardStub, depth, out);
    } else {
      out.push_back(ShardSpec{ShardSpec::Kind::kLocal, path, "", 0});
    }
  } else if (fs::is_regular_file(path, ec)) {
    read_stub(path, depth, out);
  } else {
    // Missing: opening it reports the problem, as a failed shard.
    out.push_back(ShardSpec{ShardSpec::Kind::kLocal, path, "", 0});
  }
}

}  // namespace

std::string ShardSpec::name() const {
  return kind == Kind::kLocal ? path.string() : host + ":" + std::to_string(port);
}

std::vector<ShardSpec> read_shards(const fs::path& generation) {
  std::vector<ShardSpec> out;
  read_into(generation, 0, out);
  if (out.empty()) throw std::runtime_error("the database stub " + generation.string() + " lists no shard");
  return out;
}

bool ShardHealth::resting(const std::string& shard) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = retry_at_.find(shard);
  return it != retry_at_.end() && std::chrono::steady_clock::now() < it->second;
}

void ShardHealth::failed(const std::string& shard, const std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  const bool was_up = retry_at_.count(shard) == 0;
  retry_at_[shard] = std::chrono::steady_clock::now() + retry_after_;
  if (was_up) {
    log_line(LogLevel::kWarning, "shard " + shard + " failed: " + error + "; answering without it, retrying every " +
                                     std::to_string(std::chrono::duration_cast<std::chrono::seconds>(retry_after_).count()) + " s");
  }
}

void ShardHealth::recovered(const std::string& shard) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (retry_at_.erase(shard) > 0) log_line(LogLevel::kInfo, "shard " + shard + " answers again");
}

namespace {

// Adds the shard to open.db; false (and the shard marked) when it cannot be opened.
bool try_open(const ShardSpec& shard, OpenShards& open, ShardHealth& health, const ShardTimeouts& timeouts,
              std::exception_ptr& failure) {
  const bool remote = shard.kind == ShardSpec::Kind::kRemote;
  try {
    if (remote) {
      open.db.add_database(Xapian::Remote::open(shard.host, shard.port, timeouts.operation_ms, timeouts.connect_ms));
    } else {
      open.db.add_database(Xapian::Database(shard.path.string()));
    }
    health.recovered(shard.name());
    return true;
  } catch (const Xapian::Error& e) {
    // A remote shard rests a while; a local one fails fast, so it is tried every time.
    failure = std::current_exception();
    if (remote) health.failed(shard.name(), e.get_description());
    return false;
  }
}

}  // namespace

OpenShards open_shards(const std::vector<ShardSpec>& shards, ShardHealth& health, const ShardTimeouts& timeouts) {
  OpenShards open;
  open.status.total = static_cast<unsigned>(shards.size());
  std::exception_ptr failure;
  std::vector<const ShardSpec*> resting;
  for (const auto& shard : shards) {
    const bool remote = shard.kind == ShardSpec::Kind::kRemote;
    open.status.remote = open.status.remote || remote;
    if (remote && health.resting(shard.name())) {
      resting.push_back(&shard);
    } else if (!try_open(shard, open, health, timeouts, failure)) {
      ++open.status.failed;
    }
  }
  // Nothing answered: the resting shards get their try early rather than no answer at all.
  const bool none = open.status.failed + resting.size() == shards.size();
  for (const ShardSpec* shard : resting) {
    if (!none || !try_open(*shard, open, health, timeouts, failure)) ++open.status.failed;
  }
  if (open.status.failed == open.status.total) {
    if (failure) std::rethrow_exception(failure);
    throw Xapian::NetworkError("every shard failed lately; retrying soon");
  }
  return open;
}

}  // namespace dipsearch::searchd
