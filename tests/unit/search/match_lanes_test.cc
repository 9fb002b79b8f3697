// One search matched in lanes (docid shares on several threads) must answer exactly as on
// one thread: the same total, facets, hits, order and scores, on one database and on local
// shards; and the facet columns must follow the database from revision to revision.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/index/document_builder.h"
#include "common/schema.h"
#include "common/search/match_lanes.h"
#include "common/search/search_index.h"
#include "common/search/searcher.h"
#include "tests/unit/search/query_test_support.h"
#include "tests/unit/temp_dir.h"

namespace dipsearch {
namespace {

using nlohmann::json;

StoredDocument release(int i) {
  static const char* const kWords[] = {"consultations", "vaccine", "earthquake", "humanitarian", "fisheries"};
  static const char* const kCountries[] = {"AF", "JP", "KR", "US", "PK"};
  StoredDocument s;
  s.id = "r" + std::to_string(1000 + i);
  s.lang = i % 4 == 0 ? "ko" : "en";
  s.title = std::string("On ") + kWords[i % 5] + " " + std::to_string(i);
  // Frequencies and lengths vary, so weights spread; many releases still tie on weight
  // and must be ordered by date and id alike on every path.
  s.body = "The ministry held talks.";
  for (int k = 0; k < i % 7; ++k) s.body += std::string(" ") + kWords[(i + k) % 5] + " cooperation";
  s.date = "20" + std::to_string(18 + i % 5) + "-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
  s.countries = {kCountries[i % 5]};
  if (i % 3 == 0) s.countries.push_back(kCountries[(i + 2) % 5]);
  std::sort(s.countries.begin(), s.countries.end());
  StoredOfficial o;
  o.key = i % 2 == 0 ? "park-jin" : "chung-eui-yong";
  o.name = i % 2 == 0 ? "Park Jin" : "Chung Eui-yong";
  s.officials.push_back(o);
  return s;
}

// Releases 0 … count-1, with every seventh deleted again so that docids have gaps.
void write_releases(const std::filesystem::path& dir, int from, int count) {
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
  for (int i = from; i < from + count; ++i) {
    const StoredDocument s = release(i);
    db.replace_document(schema::id_term(s.id), build_document(s, "digest", "/fixture/" + s.id));
  }
  for (int i = from; i < from + count; i += 7) db.delete_document(schema::id_term(release(i).id));
  db.commit();
}

const std::vector<ParamMap>& requests() {
  static const std::vector<ParamMap> all = {
      {},
      {{"q", {"consultations"}}},
      {{"q", {"cooperation"}}, {"per_page", {"7"}}, {"page", {"3"}}},
      {{"q", {"vaccine OR earthquake"}}, {"sort", {"date_asc"}}, {"page", {"2"}}},
      {{"q", {"ministry"}}, {"sort", {"date_desc"}}, {"per_page", {"13"}}},
      {{"q", {"humanitarian cooperation"}}, {"country", {"AF"}}, {"facets", {"country,official"}}},
      {{"q", {"talks"}}, {"lang", {"en"}}, {"from", {"2019-01-01"}}, {"to", {"2021-06-30"}}},
      {{"q", {"fisheries talks"}}, {"official", {"park-jin"}}, {"date_interval", {"month"}}},
  };
  return all;
}

json search(const Searcher& searcher, const SearchIndex& index, const ParamMap& params) {
  return searcher.search(index, parse_search_request(params, testing::countries()));
}

TEST(MatchLanes, AnswerAsOneThreadDoes) {
  testing::TempDir dir;
  write_releases(dir.path() / "db", 0, 300);
  const Searcher one(testing::countries());
  const SearchIndex single = SearchIndex::open_local({dir.path() / "db"}, 1, nullptr);
  LanePool pool(3);
  const Searcher lanes(testing::countries(), nullptr, &pool);
  const SearchIndex three = SearchIndex::open_local({dir.path() / "db"}, 3, nullptr);
  for (const ParamMap& params : requests()) {
    const json expected = search(one, single, params);
    ASSERT_GT(expected["total"].get<int>(), 0);
    EXPECT_EQ(search(lanes, three, params), expected) << json(params).dump();
  }
}

TEST(MatchLanes, LocalShardsAnswerAsOneDatabase) {
  testing::TempDir dir;
  write_releases(dir.path() / "db", 0, 240);
  // The same releases over three shards, by the indexer's routing.
  std::vector<std::filesystem::path> shards;
  for (int k = 0; k < 3; ++k) shards.push_back(dir.path() / ("shard-" + std::to_string(k)));
  {
    std::vector<Xapian::WritableDatabase> dbs;
    for (const auto& path : shards) dbs.emplace_back(path.string(), Xapian::DB_CREATE);
    for (int i = 0; i < 240; ++i) {
      if (i % 7 == 0) continue;
      const StoredDocument s = release(i);
      dbs[static_cast<size_t>(i % 3)].replace_document(schema::id_term(s.id), build_document(s, "digest", "/fixture/" + s.id));
    }
    for (auto& db : dbs) db.commit();
  }
  const Searcher one(testing::countries());
  const SearchIndex single = SearchIndex::open_local({dir.path() / "db"}, 1, nullptr);
  LanePool pool(2);
  const Searcher lanes(testing::countries(), nullptr, &pool);
  const SearchIndex sharded = SearchIndex::open_local(shards, 2, nullptr);
  for (const ParamMap& params : requests()) {
    const json expected = search(one, single, params);
    EXPECT_EQ(search(lanes, sharded, params), expected) << "2 lanes " << json(params).dump();
    EXPECT_EQ(search(one, sharded, params), expected) << "1 lane " << json(params).dump();
  }
}

TEST(MatchLanes, LaneSharesCoverEveryMatchOnce) {
  testing::TempDir dir;
  write_releases(dir.path() / "db", 0, 101);
  const Xapian::Database db((dir.path() / "db").string());
  const Xapian::Query all = Xapian::Query::MatchAll;
  std::vector<Xapian::docid> seen;
  for (unsigned lane = 0; lane < 4; ++lane) {
    Xapian::Enquire enquire(db);
    enquire.set_query(lane_share(all, lane, 4));
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) seen.push_back(*it);
  }
  std::sort(seen.begin(), seen.end());
  std::vector<Xapian::docid> every;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) every.push_back(*it);
  EXPECT_EQ(seen, every);
}

