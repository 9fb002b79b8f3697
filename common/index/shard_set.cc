// Shard routing and the on-disk shape of a sharded generation (see shard_set.h).
#include "common/index/shard_set.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include <xapian.h>

namespace dipsearch {
namespace fs = std::filesystem;
namespace {

std::string shard_name(size_t k) { return "shard-" + std::to_string(k); }

}  // namespace

size_t shard_of(std::string_view id, size_t shard_count) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ull;
  return shard_count <= 1 ? 0 : static_cast<size_t>(h % shard_count);
}

std::vector<fs::path> shard_paths(const fs::path& generation, size_t shard_count) {
  if (shard_count <= 1) return {generation};
  std::vector<fs::path> paths;
  for (size_t k = 0; k < shard_count; ++k) paths.push_back(generation / shard_name(k));
  return paths;
}

size_t shard_count(const fs::path& generation) {
  std::error_code ec;
  if (fs::exists(generation / "iamglass", ec)) return 1;
  const fs::path first = generation / shard_name(0);
  if (!fs::exists(generation / kShardStub, ec) || !fs::exists(first / "iamglass", ec)) {
    throw std::runtime_error(generation.string() + " holds neither a database nor a set of shards");
  }
  const std::string stored = Xapian::Database(first.string()).get_metadata(std::string(kMetaShardCount));
  char* end = nullptr;
  const unsigned long n = std::strtoul(stored.c_str(), &end, 10);
  if (stored.empty() || *end != '\0' || n < 2 || n > kMaxShards) {
    throw std::runtime_error(first.string() + ": the shard count '" + stored + "' is not valid");
  }
  for (const fs::path& shard : shard_paths(generation, n)) {
    if (!fs::exists(shard / "iamglass", ec)) {
      throw std::runtime_error(generation.string() + " has " + std::to_string(n) + " shards, but " +
                               shard.string() + " is missing");
    }
  }
  return n;
}

void write_shard_stub(const fs::path& generation, size_t shard_count) {
  std::string text = "# The shards of this generation, written by dipsearch-index.\n";
  for (size_t k = 0; k < shard_count; ++k) text += "glass " + shard_name(k) + "\n";
  const fs::path path = generation / kShardStub;
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  if (!ok) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(error));
}

}  // namespace dipsearch
