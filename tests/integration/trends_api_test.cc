// GET /api/trends against a real dipsearchd over the sample corpus: each series is what the
// date facet of /api/search counts for its query with the same filters, on one shared axis,
// as JSON and as CSV.
#include <gtest/gtest.h>

#include <map>

#include "searchd/download_name.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

class TrendsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { corpus_ = new ServedCorpus({DIPSEARCH_SAMPLE_DIR}); }
  static void TearDownTestSuite() { delete corpus_; }
  static Daemon& daemon() { return corpus_->daemon(); }
  static json get(const std::string& path, int expected_status = 200) {
    int status = 0;
    json j = daemon().get_json(path, &status);
    EXPECT_EQ(status, expected_status) << path << " → " << j.dump();
    return j;
  }
  static void expect_refused(const std::string& path, const std::string& param) {
    json r = get(path, 400);
    EXPECT_EQ(r["error"]["param"], param) << path << " → " << r.dump();
  }
  // The date facet of a search as {period: count}, without empty periods, and its undated count.
  static std::pair<std::map<std::string, int>, int> date_facet(const std::string& query_string) {
    json r = get("/api/search?facets=date&per_page=1&" + query_string);
    std::map<std::string, int> counts;
    int undated = 0;
    for (const auto& b : r["facets"]["date"]) {
      if (b["value"] == "undated") {
        undated = b["count"];
      } else if (b["count"].get<int>() > 0) {
        counts[b["value"]] = b["count"];
      }
    }
    return {counts, undated};
  }
  static ServedCorpus* corpus_;
};

ServedCorpus* TrendsApi::corpus_ = nullptr;

// Each series, periods with releases only.
std::map<std::string, int> nonzero(const json& trends, size_t series) {
  std::map<std::string, int> out;
  const json& counts = trends["series"][series]["counts"];
  for (size_t i = 0; i < trends["periods"].size(); ++i) {
    if (counts[i].get<int>() > 0) out[trends["periods"][i]] = counts[i];
  }
  return out;
}

TEST_F(TrendsApi, EachSeriesIsTheDateFacetOfItsSearchWithTheSameFilters) {
  const std::string ko = url_encode("외교부");
  for (const std::string interval : {"year", "month"}) {
    const std::string filters = "lang=en&lang=ko&match=all&date_interval=" + interval;
    json t = get("/api/trends?q=minister&q=" + ko + "&q=Japan&" + filters);
    ASSERT_EQ(t["series"].size(), 3u) << t.dump();
    EXPECT_EQ(t["interval"], interval);
    const std::vector<std::string> queries{"minister", ko, "Japan"};
    for (size_t i = 0; i < queries.size(); ++i) {
      auto [facet, undated] = date_facet("q=" + queries[i] + "&" + filters);
      EXPECT_EQ(nonzero(t, i), facet) << queries[i] << " by " << interval;
      EXPECT_EQ(t["series"][i]["undated"], undated);
      json search = get("/api/search?per_page=1&q=" + queries[i] + "&" + filters);
      EXPECT_EQ(t["series"][i]["total"], search["total"]);
      EXPECT_EQ(t["series"][i]["counts"].size(), t["periods"].size());
    }
    // One continuous axis: every period once, in order, none missing between.
    const json& periods = t["periods"];
    ASSERT_GT(periods.size(), 1u);
    for (size_t i = 1; i < periods.size(); ++i) EXPECT_LT(periods[i - 1], periods[i]);
    if (interval == "year") {
      EXPECT_EQ(std::stoi(periods.back().get<std::string>()) - std::stoi(periods.front().get<std::string>()) + 1,
                static_cast<int>(periods.size()));
    }
  }
  EXPECT_EQ(get("/api/trends?q=minister&q=" + ko)["series"][1]["q"], "외교부");
}

