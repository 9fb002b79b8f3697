// A generation as one or several shard databases. One shard is a plain Xapian database in
// the generation directory (the layout of every unsharded index). N shards are the
// directories shard-0 … shard-(N-1) inside it plus a Xapian stub file "XAPIANDB" listing
// them, which Xapian opens when asked for the directory: readers open a sharded generation
// exactly as an unsharded one. An admin may point a line of that stub at a remote server
// ("remote host:port", xapian-tcpsrv); the indexer never reads the stub, only the shards.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch {

// Metadata key of every shard of a sharded generation: the shard count, in decimal.
inline constexpr std::string_view kMetaShardCount = "dipsearch.shards";
// The stub file listing a sharded generation's shards, the name Xapian looks for in a directory.
inline constexpr const char* kShardStub = "XAPIANDB";
// The most shards one generation may have.
inline constexpr size_t kMaxShards = 64;

// The shard a document id lives in: a stable hash of the id (FNV-1a, 64 bits) modulo the
// shard count, the same in every run, on every machine and in every version.
size_t shard_of(std::string_view id, size_t shard_count);

// The database directory of each shard of a generation with shard_count shards.
std::vector<std::filesystem::path> shard_paths(const std::filesystem::path& generation, size_t shard_count);

// The shard count of an existing generation. Throws std::runtime_error naming the
// generation when it is neither a database nor a complete set of shards.
size_t shard_count(const std::filesystem::path& generation);

// Writes the generation's stub listing its shard directories (relative, "glass shard-K"),
// durably. Only for shard_count > 1.
void write_shard_stub(const std::filesystem::path& generation, size_t shard_count);

}  // namespace dipsearch
