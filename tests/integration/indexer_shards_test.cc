// dipsearch-index --shards: routing by id, incremental runs and rebuilds per shard, the
// same documents as one database, and the errors an admin can make.
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include <xapian.h>

#include "common/index/database_layout.h"
#include "common/index/shard_set.h"
#include "common/index/stored_document.h"
#include "common/schema.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

// id → stored data without the indexing time, read from any database (sharded or not).
std::map<std::string, std::string> stored_documents(const fs::path& database) {
  std::map<std::string, std::string> out;
  Xapian::Database db(database.string());
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    StoredDocument doc = decode_stored(db.get_document(*it).get_data());
    doc.indexed_at.clear();
    out[doc.id] = encode_stored(doc);
  }
  return out;
}

// The ids each shard of the live generation holds.
std::vector<std::vector<std::string>> ids_by_shard(const fs::path& stub) {
  const fs::path generation = *DatabaseLayout(stub).current_generation();
  std::vector<std::vector<std::string>> out;
  for (const fs::path& shard : shard_paths(generation, shard_count(generation))) {
    Xapian::Database db(shard.string());
    out.emplace_back();
    const std::string prefix(schema::kId);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      out.back().push_back((*t).substr(prefix.size()));
    }
  }
  return out;
}

class IndexerShards : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";

  CommandResult index(std::vector<std::string> options) {
    std::vector<std::string> args{"--db", db.string()};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(src.string());
    return run_indexer(args);
  }
  void write_pages(int count) {
    for (int i = 0; i < count; ++i) {
      write_file(src / ("mofa-en-" + std::to_string(i) + ".txt"),
                 page("Talks number " + std::to_string(i), "2021-01-0" + std::to_string(1 + i % 9),
                      "The ministers met in Tokyo for round " + std::to_string(i) + "."));
    }
  }
};

TEST_F(IndexerShards, EveryDocumentLivesInTheShardItsIdHashesTo) {
  write_pages(30);
  CommandResult r = index({"--shards=3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto shards = ids_by_shard(db);
  ASSERT_EQ(shards.size(), 3u);
  size_t total = 0;
  for (size_t k = 0; k < shards.size(); ++k) {
    EXPECT_FALSE(shards[k].empty()) << "shard " << k;
    for (const auto& id : shards[k]) EXPECT_EQ(shard_of(id, 3), k) << id;
    total += shards[k].size();
  }
  EXPECT_EQ(total, 30u);
  // The stub and the generation open as one database, so dipsearchd needs no change.
  EXPECT_EQ(Xapian::Database(db.string()).get_doccount(), 30u);
  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/health")["documents"], 30);
  EXPECT_EQ(d.get_json("/api/search?q=Tokyo")["total"], 30);
}

TEST_F(IndexerShards, IncrementalRunsUpdateAndDeleteInTheRightShard) {
  write_pages(12);
  ASSERT_EQ(index({"--shards=3"}).exit_code, 0);
  const auto before = ids_by_shard(db);

  write_file(src / "mofa-en-4.txt", page("Talks number 4", "2021-01-05", "Changed: they met in Osaka."));
  fs::remove(src / "mofa-en-7.txt");
  CommandResult r = index({});  // the count comes from the database
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 0, updated 1, unchanged 10, deleted 1"), std::string::npos) << r.out;

  auto after = ids_by_shard(db);
  auto expected = before;
  auto& home = expected[shard_of("mofa-en-7", 3)];
  home.erase(std::find(home.begin(), home.end(), "mofa-en-7"));
  EXPECT_EQ(after, expected);  // the update stayed in its shard, the deletion found its shard
  EXPECT_EQ(stored_documents(db).at("mofa-en-4").find("Osaka") != std::string::npos, true);

  r = index({"--shards=3"});  // restating the count is fine
  EXPECT_NE(r.out.find("unchanged 11"), std::string::npos) << r.out;
}

TEST_F(IndexerShards, ThreeShardsHoldTheSameDocumentsAsOne) {
  const fs::path sample = copy_sample(dir.path());
  const fs::path one = dir.path() / "one", three = dir.path() / "three";
  ASSERT_EQ(run_indexer({"--db", one.string(), sample.string()}).exit_code, 0);
  CommandResult r = run_indexer({"--db", three.string(), "--shards", "3", sample.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto a = stored_documents(one), b = stored_documents(three);
  EXPECT_GT(a.size(), 50u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(shard_count(*DatabaseLayout(one).current_generation()), 1u);
  EXPECT_TRUE(fs::exists(*DatabaseLayout(one).current_generation() / "iamglass"));  // today's layout
  EXPECT_EQ(run_indexer({"--check=full", "--sample=all", "--db", three.string()}).exit_code, 0);
}

TEST_F(IndexerShards, RebuildChangesTheShardCountAndSwapsTheSet) {
  write_pages(10);
  ASSERT_EQ(index({}).exit_code, 0);
  const fs::path first = *DatabaseLayout(db).current_generation();

  CommandResult r = index({"--shards=2"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("has 1 shard; changing that to 2 needs --rebuild"), std::string::npos) << r.err;
  EXPECT_EQ(*DatabaseLayout(db).current_generation(), first);  // untouched

  r = index({"--rebuild", "--shards=2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids_by_shard(db).size(), 2u);
  EXPECT_FALSE(fs::exists(first));  // the old generation went once no reader held it
  r = index({"--rebuild"});         // a rebuild keeps the count
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids_by_shard(db).size(), 2u);
  r = index({"--shards=1"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  r = index({"--rebuild", "--shards=1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids_by_shard(db).size(), 1u);
  EXPECT_EQ(Xapian::Database(db.string()).get_doccount(), 10u);
}

TEST_F(IndexerShards, BadShardCountsAreUsageErrors) {
  write_pages(1);
  for (const char* bad : {"--shards=0", "--shards=abc", "--shards=-1", "--shards=1000"}) {
    CommandResult r = index({bad});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--shards"), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(db));
}

TEST_F(IndexerShards, TheLockCoversEveryShard) {
  write_pages(3);
  ASSERT_EQ(index({"--shards=2"}).exit_code, 0);
  WriterLock held{DatabaseLayout(db)};
  CommandResult r = index({"--rebuild"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  r = index({});
  EXPECT_EQ(r.exit_code, 3) << r.err;
}

TEST_F(IndexerShards, DuplicateIdsKeepTheFirstAcrossShards) {
  write_file(src / "a" / "same.txt", page("First copy", "2021-01-02", "Alpha text."));
  write_file(src / "b" / "same.txt", page("Second copy", "2021-01-03", "Beta text."));
  write_pages(5);
  CommandResult r = index({"--shards=4"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b/same.txt"), std::string::npos) << r.err;
  EXPECT_NE(stored_documents(db).at("same").find("First copy"), std::string::npos);
}

}  // namespace
}  // namespace dipsearch::testing
