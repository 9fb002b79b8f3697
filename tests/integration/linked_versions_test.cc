// Linked English/Korean versions end to end: the indexer links them, relinks them as releases
// change or go, across shards; the API shows translations and collapses a pair on request.
#include <gtest/gtest.h>

#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <utility>

#include "common/index/database_layout.h"
#include "common/schema.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kEnglishTitle = "Foreign Minister Kang Kyung-wha Holds Phone Talks with Secretary of State Pompeo";
const std::string kKoreanTitle = "강경화 외교부 장관, 폼페이오 국무장관과 통화";

std::string english_call() {
  return page(kEnglishTitle, "2019-02-20",
              "Minister of Foreign Affairs Kang Kyung-wha spoke with U.S. Secretary of State Mike Pompeo by "
              "phone on February 20. The two discussed the summit between the United States and North Korea "
              "in Hanoi and agreed to keep close coordination.");
}

std::string korean_call(const std::string& title = kKoreanTitle) {
  return page(title, "2019-02-20",
              "강경화 외교부 장관은 2월 20일 마이크 폼페이오 미국 국무장관과 통화를 갖고 하노이에서 열리는 "
              "북미 정상회담에 대해 논의하였다. 양 장관은 미국과 긴밀히 공조해 나가기로 하였다.");
}

std::string unrelated_notice() {
  return page("Consular Notice on Travel Safety", "2019-02-20",
              "Citizens travelling abroad are asked to register their trips with the consular service.");
}

// id -> (translations, pair key) of every release of the live generation of a database.
std::map<std::string, std::pair<std::string, std::string>> stored_links(const fs::path& db) {
  Xapian::Database database(DatabaseLayout(db).current_generation()->string());
  std::map<std::string, std::pair<std::string, std::string>> out;
  for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
    const Xapian::Document doc = database.get_document(*it);
    out[std::string(schema::id_of_sort_key(doc.get_value(schema::kSortSlot)))] = {
        doc.get_value(schema::kTranslationsSlot), doc.get_value(schema::kVersionPairSlot)};
  }
  return out;
}

