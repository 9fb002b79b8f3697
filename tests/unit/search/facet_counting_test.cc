// Facet counts from our columns must equal those from Xapian's stock spy, which remote
// shards use: the same search over the same index, counted both ways.
#include <gtest/gtest.h>

#include <map>

#include "common/search/api_error.h"
#include "common/search/search_index.h"
#include "common/search/searcher.h"
#include "common/search/trends.h"
#include "query_test_support.h"

namespace dipsearch {
namespace {

using nlohmann::json;

Xapian::WritableDatabase corpus() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::vector<std::vector<std::string>> countries = {
      {"AF", "KR"}, {"KR"}, {"JP", "KR", "US"}, {}, {"AF", "PK", "KR"}, {"US"}, {"JP"}, {"AF"}};
  const std::vector<std::vector<std::pair<std::string, std::string>>> officials = {
      {{"lee-kyung-chul", "Lee Kyung-chul"}}, {}, {{"park-jin", "Park Jin"}, {"lee-kyung-chul", "Lee Kyung-chul"}},
      {{"park-jin", "Park Jin"}}, {}, {{"chung-eui-yong", "Chung Eui-yong"}}, {}, {{"park-jin", "Park Jin"}}};
  for (size_t i = 0; i < countries.size(); ++i) {
    StoredDocument s;
    s.id = "r" + std::to_string(i);
    s.lang = i % 3 == 0 ? "ko" : "en";
    s.title = "Consultations " + std::to_string(i);
    s.body = "The two sides held consultations on cooperation.";
    // One release without a date (the date facet's undated bucket), and sites on some.
    s.date = i == 5 ? "" : "20" + std::to_string(15 + i % 4) + "-0" + std::to_string(1 + i % 9) + "-10";
    if (i % 3 == 1) s.site = {"mofa.go.kr", "Ministry of Foreign Affairs", "외교부"};
    if (i % 3 == 2) s.site = {"sample", "Sample releases", ""};
    s.countries = countries[i];
    for (const auto& [key, name] : officials[i]) {
      StoredOfficial o;
      o.key = key;
      o.name = name;
      s.officials.push_back(o);
    }
    db.replace_document(schema::id_term(s.id), build_document(s, "digest", "/fixture/" + s.id));
  }
  db.commit();
  return db;
}

json facets(const Xapian::Database& db, const ParamMap& params, FacetCounting counting) {
  Searcher searcher(testing::countries());
  return searcher.search(db, parse_search_request(params, testing::countries()), counting)["facets"];
}

TEST(FacetCounting, ColumnsCountAsTheStockSpyDoes) {
  Xapian::WritableDatabase db = corpus();
  for (const ParamMap& params : {ParamMap{}, ParamMap{{"q", {"consultations"}}}, ParamMap{{"country", {"KR"}}},
                                 ParamMap{{"official", {"park-jin"}}, {"lang", {"en"}}}, ParamMap{{"source", {"sample"}}}}) {
    json items = facets(db, params, FacetCounting::kColumns);
    EXPECT_EQ(items, facets(db, params, FacetCounting::kStockSpies));
    ASSERT_TRUE(items.contains("country"));
    ASSERT_TRUE(items.contains("source"));
  }
}

TEST(FacetCounting, SourcesAndUndatedReleasesAreCountedFromColumns) {
  Xapian::WritableDatabase db = corpus();
  const json counted = facets(db, {}, FacetCounting::kColumns);
  std::map<std::string, int> sources;
  for (const auto& f : counted["source"]) sources[f["value"]] = f["count"];
  EXPECT_EQ(sources, (std::map<std::string, int>{{"mofa.go.kr", 3}, {"sample", 2}}));
  EXPECT_EQ(counted["source"][0]["label_ko"], "외교부");
  EXPECT_EQ(counted["date"].back(), (json{{"value", "undated"}, {"count", 1}}));
}

TEST(FacetCounting, EachItemOfAPackedValueCountsOnce) {
  Xapian::WritableDatabase db = corpus();
  json countries = facets(db, {}, FacetCounting::kColumns)["country"];
  std::map<std::string, int> count;
  for (const auto& f : countries) count[f["value"]] = f["count"];
  EXPECT_EQ(count["KR"], 4);
  EXPECT_EQ(count["AF"], 3);
  EXPECT_EQ(count["JP"], 2);
  EXPECT_EQ(count["PK"], 1);
  json officials = facets(db, {}, FacetCounting::kColumns)["official"];
  ASSERT_FALSE(officials.empty());
  EXPECT_EQ(officials[0]["value"], "park-jin");
  EXPECT_EQ(officials[0]["count"], 3);
}

// An official written with two labels in two releases (a name spelt anew): the facet shows
// the least label, whichever release came first and however the values are counted, so one
// database and its shards, which see the values in other orders, answer alike.
TEST(FacetCounting, AKeyWithSeveralLabelsShowsTheLeast) {
  for (const bool later_first : {false, true}) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const std::string name : {"Kim Yeon-a", "Kim Yuna"}) {
      StoredDocument s;
      s.id = "r-" + std::to_string(name.size());
      s.lang = "en";
      s.title = "Talks";
      s.body = "The minister held talks.";
      s.date = "2021-03-04";
      StoredOfficial o;
      o.key = "kim-yuna";
      o.name = later_first ? (name == "Kim Yuna" ? "Kim Yeon-a" : "Kim Yuna") : name;
      s.officials.push_back(o);
      db.replace_document(schema::id_term(s.id), build_document(s, "digest", "/fixture/" + s.id));
    }
    db.commit();
    for (const FacetCounting counting : {FacetCounting::kColumns, FacetCounting::kStockSpies}) {
      const json officials = facets(db, {}, counting)["official"];
      ASSERT_EQ(officials.size(), 1u);
      EXPECT_EQ(officials[0]["label"], "Kim Yeon-a");
      EXPECT_EQ(officials[0]["count"], 2);
    }
  }
}

