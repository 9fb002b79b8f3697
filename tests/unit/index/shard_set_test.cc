// Shard routing and the shape of a sharded generation, as readers and the indexer see it.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <xapian.h>

#include "common/index/shard_set.h"
#include "common/schema.h"
#include "../temp_dir.h"

namespace dipsearch {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

// A generation of `count` shards holding the given ids where shard_of puts them.
void make_generation(const fs::path& generation, size_t count, const std::vector<std::string>& ids) {
  fs::create_directories(generation);
  std::vector<Xapian::WritableDatabase> shards;
  for (const fs::path& shard : shard_paths(generation, count)) {
    shards.emplace_back(shard.string(), Xapian::DB_CREATE);
    shards.back().set_metadata(std::string(kMetaShardCount), std::to_string(count));
  }
  for (const auto& id : ids) {
    Xapian::Document doc;
    doc.add_boolean_term(schema::id_term(id));
    doc.set_data(id);
    shards[shard_of(id, count)].add_document(doc);
  }
  for (auto& db : shards) db.commit();
  if (count > 1) write_shard_stub(generation, count);
}

TEST(ShardOf, IsStableAndInRange) {
  // Fixed values: a change here would send re-indexed documents to another shard.
  EXPECT_EQ(shard_of("mofa-en-310010", 3), shard_of("mofa-en-310010", 3));
  EXPECT_EQ(shard_of("anything", 1), 0u);
  EXPECT_EQ(shard_of("", 4), 14695981039346656037ull % 4);
  std::set<size_t> seen;
  for (int i = 0; i < 200; ++i) {
    const size_t k = shard_of("mofa-ko-" + std::to_string(i), 4);
    EXPECT_LT(k, 4u);
    seen.insert(k);
  }
  EXPECT_EQ(seen.size(), 4u);  // ids spread over every shard
}

TEST(ShardPaths, OneShardIsTheGenerationItself) {
  EXPECT_EQ(shard_paths("g", 1), std::vector<fs::path>{"g"});
  EXPECT_EQ(shard_paths("g", 3), (std::vector<fs::path>{"g/shard-0", "g/shard-1", "g/shard-2"}));
}

TEST(ShardSet, XapianOpensAShardedGenerationAsOneDatabase) {
  TempDir dir;
  const fs::path generation = dir.path() / "gen-000001";
  const std::vector<std::string> ids{"a", "b", "c", "d", "e", "f", "g"};
  make_generation(generation, 3, ids);
  const Xapian::Database db(generation.string());  // what dipsearchd opens
  EXPECT_EQ(db.get_doccount(), ids.size());
  for (const auto& id : ids) EXPECT_EQ(db.get_termfreq(schema::id_term(id)), 1u) << id;
  EXPECT_EQ(shard_count(generation), 3u);
}

TEST(ShardSet, CountOfAPlainDatabaseIsOne) {
  TempDir dir;
  make_generation(dir.path() / "gen-000001", 1, {"a"});
  EXPECT_EQ(shard_count(dir.path() / "gen-000001"), 1u);
  EXPECT_FALSE(fs::exists(dir.path() / "gen-000001" / "XAPIANDB"));
}

TEST(ShardSet, MissingShardOrEmptyDirectoryIsAnErrorNamingIt) {
  TempDir dir;
  const fs::path generation = dir.path() / "gen-000001";
  make_generation(generation, 3, {"a", "b"});
  fs::remove_all(generation / "shard-2");
  try {
    shard_count(generation);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("shard-2"), std::string::npos) << e.what();
  }
  fs::create_directories(dir.path() / "empty");
  EXPECT_THROW(shard_count(dir.path() / "empty"), std::runtime_error);
}

TEST(ShardSet, StubListsTheShardsRelatively) {
  TempDir dir;
  write_shard_stub(dir.path(), 2);
  std::ifstream in(dir.path() / "XAPIANDB");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("\nglass shard-0\nglass shard-1\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace dipsearch