class LinkedVersions : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";
  fs::path report = dir.path() / "report.json";

  json index(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--db", db.string(), "--report", report.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(src.string());
    const CommandResult r = run_indexer(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::ifstream in(report);
    return json::parse(in);
  }

  // Runs the indexer on the sources, then a rebuild of them into another database, which
  // must store the same links. Returns them. Extra arguments go to both.
  std::map<std::string, std::pair<std::string, std::string>> index_as_rebuilt(std::vector<std::string> extra = {}) {
    index(extra);
    const fs::path full = dir.path() / ("rebuilt-" + std::to_string(++rebuilds));
    std::vector<std::string> args{"--db", full.string(), "--quiet", "--rebuild"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(src.string());
    EXPECT_EQ(run_indexer(args).exit_code, 0);
    const auto links = stored_links(db);
    EXPECT_EQ(links, stored_links(full)) << "after run " << rebuilds;
    return links;
  }
  int rebuilds = 0;

  // A release another one takes the version of, a change that breaks a link and comes
  // back, and one side of a pair deleted: each run relinks around its changes only, and
  // stores the links a rebuild stores.
  void steal_break_and_delete(std::vector<std::string> first_run) {
    write_pair();
    auto links = index_as_rebuilt(first_run);
    EXPECT_EQ(links["en-call"].second, "en-call\tko-call");
    // The same release again under an id that sorts first: it takes the Korean version.
    write_file(src / "en-aa-call.txt", english_call());
    links = index_as_rebuilt();
    EXPECT_EQ(links["ko-call"].second, "en-aa-call\tko-call");
    EXPECT_EQ(links["en-call"], std::make_pair(std::string(), std::string()));
    // The Korean release turns out to be of another month: nothing links.
    write_file(src / "ko-call.txt", page(kKoreanTitle, "2019-03-27", "강경화 외교부 장관은 3월 27일 통화를 가졌다."));
    links = index_as_rebuilt();
    for (const auto& [id, link] : links) EXPECT_EQ(link.second, "") << id;
    write_file(src / "ko-call.txt", korean_call());
    EXPECT_EQ(index_as_rebuilt()["ko-call"].second, "en-aa-call\tko-call");
    // The release that took it goes: the Korean version returns to the first.
    fs::remove(src / "en-aa-call.txt");
    links = index_as_rebuilt();
    EXPECT_EQ(links["ko-call"].second, "en-call\tko-call");
    EXPECT_EQ(links.count("en-aa-call"), 0u);
  }

  void write_pair() {
    write_file(src / "en-call.txt", english_call());
    write_file(src / "ko-call.txt", korean_call());
    write_file(src / "en-notice.txt", unrelated_notice());
  }
};

json translations_of(const Daemon& d, const std::string& id) {
  return d.get_json("/api/documents/" + id)["translations"];
}

TEST_F(LinkedVersions, AReleaseAndItsVersionNameEachOther) {
  write_pair();
  const json summary = index();
  EXPECT_EQ(summary["relinked"], 2);
  Daemon d(db);
  EXPECT_EQ(translations_of(d, "en-call"), (json::array({{{"id", "ko-call"}, {"lang", "ko"}, {"title", kKoreanTitle}}})));
  EXPECT_EQ(translations_of(d, "ko-call"), (json::array({{{"id", "en-call"}, {"lang", "en"}, {"title", kEnglishTitle}}})));
  EXPECT_EQ(translations_of(d, "en-notice"), json::array());
  // Hits carry them too, and fields= may leave them out.
  const json hits = d.get_json("/api/search?from=2019-02-20&to=2019-02-20&sort=date_asc&per_page=10")["hits"];
  ASSERT_EQ(hits.size(), 3u);
  for (const json& hit : hits) {
    EXPECT_EQ(hit["translations"].size(), hit["id"] == "en-notice" ? 0u : 1u) << hit.dump();
  }
  const json bare = d.get_json("/api/search?q=Pompeo&fields=id,title")["hits"];
  ASSERT_FALSE(bare.empty());
  EXPECT_FALSE(bare[0].contains("translations"));
}

TEST_F(LinkedVersions, IncrementalRunsRelinkChangedAndDeletedReleases) {
  write_pair();
  index();
  // Nothing changed: nothing relinked, nothing committed.
  json summary = index();
  EXPECT_EQ(summary["relinked"], 0);
  EXPECT_EQ(summary["changed"], false);

  // The Korean title changes: the English release, itself unchanged, shows the new title.
  const std::string retitled = "강경화 장관, 폼페이오 미 국무장관과 전화 통화";
  write_file(src / "ko-call.txt", korean_call(retitled));
  summary = index();
  EXPECT_EQ(summary["updated"], 1);
  EXPECT_EQ(summary["relinked"], 2);  // the rewritten Korean release and its English version
  {
    Daemon d(db);
    EXPECT_EQ(translations_of(d, "en-call")[0]["title"], retitled);
  }

  // The Korean version goes: the English release has none left.
  fs::remove(src / "ko-call.txt");
  summary = index();
  EXPECT_EQ(summary["deleted"], 1);
  EXPECT_EQ(summary["relinked"], 1);
  {
    Daemon d(db);
    EXPECT_EQ(translations_of(d, "en-call"), json::array());
    EXPECT_EQ(d.get_json("/api/search?q=Pompeo&collapse=translations")["total"], 1);
  }

  // And comes back.
  write_file(src / "ko-call.txt", korean_call());
  summary = index();
  EXPECT_EQ(summary["relinked"], 2);
  Daemon d(db);
  EXPECT_EQ(translations_of(d, "en-call")[0]["id"], "ko-call");
}

TEST_F(LinkedVersions, RelinkingAroundChangesLinksAsARebuildDoes) { steal_break_and_delete({}); }

TEST_F(LinkedVersions, RelinkingAroundChangesLinksAsARebuildDoesAcrossShards) {
  // Releases of other days, so that the pairs' ids are not all in one shard.
  for (int i = 1; i <= 6; ++i) {
    write_file(src / ("en-other-" + std::to_string(i) + ".txt"),
               page("Talks with Peru " + std::to_string(i), "2019-03-0" + std::to_string(i), "The ministers met in Lima."));
  }
  steal_break_and_delete({"--shards", "3"});
}

// A release without a date links by the day its opening mentions; runs that change other
// releases keep its link, and deleting its version ends it, as a rebuild would.
TEST_F(LinkedVersions, AnUndatedReleaseIsRelinkedAsARebuildDoes) {
  write_file(src / "ko-call.txt", korean_call());
  write_file(src / "en-undated.txt", "Skip navigation\n\nPress Releases\n\n" + kEnglishTitle + "\n\n" +
                                         "1. Minister of Foreign Affairs Kang Kyung-wha spoke with U.S. Secretary of "
                                         "State Mike Pompeo by phone on February 20. (End)\n");
  json summary = index();
  EXPECT_EQ(summary["undated"], 1);
  EXPECT_EQ(index_as_rebuilt()["en-undated"].second, "en-undated\tko-call");
  write_file(src / "en-notice.txt", unrelated_notice());
  EXPECT_EQ(index_as_rebuilt()["en-undated"].second, "en-undated\tko-call");
  fs::remove(src / "ko-call.txt");
  EXPECT_EQ(index_as_rebuilt()["en-undated"].second, "");
}

// After every incremental run of a sequence of deletions, additions and changes, the links
// are those a rebuild of the same sources stores.
TEST(LinkedVersionsIncremental, EveryRunLinksAsARebuildDoes) {
  TempDir dir;
  const fs::path src = copy_sample(dir.path());
  const fs::path db = dir.path() / "db";
  const fs::path parked = dir.path() / "parked";
  fs::create_directories(parked);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(src)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 60u);
  auto check = [&](const std::string& step) {
    ASSERT_EQ(run_indexer({"--db", db.string(), "--quiet", src.string()}).exit_code, 0) << step;
    const fs::path full = dir.path() / ("full-" + std::to_string(std::hash<std::string>()(step)));
    ASSERT_EQ(run_indexer({"--db", full.string(), "--quiet", "--rebuild", src.string()}).exit_code, 0) << step;
    const auto incremental = stored_links(db);
    EXPECT_EQ(incremental, stored_links(full)) << step;
    EXPECT_TRUE(std::any_of(incremental.begin(), incremental.end(), [](const auto& e) { return !e.second.first.empty(); }))
        << step << ": no links at all";
  };
  check("first run");
  // Releases go, among them versions of linked pairs.
  for (size_t i : {3u, 20u, 41u, 60u}) fs::rename(files[i], parked / files[i].filename());
  check("four deleted");
  // Two come back, and one release is changed in place.
  for (size_t i : {20u, 60u}) fs::rename(parked / files[i].filename(), files[i]);
  {
    std::ifstream in(files[10]);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(files[10]) << text << "\nAn added last line.\n";
  }
  check("two back, one changed");
  check("nothing changed");
}