// A search gets extra lanes only from cores no other search holds, and gives them back when
// its match ends: under load each search runs on one thread.
TEST(LanePool, ExtraLanesOnlyOnIdleCores) {
  LanePool pool(3);
  LanePool::Running a(pool);
  {
    LanePool::Lanes a_lanes(pool, 8);
    EXPECT_EQ(a_lanes.count(), 3u);  // alone: every core
    LanePool::Running b(pool);
    EXPECT_EQ(LanePool::Lanes(pool, 8).count(), 1u);  // a holds every core
  }
  LanePool::Running b(pool);
  {
    LanePool::Lanes b_lanes(pool, 8);
    EXPECT_EQ(b_lanes.count(), 2u);  // a's extra lanes are back; a itself holds one core
    LanePool::Running c(pool);
    EXPECT_EQ(LanePool::Lanes(pool, 8).count(), 1u);
  }
  EXPECT_EQ(LanePool::Lanes(pool, 1).count(), 1u);  // never more than the index's lanes
  LanePool::Running c(pool), d(pool);
  EXPECT_EQ(LanePool::Lanes(pool, 8).count(), 1u);  // more searches than cores: one each
}

TEST(FacetColumns, FollowTheDatabaseToItsNextRevision) {
  testing::TempDir dir;
  const auto path = dir.path() / "db";
  write_releases(path, 0, 50);
  FacetColumnCache cache;
  SearchIndex index = SearchIndex::open_local({path}, 2, &cache);
  const Searcher searcher(testing::countries());
  const ParamMap by_country = {{"facets", {"country"}}};
  const auto count_of = [](const json& facet, const std::string& value) {
    for (const auto& bucket : facet) {
      if (bucket["value"] == value) return bucket["count"].get<int>();
    }
    return 0;
  };
  const json before = search(searcher, index, by_country);
  const FacetColumns* columns = index.columns(nullptr).shards.at(0);
  index.reopen();  // nothing changed: the same columns
  EXPECT_EQ(index.columns(nullptr).shards.at(0), columns);

  write_releases(path, 50, 10);
  index.reopen();
  EXPECT_NE(index.columns(nullptr).shards.at(0), columns);
  const json after = search(searcher, index, by_country);
  EXPECT_EQ(after["total"].get<int>(), before["total"].get<int>() + 8);  // 10 added, 2 deleted again
  EXPECT_EQ(after, searcher.search(Xapian::Database(path.string()), parse_search_request(by_country, testing::countries()),
                                   FacetCounting::kStockSpies));
  EXPECT_GT(count_of(after["facets"]["country"], "JP"), count_of(before["facets"]["country"], "JP"));

  // Another index of the same revision reads the columns from the cache.
  const SearchIndex again = SearchIndex::open_local({path}, 1, &cache);
  EXPECT_EQ(again.columns(nullptr).shards.at(0), index.columns(nullptr).shards.at(0));
}

}  // namespace
}  // namespace dipsearch