// facet_stats: how many values each list could name, and the counts of those it leaves out
// added up (a release once per value), the same from columns and from the stock spy.
TEST(FacetCounting, StatsCountTheValuesTheListsLeaveOut) {
  Xapian::WritableDatabase db = corpus();
  const SearchRequest request = parse_search_request({{"facet_size", {"2"}}}, testing::countries());
  Searcher searcher(testing::countries());
  const json stats = searcher.search(db, request, FacetCounting::kColumns)["facet_stats"];
  EXPECT_EQ(stats, searcher.search(db, request, FacetCounting::kStockSpies)["facet_stats"]);
  // KR 4 and AF 3 listed; JP 2, US 2 and PK 1 left out.
  EXPECT_EQ(stats["country"], (json{{"distinct", 5}, {"other", 5}}));
  // park-jin 3 and lee-kyung-chul 2 listed; chung-eui-yong 1 left out.
  EXPECT_EQ(stats["official"], (json{{"distinct", 3}, {"other", 1}}));
  EXPECT_EQ(stats["lang"], (json{{"distinct", 2}, {"other", 0}}));
  EXPECT_FALSE(stats.contains("date"));
  // A selected value below the cut is listed, so it is not in other.
  const json selected = searcher.search(db, parse_search_request({{"facet_size", {"2"}}, {"country", {"PK"}}},
                                                                 testing::countries()))["facet_stats"];
  EXPECT_EQ(selected["country"], (json{{"distinct", 5}, {"other", 4}}));
}

// Undated releases last in both date orders, counted either way.
TEST(FacetCounting, UndatedReleasesComeLastInBothDateOrders) {
  Xapian::WritableDatabase db = corpus();
  Searcher searcher(testing::countries());
  for (const char* sort : {"date_asc", "date_desc"}) {
    for (FacetCounting counting : {FacetCounting::kColumns, FacetCounting::kStockSpies}) {
      const json hits =
          searcher.search(db, parse_search_request({{"sort", {sort}}, {"q", {"consultations"}}}, testing::countries()),
                          counting)["hits"];
      ASSERT_EQ(hits.size(), 8u);
      EXPECT_EQ(hits.back()["id"], "r5") << sort;
      for (size_t i = 1; i + 1 < hits.size(); ++i) {
        const std::string a = hits[i - 1]["date"], b = hits[i]["date"];
        EXPECT_TRUE(sort == std::string("date_asc") ? a <= b : a >= b) << sort << " " << a << " " << b;
      }
    }
  }
}

// Trends count the date facet's periods the same way: from columns locally, with the stock
// spy over remote shards.
TEST(FacetCounting, TrendsCountFromColumnsAsTheStockSpyDoes) {
  Xapian::WritableDatabase db = corpus();
  const TrendsRequest request = parse_trends_request({{"q", {"consultations", "cooperation"}}}, testing::countries());
  const json columns = trends_json(count_trends(SearchIndex::of(db, true), request, testing::countries(), nullptr));
  EXPECT_EQ(columns, trends_json(count_trends(SearchIndex::of(db, false), request, testing::countries(), nullptr)));
  EXPECT_EQ(columns["series"][0]["total"], 8);
  EXPECT_EQ(columns["series"][0]["undated"], 1);
}

TEST(FacetCounting, OnlyTheFacetsAskedForAreCounted) {
  Xapian::WritableDatabase db = corpus();
  json some = facets(db, {{"facets", {"country,date"}}}, FacetCounting::kColumns);
  EXPECT_TRUE(some.contains("country"));
  EXPECT_TRUE(some.contains("date"));
  EXPECT_FALSE(some.contains("official"));
  EXPECT_FALSE(some.contains("lang"));
  EXPECT_TRUE(facets(db, {{"facets", {""}}}, FacetCounting::kColumns).empty());
  EXPECT_EQ(facets(db, {{"facets", {"lang"}}, {"q", {"consultations"}}}, FacetCounting::kColumns).size(), 1u);
}

TEST(FacetCounting, AnUnknownFacetNameIsRefusedByName) {
  try {
    parse_search_request({{"facets", {"country,topic"}}}, testing::countries());
    FAIL() << "accepted an unknown facet";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.param, "facets");
    EXPECT_NE(std::string(e.what()).find("topic"), std::string::npos);
  }
}

}  // namespace
}  // namespace dipsearch