TEST_F(TrendsApi, FiltersApplyToEverySeries) {
  json t = get("/api/trends?q=minister&q=meeting&country=JP&from=2017&to=2022");
  for (const std::string q : {"minister", "meeting"}) {
    // The search's date facet leaves its own filter out (disjunctive counts); the trends
    // count within the range.
    auto [facet, undated] = date_facet("q=" + q + "&country=JP&from=2017&to=2022");
    std::map<std::string, int> in_range;
    for (const auto& [year, n] : facet) {
      if (year >= "2017" && year <= "2022") in_range[year] = n;
    }
    EXPECT_EQ(nonzero(t, q == "minister" ? 0 : 1), in_range) << q;
    EXPECT_EQ(t["series"][q == "minister" ? 0 : 1]["total"], get("/api/search?per_page=1&country=JP&from=2017&to=2022&q=" + q)["total"]);
  }
  // The chosen range is the axis, also where no series has a release.
  json wide = get("/api/trends?q=Afghanistan&from=2010&to=2026-06");
  EXPECT_EQ(wide["periods"].front(), "2010");
  EXPECT_EQ(wide["periods"].back(), "2026");
  json months = get("/api/trends?q=Afghanistan&from=2021-03&to=2021-05&date_interval=month");
  EXPECT_EQ(months["periods"], json({"2021-03", "2021-04", "2021-05"}));
}

TEST_F(TrendsApi, WithoutAQueryOneSeriesCountsEveryRelease) {
  json all = get("/api/trends");
  ASSERT_EQ(all["series"].size(), 1u);
  json health = get("/api/health");
  EXPECT_EQ(all["series"][0]["total"], health["documents"]);
  EXPECT_EQ(all["series"][0]["undated"], 2);  // mofa-en-310060 and 310061 have no date
  int dated = 0;
  for (const auto& n : all["series"][0]["counts"]) dated += n.get<int>();
  EXPECT_EQ(dated + 2, all["series"][0]["total"].get<int>());
  EXPECT_EQ(all["shards"]["failed"], 0);
}

TEST_F(TrendsApi, CsvIsTheSameTableWithAColumnPerSearch) {
  json t = get("/api/trends?q=minister&q=&lang=en");
  auto res = daemon().client().Get("/api/trends?q=minister&q=&lang=en&format=csv&bom=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  ASSERT_EQ(res->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(res->get_header_value("Content-Disposition").find("dipsearch-trends-minister-"), std::string::npos);
  auto rows = parse_csv(res->body.substr(3));
  ASSERT_EQ(rows.size(), t["periods"].size() + 2);  // header, periods, undated (two English releases)
  EXPECT_EQ(rows[0], (std::vector<std::string>{"period", "minister", "all releases"}));
  for (size_t i = 0; i < t["periods"].size(); ++i) {
    EXPECT_EQ(rows[i + 1][0], t["periods"][i]);
    EXPECT_EQ(rows[i + 1][1], std::to_string(t["series"][0]["counts"][i].get<int>()));
    EXPECT_EQ(rows[i + 1][2], std::to_string(t["series"][1]["counts"][i].get<int>()));
  }
  EXPECT_EQ(rows.back(), (std::vector<std::string>{"undated", std::to_string(t["series"][0]["undated"].get<int>()), "2"}));
  // A query with a comma and a quote stays one CSV field.
  auto quoted = daemon().client().Get(("/api/trends?format=csv&q=" + url_encode("\"foreign minister\", visit")).c_str());
  ASSERT_TRUE(quoted);
  EXPECT_EQ(parse_csv(quoted->body)[0], (std::vector<std::string>{"period", "\"foreign minister\", visit"}));
}

TEST_F(TrendsApi, RefusesWhatItCannotCount) {
  expect_refused("/api/trends?q=a&q=b&q=c&q=d&q=e", "q");
  expect_refused("/api/trends?q=minister&page=2", "page");
  expect_refused("/api/trends?q=minister&sort=date_asc", "sort");
  expect_refused("/api/trends?q=minister&format=xml", "format");
  expect_refused("/api/trends?q=minister&format=json&bom=1", "bom");
  expect_refused("/api/trends?q=minister&date_interval=week", "date_interval");
  expect_refused("/api/trends?q=minister&from=2022&to=2021", "to");
  expect_refused("/api/trends?q=minister&colour=red", "colour");
  // A query that does not parse is named by its place among the searches.
  json r = get("/api/trends?q=minister&q=%22open", 400);
  EXPECT_EQ(r["error"]["param"], "q");
  EXPECT_NE(r["error"]["message"].get<std::string>().find("search 2 of 2"), std::string::npos) << r.dump();
}

}  // namespace
}  // namespace dipsearch::testing
