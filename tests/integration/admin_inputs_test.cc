// Bad inputs among good ones: corrupt, empty, binary, non-UTF-8, 50 MB and malformed JSONL
// files are each reported with their path (and line) and reason, the run exits 1, and
// every good release is indexed.
#include <gtest/gtest.h>

#include <fstream>

#include "admin_corpus.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Rejections in a --report, by file name (and line, as "name:line").
std::map<std::string, std::string> rejections_by_file(const json& report) {
  std::map<std::string, std::string> out;
  for (const auto& r : report["rejections"]) {
    std::string key = fs::path(r["path"].get<std::string>()).filename().string();
    if (r.contains("line")) key += ":" + std::to_string(r["line"].get<int>());
    out[key] = r["reason"].get<std::string>();
  }
  return out;
}

std::string jsonl_line(const std::string& id, const std::string& body) {
  return json{{"id", id}, {"title", "Statement " + id}, {"date", "2022-05-01"}, {"body", body}}.dump() + "\n";
}

class AdminInputs : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";
  fs::path report = dir.path() / "report.json";

  json run_with_report(int expected_exit) {
    CommandResult r = run_indexer({"--db", db.string(), "--report", report.string(), src.string()});
    EXPECT_EQ(r.exit_code, expected_exit) << r.out << r.err;
    last_err = r.err;
    std::ifstream in(report);
    return json::parse(in);
  }
  std::string last_err;
};

TEST_F(AdminInputs, EachBadInputIsReportedAndEverythingElseIndexed) {
  write_file(src / "good-1.txt", release_page("Talks with Japan", "2022-01-02", "The ministers met in Tokyo."));
  write_file(src / "good-2.html",
             "<html><head><title>Talks with Peru</title></head><body><main><h1>Talks with Peru</h1>"
             "<p>Date : 2022-01-03</p><p>The ministers met in Lima to discuss trade.</p></main></body></html>");
  write_file(src / "empty.txt", "");
  write_file(src / "blank.txt", " \n\t\n");
  write_file(src / "binary.txt", std::string("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10) + std::string(200, '\0'));
  write_file(src / "image.html", std::string("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xff", 19));
  write_file(src / "latin1.txt", "Caf\xe9 diplomacy\n\nDate : 2022-01-04\n\nThe minister visited a caf\xe9.\n");
  write_file(src / "truncated.json", R"({"id": "cut", "title": "Cut short", "body": "The file ends in the mid)");
  write_file(src / "gzipped.json", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd", 13));
  // 50 MB of page text: a dump saved under a page's name.
  {
    std::ofstream huge(src / "huge.txt", std::ios::binary);
    huge << "Huge statement\n\nDate : 2022-01-05 10:00:00\n\n";
    const std::string line(999, 'a');
    for (int i = 0; i < 50 * 1000; ++i) huge << line << '\n';
  }
  write_file(src / "feed.jsonl", jsonl_line("feed-1", "Seoul meeting on trade.") +
                                     "{\"id\": \"feed-2\", \"title\": \"Broken\"\n" +
                                     jsonl_line("feed-3", "Busan meeting on fisheries.") +
                                     "{\"id\":\"feed-4\",\"title\":\"Bad bytes\",\"body\":\"caf\xe9\"}\n" +
                                     jsonl_line("feed-5", std::string(5 << 20, 'x')) +
                                     "\n" + jsonl_line("feed-7", "Incheon meeting on ports."));

  json j = run_with_report(1);
  const auto rejected = rejections_by_file(j);
  const std::map<std::string, std::string> expected_reasons = {
      {"empty.txt", "empty file"},
      {"blank.txt", "empty file"},
      {"binary.txt", "NUL byte"},
      {"image.html", "not valid UTF-8"},
      {"latin1.txt", "not valid UTF-8"},
      {"truncated.json", "JSON"},
      {"gzipped.json", "not valid UTF-8"},
      {"huge.txt", "file too large for a release page"},
      {"feed.jsonl:2", "JSON"},
      {"feed.jsonl:4", "UTF-8"},
      {"feed.jsonl", "release 'feed-5' is too large"},
  };
  for (const auto& [file, reason] : expected_reasons) {
    ASSERT_TRUE(rejected.count(file)) << file << " not reported; report: " << j.dump(2);
    EXPECT_NE(rejected.at(file).find(reason), std::string::npos) << file << ": " << rejected.at(file);
    // stderr names the same file (and line) with the same reason.
    EXPECT_NE(last_err.find(file), std::string::npos) << last_err;
  }
  EXPECT_EQ(rejected.size(), expected_reasons.size()) << j.dump(2);
  EXPECT_EQ(j["added"], 5);  // good-1, good-2, feed-1, feed-3, feed-7
  EXPECT_EQ(j["status"], "rejected");

  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/health")["documents"], 5);
  EXPECT_EQ(daemon.get_json("/api/search?q=Lima")["total"], 1);
  EXPECT_EQ(daemon.get_json("/api/search?q=Incheon")["total"], 1);
}

TEST_F(AdminInputs, AFileThatTurnsBadKeepsItsLastGoodVersion) {
  write_file(src / "kept.txt", release_page("Talks with Chile", "2022-02-02", "The ministers met in Santiago."));
  write_file(src / "feed.jsonl", jsonl_line("feed-1", "Daegu meeting on culture."));
  EXPECT_EQ(run_with_report(0)["added"], 2);

  // A crawler truncates the page and swaps in a huge body for the feed's release: both are
  // rejected, and the versions already indexed stay searchable.
  write_file(src / "kept.txt", "");
  write_file(src / "feed.jsonl", jsonl_line("feed-1", std::string(5 << 20, 'y')));
  json j = run_with_report(1);
  EXPECT_EQ(j["deleted"], 0);
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/search?q=Santiago")["total"], 1);
  EXPECT_EQ(daemon.get_json("/api/search?q=Daegu")["total"], 1);

  // Gone for good: now it is deleted.
  fs::remove(src / "kept.txt");
  write_file(src / "feed.jsonl", jsonl_line("feed-1", "Daegu meeting on culture and sport."));
  EXPECT_EQ(run_with_report(0)["deleted"], 1);
}

}  // namespace
}  // namespace dipsearch::testing
