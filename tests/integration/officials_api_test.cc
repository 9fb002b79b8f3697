// Officials' posts over time against a real dipsearchd over the sample corpus: GET
// /api/officials/{key} gives the registry's record and the releases per year, every official a
// release names carries the post the registry says they held on its date, and an official
// facet value the post held in the period searched.
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

class OfficialsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new ServedCorpus({DIPSEARCH_SAMPLE_DIR});
    std::ifstream in(std::string(DIPSEARCH_SAMPLE_DIR) + "/../officials/registry.json");
    for (const auto& entry : json::parse(in)) registry_[entry["key"]] = entry;
  }
  static void TearDownTestSuite() { delete corpus_; }
  static json get(const std::string& path, int expected_status = 200) {
    int status = 0;
    json j = corpus_->daemon().get_json(path, &status);
    EXPECT_EQ(status, expected_status) << path << " → " << j.dump();
    return j;
  }
  // The post (as the API spells it) of a registry entry that covers a release's date, or null.
  static json post_on(const json& entry, const std::string& date) {
    for (const auto& role : entry["roles"]) {
      const std::string from = role.value("from", ""), to = role.value("to", "");
      // Dates compare on the shorter precision: "2017-06" covers "2017-06-14".
      if (!from.empty() && date.substr(0, from.size()) < from) continue;
      if (!to.empty() && date.substr(0, to.size()) > to) continue;
      return {{"title", role["title_en"]}, {"title_ko", role.value("title_ko", "")}, {"from", from}, {"to", to}};
    }
    return nullptr;
  }
  static ServedCorpus* corpus_;
  static std::map<std::string, json> registry_;
};

ServedCorpus* OfficialsApi::corpus_ = nullptr;
std::map<std::string, json> OfficialsApi::registry_;

TEST_F(OfficialsApi, AnOfficialHasNamesPostsAndReleasesPerYear) {
  json facet = get("/api/search?facets=official&facet_size=50&per_page=1")["facets"]["official"];
  ASSERT_GE(facet.size(), 3u);
  int checked = 0;
  for (const auto& value : facet) {
    const std::string key = value["value"];
    if (!registry_.count(key)) {
      // Named in releases but not in the registry: a key of its own, no record to give.
      get("/api/officials/" + key, 404);
      continue;
    }
    const json& entry = registry_[key];
    json official = get("/api/officials/" + key);
    EXPECT_EQ(official["key"], key);
    EXPECT_EQ(official["name"], entry["name_en"]);
    EXPECT_EQ(official["name_ko"], entry.value("name_ko", ""));
    EXPECT_EQ(official["aliases"], entry.value("aliases", json::array()));
    ASSERT_EQ(official["roles"].size(), entry["roles"].size()) << key;
    for (size_t i = 0; i < entry["roles"].size(); ++i) {
      EXPECT_EQ(official["roles"][i]["title"], entry["roles"][i]["title_en"]);
      EXPECT_EQ(official["roles"][i]["from"], entry["roles"][i].value("from", ""));
      EXPECT_EQ(official["roles"][i]["to"], entry["roles"][i].value("to", ""));
    }
    // The releases per year are the date facet of a search for the official.
    json search = get("/api/search?facets=date&date_interval=year&per_page=1&match=all&official=" + key);
    EXPECT_EQ(official["releases"]["total"], search["total"]) << key;
    EXPECT_EQ(official["releases"]["total"], value["count"]) << key;
    std::map<std::string, int> facet_years, api_years;
    int undated = 0;
    for (const auto& b : search["facets"]["date"]) {
      if (b["value"] == "undated") undated = b["count"];
      else facet_years[b["value"]] = b["count"];
    }
    for (const auto& y : official["releases"]["per_year"]) api_years[y["year"]] = y["count"];
    EXPECT_EQ(api_years, facet_years) << key;
    EXPECT_EQ(official["releases"]["undated"], undated) << key;
    ++checked;
  }
  EXPECT_GE(checked, 3);
}

TEST_F(OfficialsApi, ReleasesNameThePostHeldOnTheirDate) {
  int with_role = 0;
  json hits = get("/api/search?per_page=100&facets=")["hits"];
  ASSERT_GT(hits.size(), 10u);
  for (const auto& hit : hits) {
    json doc = get("/api/documents/" + hit["id"].get<std::string>());
    ASSERT_EQ(doc["officials"].size(), hit["officials"].size());
    for (size_t i = 0; i < doc["officials"].size(); ++i) {
      const json& o = doc["officials"][i];
      const json expected = registry_.count(o["key"]) ? post_on(registry_[o["key"]], doc["date"]) : json(nullptr);
      if (expected.is_null() || doc["date"] == "") {
        EXPECT_FALSE(o.contains("role")) << doc["id"] << " " << o.dump();
      } else {
        EXPECT_EQ(o["role"], expected) << doc["id"] << " " << o["key"];
        ++with_role;
      }
      EXPECT_EQ(hit["officials"][i], o) << "a hit names the same post as its document";
    }
  }
  EXPECT_GT(with_role, 5) << "the sample's releases name officials in office";
}

// Whether a date (any precision) is before another, compared on the shorter precision.
bool before(const std::string& a, const std::string& b) {
  const size_t n = std::min(a.size(), b.size());
  return a.substr(0, n) < b.substr(0, n);
}

TEST_F(OfficialsApi, AFacetValueNamesThePostHeldInThePeriodSearched) {
  int with_role = 0;
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{{"", ""}, {"2016", "2016"}, {"2021-03", ""}, {"", "2014"}}) {
    std::string path = "/api/search?facets=official&facet_size=50&per_page=1";
    if (!from.empty()) path += "&from=" + from;
    if (!to.empty()) path += "&to=" + to;
    const json facet = get(path)["facets"]["official"];
    for (const auto& value : facet) {
      if (!registry_.count(value["value"])) {
        EXPECT_FALSE(value.contains("role")) << value.dump();
        continue;
      }
      // Of the posts held some time in the range, the latest to begin.
      json expected = nullptr;
      for (const auto& role : registry_[value["value"]]["roles"]) {
        const std::string start = role.value("from", ""), end = role.value("to", "");
        if (!to.empty() && !start.empty() && before(to, start)) continue;
        if (!from.empty() && !end.empty() && before(end, from)) continue;
        if (expected.is_null() || expected["from"].get<std::string>() < start) {
          expected = {{"title", role["title_en"]}, {"title_ko", role.value("title_ko", "")}, {"from", start}, {"to", end}};
        }
      }
      if (expected.is_null()) {
        EXPECT_FALSE(value.contains("role")) << path << " " << value.dump();
      } else {
        EXPECT_EQ(value["role"], expected) << path << " " << value["value"];
        ++with_role;
      }
    }
  }
  EXPECT_GT(with_role, 5);
}

TEST_F(OfficialsApi, RefusesKeysThatAreNoOfficials) {
  EXPECT_EQ(get("/api/officials/no-such-person", 404)["error"]["param"], "key");
  EXPECT_EQ(get("/api/officials/Kang_Kyung", 400)["error"]["param"], "key");
  EXPECT_EQ(get("/api/officials/" + std::string(200, 'a'), 400)["error"]["param"], "key");
}

}  // namespace
}  // namespace dipsearch::testing