TEST_F(LinkedVersions, ABadTitleTermTableStopsTheIndexerNamingFileAndLine) {
  const fs::path data = copy_data(dir.path());
  std::ofstream(data / "links" / "title_terms.tsv", std::ios::app) << "series\tsummit\tSummit\t정상회의\n";
  write_pair();
  const CommandResult r = run_indexer({"--db", db.string(), "--data-dir", data.string(), src.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find((data / "links" / "title_terms.tsv").string() + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lower case"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(db));  // nothing was written
}

TEST_F(LinkedVersions, PairsLinkAcrossShards) {
  write_pair();
  // More releases of other days, so that the pair's two ids are not always in one shard.
  for (int i = 1; i <= 6; ++i) {
    write_file(src / ("en-other-" + std::to_string(i) + ".txt"),
               page("Talks with Peru " + std::to_string(i), "2019-03-0" + std::to_string(i), "The ministers met in Lima."));
  }
  index({"--shards", "3"});
  Daemon d(db);
  EXPECT_EQ(translations_of(d, "en-call")[0]["id"], "ko-call");
  EXPECT_EQ(translations_of(d, "ko-call")[0]["id"], "en-call");
  EXPECT_EQ(d.get_json("/api/search?q=Pompeo OR 폼페이오&collapse=translations")["total"], 1);
}

TEST_F(LinkedVersions, CollapseListsOnePerPairAndFacetsStillCountEveryRelease) {
  write_pair();
  index();
  Daemon d(db);
  const std::string day = "/api/search?from=2019-02-20&to=2019-02-20";
  const json all = d.get_json(day);
  const json one_per_pair = d.get_json(day + "&collapse=translations");
  EXPECT_EQ(all["total"], 3);
  EXPECT_EQ(one_per_pair["total"], 2);
  ASSERT_EQ(one_per_pair["hits"].size(), 2u);
  // The hit kept names the other version, so nothing is out of reach.
  for (const json& hit : one_per_pair["hits"]) {
    if (hit["id"] != "en-notice") {
      EXPECT_EQ(hit["translations"].size(), 1u);
    }
  }
  // Facets count releases, both versions of a pair, as without collapse.
  EXPECT_EQ(one_per_pair["facets"]["lang"], all["facets"]["lang"]);
  EXPECT_EQ(d.get_json(day + "&collapse=none")["total"], 3);
  // The feed lists the newest matches one per pair too.
  auto count_entries = [&](const std::string& query) {
    auto res = d.client().Get("/api/feed.atom" + query);
    EXPECT_TRUE(res && res->status == 200);
    size_t n = 0;
    for (size_t at = res ? res->body.find("<entry>") : std::string::npos; at != std::string::npos;
         at = res->body.find("<entry>", at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(count_entries("?from=2019-02-20&to=2019-02-20"), 3u);
  EXPECT_EQ(count_entries("?from=2019-02-20&to=2019-02-20&collapse=translations"), 2u);
  // POST takes it as GET does.
  auto res = d.client().Post("/api/search", R"({"from":"2019-02-20","to":"2019-02-20","collapse":"translations"})",
                             "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(json::parse(res->body)["total"], 2);
}

TEST_F(LinkedVersions, BadCollapseValuesAreNamed) {
  write_pair();
  index();
  Daemon d(db);
  int status = 0;
  json error = d.get_json("/api/search?collapse=pairs", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error["error"]["param"], "collapse") << error.dump();
  error = d.get_json("/api/search?collapse=translations&collapse=none", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error["error"]["param"], "collapse") << error.dump();
  error = d.get_json("/api/export?format=ndjson&collapse=translations", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error["error"]["param"], "collapse") << error.dump();
  error = d.get_json("/api/trends?q=Pompeo&collapse=translations", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error["error"]["param"], "collapse") << error.dump();
}

// Every pair the sample's README lists is linked, and nothing else.
TEST(LinkedVersionsSample, TheSamplePairsAreLinked) {
  TempDir dir;
  const fs::path db = dir.path() / "db";
  const CommandResult r = run_indexer({"--db", db.string(), copy_sample(dir.path()).string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::pair<std::string, std::string>> gold;
  std::ifstream readme(fs::path(DIPSEARCH_SAMPLE_DIR) / "README.md");
  for (std::string line; std::getline(readme, line);) {
    if (line.rfind("| mofa-en-", 0) == 0) gold.emplace(line.substr(2, 14), line.substr(line.find("mofa-ko-"), 14));
  }
  ASSERT_EQ(gold.size(), 12u);
  Daemon d(db);
  const json en = d.get_json("/api/search?lang=en&per_page=100&fields=id,translations");
  std::set<std::pair<std::string, std::string>> found;
  for (const json& hit : en["hits"]) {
    for (const json& t : hit["translations"]) found.emplace(hit["id"], t["id"]);
  }
  EXPECT_EQ(found, gold);
}

}  // namespace
}  // namespace dipsearch::testing
