// The bundled sample corpus and, when present, a real saved release page: indexed with
// the real indexer, searched through the real daemon.
#include <gtest/gtest.h>

#include <set>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(SampleCorpus, IndexesCleanlyAndServesBothLanguagesWithFourFacets) {
  TempDir dir;
  fs::path db = dir.path() / "db";
  CommandResult r = run_indexer({"--db", db.string(), DIPSEARCH_SAMPLE_DIR});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  Daemon d(db);
  json all = d.get_json("/api/search?per_page=100&facet_size=100");
  EXPECT_GE(all["total"].get<int>(), 60);
  std::map<std::string, int> langs;
  for (const auto& f : all["facets"]["lang"]) langs[f["value"]] = f["count"];
  EXPECT_GE(langs["ko"], 20);
  EXPECT_GE(langs["en"], 40);
  EXPECT_GE(all["facets"]["country"].size(), 20u);
  EXPECT_GE(all["facets"]["official"].size(), 25u);
  EXPECT_GE(all["facets"]["date"].size(), 11u);  // 2015 … 2025
  for (const auto& h : all["hits"]) {
    EXPECT_FALSE(h["title"].get<std::string>().empty()) << h["id"];
    EXPECT_EQ(h["title"].get<std::string>().find("Skip navigation"), std::string::npos);
  }
  json ko = d.get_json("/api/search?q=" + url_encode("외교부"));
  EXPECT_GT(ko["total"].get<int>(), 5);
  json en = d.get_json("/api/search?q=consultations");
  EXPECT_GT(en["total"].get<int>(), 3);
}

TEST(Seed, RealReleasePageIsFoundWithItsEntities) {
  fs::path seed = fs::path(DIPSEARCH_SEED_DIR) / "mofa-en-seed.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no seed page at " << seed;
  TempDir dir;
  fs::path db = dir.path() / "db";
  CommandResult r = run_indexer({"--db", db.string(), seed.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Daemon d(db);
  json res = d.get_json("/api/search?q=Afghanistan");
  ASSERT_GE(res["hits"].size(), 1u) << res.dump();
  const json& hit = res["hits"][0];
  EXPECT_EQ(hit["id"], "mofa-en-seed");
  EXPECT_EQ(hit["title"], "Outcome of First ROK - Afghanistan Political Consultations");
  EXPECT_EQ(hit["date"], "2021-04-08");
  std::set<std::string> countries(hit["countries"].begin(), hit["countries"].end());
  EXPECT_TRUE(countries.count("AF"));
  EXPECT_TRUE(countries.count("KR"));
  std::set<std::string> names;
  for (const auto& o : hit["officials"]) names.insert(o.value("name_en", o["name"].get<std::string>()));
  EXPECT_TRUE(names.count("Lee Kyung-chul")) << hit["officials"].dump();
  EXPECT_TRUE(names.count("Meerwais Nab")) << hit["officials"].dump();
  EXPECT_TRUE(names.count("Choi Jong-moon")) << hit["officials"].dump();
  EXPECT_EQ(hit["officials"].size(), 3u) << hit["officials"].dump();
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>Afghanistan</mark>"), std::string::npos);
}

}  // namespace
}  // namespace dipsearch::testing
