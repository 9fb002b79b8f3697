// dipsearch-fetch against a board on 127.0.0.1: first and incremental runs, conditional
// requests, changed and removed releases, a 500, a slow answer, a redirect, robots.txt, the
// lock, exit codes, the report, and the indexer reading what it wrote.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "../unit/file_contents.h"
#include "common/program/process_lock.h"
#include "fake_board_site.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Behaviour = FakeBoardSite::Behaviour;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class FetcherCli : public ::testing::Test {
 protected:
  FakeBoardSite site;
  TempDir dir;
  fs::path out = dir.path() / "releases";
  fs::path sources = dir.path() / "sources";

  void SetUp() override {
    // Short timeouts and no delay: the site is local, and every test ends in seconds.
    write_source("board", "\"politeness\": {\"delay_seconds\": 0, \"timeout_seconds\": 0.8, \"retries\": 1, "
                          "\"retry_backoff_seconds\": 0, \"max_pages\": 5}");
    for (int seq = 101; seq <= 105; ++seq) {
      site.put(seq, {board_release_page("Minister Meets Envoy " + std::to_string(seq), "2026-11-" + std::to_string(seq - 80),
                                        "The Minister met the envoy to discuss item " + std::to_string(seq) + "."),
                     "2026-11-" + std::to_string(seq - 80)});
    }
    site.list(1, {105, 104, 103});
    site.list(2, {102, 101});
  }

  void write_source(const std::string& name, const std::string& politeness) {
    write_file(sources / (name + ".json"),
               "{\"description\": \"A board on the test machine\", \"lang\": \"en\",\n"
               " \"list_url\": \"" + site.base() + "/board/list.do?page={page}\",\n"
               " \"release_link\": \"/board/view\\\\.do\\\\?(?:[^#]*&)?seq=([0-9]+)\",\n"
               " \"release_url\": \"" + site.base() + "/board/view.do?seq={id}\",\n"
               " \"id_prefix\": \"test-en-\",\n"
               " \"list_date\": \"([0-9]{4})-([0-9]{2})-([0-9]{2})\",\n " + politeness + "}\n");
  }

  CommandResult fetch(std::vector<std::string> extra = {}) {
    std::vector<std::string> argv{DIPSEARCH_FETCH_BIN, "--sources", sources.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back(out.string());
    return run_command(argv, 60);
  }

  fs::path saved(int seq) const { return out / "board" / "0" / ("test-en-" + std::to_string(seq) + ".html"); }
  std::string release_path(int seq) const { return "/board/view.do?seq=" + std::to_string(seq); }
};

TEST_F(FetcherCli, FirstRunSavesEveryListedReleaseWithItsUrlInTheSidecar) {
  const CommandResult r = fetch({"--report", (dir.path() / "report.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 5 new, 0 updated, 0 unchanged, 0 failed; 3 list pages, reached the end"))
      << r.out;
  for (int seq = 101; seq <= 105; ++seq) {
    ASSERT_TRUE(fs::exists(saved(seq))) << seq;
    EXPECT_TRUE(contains(file_contents(saved(seq)), "Minister Meets Envoy " + std::to_string(seq)));
  }
  const std::string sidecar = file_contents(out / "board" / "0" / "manifest.tsv");
  EXPECT_EQ(sidecar.rfind("id\turl\tlang\n", 0), 0u) << sidecar;
  EXPECT_TRUE(contains(sidecar, "test-en-103\t" + site.base() + "/board/view.do?seq=103\ten\n")) << sidecar;
  // Nothing half-written is left for the indexer.
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
  }
  const json report = json::parse(file_contents(dir.path() / "report.json"));
  EXPECT_EQ(report["status"], "ok");
  EXPECT_EQ(report["added"], 5);
  EXPECT_EQ(report["sources"][0]["stopped"], "end");
  EXPECT_EQ(report["sources"][0]["list_pages"], 3);
  EXPECT_EQ(site.hits("/robots.txt"), 1);
  EXPECT_EQ(site.last_user_agent().rfind("dipsearch-fetch/", 0), 0u) << site.last_user_agent();
}

TEST_F(FetcherCli, NextRunStopsAtTheFirstPageOfKnownReleasesAndFetchesOnlyNewOnes) {
  ASSERT_EQ(fetch().exit_code, 0);
  site.clear_requests();
  CommandResult r = fetch();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 0 new, 0 updated, 0 unchanged, 0 failed; 1 list page, stopped at a page of known"))
      << r.out;
  EXPECT_EQ(site.hits("/board/list.do?page=2"), 0);
  for (int seq = 101; seq <= 105; ++seq) EXPECT_EQ(site.hits(release_path(seq)), 0) << seq;

  site.put(106, {board_release_page("Minister Visits Lima", "2026-11-27", "A new release."), "2026-11-27"});
  site.list(1, {106, 105, 104});
  site.list(2, {103, 102, 101});
  site.clear_requests();
  r = fetch();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 1 new")) << r.out;
  EXPECT_TRUE(fs::exists(saved(106)));
  EXPECT_EQ(site.hits(release_path(106)), 1);
  // The known releases on the page with the new one are asked for conditionally (304),
  // and the walk stops at page 2, where every release is known.
  EXPECT_EQ(site.hits(release_path(105)), 1);
  EXPECT_EQ(site.hits("/board/list.do?page=3"), 0);
  EXPECT_TRUE(contains(file_contents(out / "board" / "0" / "manifest.tsv"), "test-en-106\t"));
}

TEST_F(FetcherCli, RecheckUpdatesChangedPagesKeepsRemovedOnesAndSaysWhichFailed) {
  ASSERT_EQ(fetch().exit_code, 0);
  const std::string before = file_contents(saved(102));
  site.put(104, {board_release_page("Minister Meets Envoy 104 (corrected)", "2026-11-24", "Corrected text."),
                 "2026-11-24"});
  site.put(102, {"", "2026-11-22", Behaviour::kGone});
  const CommandResult r = fetch({"--recheck"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 0 new, 1 updated, 3 unchanged, 1 failed")) << r.out;
  EXPECT_TRUE(contains(file_contents(saved(104)), "(corrected)"));
  EXPECT_TRUE(contains(r.err, release_path(102) + ": HTTP 404 (the saved copy is kept)")) << r.err;
  EXPECT_EQ(file_contents(saved(102)), before);
}

TEST_F(FetcherCli, ServerErrorsSlowAnswersRedirectsAndRobotsAreHandledAndReported) {
  site.put(101, {board_release_page("Retried", "2026-11-21", "Served after one error."), "2026-11-21",
                 Behaviour::kErrorOnce});
  site.put(102, {"", "2026-11-22", Behaviour::kServerError});
  site.put(103, {board_release_page("Slow", "2026-11-23", "Too slow."), "2026-11-23", Behaviour::kSlow});
  site.put(104, {board_release_page("Moved Release", "2026-11-24", "Served from its new place."), "2026-11-24",
                 Behaviour::kRedirect});
  site.put(105, {board_release_page("Private", "2026-11-25", "Not for robots."), "2026-11-25", Behaviour::kForbidden});
  const fs::path report_file = dir.path() / "report.json";
  const CommandResult r = fetch({"--report", report_file.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::exists(saved(101)));  // retried after the 500
  EXPECT_EQ(site.hits(release_path(101)), 2);
  EXPECT_FALSE(fs::exists(saved(102)));
  EXPECT_EQ(site.hits(release_path(102)), 2);  // the first attempt and one retry
  EXPECT_TRUE(contains(r.err, release_path(102) + ": HTTP 500")) << r.err;
  EXPECT_FALSE(fs::exists(saved(103)));
  EXPECT_TRUE(contains(r.err, release_path(103) + ": no whole answer within 0.8 s")) << r.err;
  ASSERT_TRUE(fs::exists(saved(104)));
  EXPECT_TRUE(contains(file_contents(saved(104)), "Moved Release"));
  EXPECT_FALSE(fs::exists(saved(105)));
  EXPECT_EQ(site.hits("/private/view.do?seq=105"), 0);  // robots.txt forbids the redirect's target

  const json report = json::parse(file_contents(report_file));
  EXPECT_EQ(report["status"], "partial");
  EXPECT_EQ(report["exit_code"], 1);
  EXPECT_EQ(report["added"], 2);
  EXPECT_EQ(report["failed"], 2);
  EXPECT_EQ(report["disallowed"], 1);
  ASSERT_EQ(report["skipped"].size(), 1u);
  EXPECT_TRUE(contains(report["skipped"][0]["reason"].get<std::string>(), "forbidden to robots"));
  ASSERT_EQ(report["failures"].size(), 2u);  // in the order they happened: page 1, then page 2
  EXPECT_EQ(report["failures"][0]["url"], site.base() + release_path(103));
  EXPECT_EQ(report["failures"][1]["url"], site.base() + release_path(102));
  EXPECT_EQ(report["failures"][1]["reason"], "HTTP 500");
}

TEST_F(FetcherCli, SinceSkipsOlderReleasesAndStopsAtAPageOfThem) {
  const CommandResult r = fetch({"--since", "2026-11-24"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 2 new, 0 updated, 0 unchanged, 0 failed, 3 older than --since; 2 list pages"))
      << r.out;
  EXPECT_TRUE(fs::exists(saved(105)));
  EXPECT_TRUE(fs::exists(saved(104)));
  EXPECT_FALSE(fs::exists(saved(103)));
  EXPECT_EQ(site.hits(release_path(103)), 0);
  EXPECT_EQ(site.hits("/board/list.do?page=3"), 0);
}

TEST_F(FetcherCli, MaxPagesBoundsTheWalk) {
  const CommandResult r = fetch({"--max-pages", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "board: 3 new, 0 updated, 0 unchanged, 0 failed; 1 list page, stopped at the page limit"))
      << r.out;
  EXPECT_EQ(site.hits("/board/list.do?page=2"), 0);
}

TEST_F(FetcherCli, QuietRunPrintsNothingWhenAllIsWell) {
  const CommandResult r = fetch({"--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST_F(FetcherCli, ASecondRunIsRefusedWhileTheLockIsHeld) {
  fs::create_directories(out);
  const ProcessLock held(out / ".dipsearch-fetch.lock", "2026-12-01T00:00:00Z");
  // The report file the holder's run is going to write keeps what the last run wrote.
  const fs::path report_file = dir.path() / "report.json";
  const std::string last_run = R"({"status": "ok", "exit_code": 0})";
  std::ofstream(report_file) << last_run;
  const CommandResult r = fetch({"--report", report_file.string()});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "another dipsearch-fetch is writing " + out.string())) << r.err;
  EXPECT_EQ(file_contents(report_file), last_run);
  EXPECT_TRUE(site.requests().empty());
}

TEST_F(FetcherCli, ABoardThatChangedItsLinksIsAnErrorNamingTheSourceFile) {
  site.list(1, {});
  const CommandResult r = fetch();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "no release links among the")) << r.err;
  EXPECT_TRUE(contains(r.err, "Check release_link in " + (sources / "board.json").string())) << r.err;
}

TEST_F(FetcherCli, BadSourceFilesAndOptionsAreUsageErrors) {
  write_file(sources / "broken.json", "{\"lang\": \"fr\"}");
  CommandResult r = fetch();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, (sources / "broken.json").string() + ": \"lang\" must be \"en\" or \"ko\"")) << r.err;
  fs::remove(sources / "broken.json");

  r = fetch({"--since", "yesterday"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "--since wants a date as YYYY-MM-DD, not 'yesterday'")) << r.err;
  r = fetch({"--source", "nonesuch"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "no source 'nonesuch'")) << r.err;
  r = run_command({DIPSEARCH_FETCH_BIN});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "no DIR given")) << r.err;
  EXPECT_TRUE(site.requests().empty());
}

TEST_F(FetcherCli, InputQuotedInMessagesAndTheReportIsEscapedToOneLine) {
  // A source name from the command line with a line break and a terminal escape in it: the
  // message stays one printable line, and the failure report is JSON that names it escaped.
  const fs::path report_file = dir.path() / "report.json";
  const CommandResult r = fetch({"--source", "evil\nforged line \x1b[2J", "--report", report_file.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "no source 'evil\\x0Aforged line \\x1B[2J'")) << r.err;
  EXPECT_FALSE(contains(r.err, "\x1b")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;  // the message and the hint to --help
  const json report = json::parse(file_contents(report_file));
  EXPECT_EQ(report["status"], "usage");
  EXPECT_TRUE(contains(report["error"].get<std::string>(), "'evil\\x0Aforged line \\x1B[2J'")) << report.dump();
}

TEST_F(FetcherCli, TheIndexerReadsWhatTheFetcherWrote) {
  ASSERT_EQ(fetch().exit_code, 0);
  const CommandResult r = run_indexer({"--db", (dir.path() / "db").string(), out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "added 5, updated 0, unchanged 0, deleted 0, rejected 0")) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;  // the sidecar's every line is one the indexer accepts

  // The board's pages name no URL of their own: each stored release has the one its
  // sidecar line gives, the page it was fetched from.
  Daemon d(dir.path() / "db");
  for (int seq = 101; seq <= 105; ++seq) {
    const json doc = d.get_json("/api/documents/test-en-" + std::to_string(seq));
    EXPECT_EQ(doc["url"], site.base() + release_path(seq)) << doc.dump();
    EXPECT_EQ(doc["lang"], "en");
    EXPECT_EQ(doc["title"], "Minister Meets Envoy " + std::to_string(seq));
  }
  EXPECT_EQ(d.get_json("/api/search?q=envoy")["total"], 5);
}

TEST(FetcherHelp, ListsTheBundledSourcesAndDescribesTheExitCodes) {
  CommandResult r = run_command({DIPSEARCH_FETCH_BIN, "--list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "mofa-en\ten\thttps://www.mofa.go.kr/eng/brd/m_5676/list.do?page={page}")) << r.out;
  EXPECT_TRUE(contains(r.out, "mofa-ko\tko\thttps://www.mofa.go.kr/www/brd/m_4080/list.do?page={page}")) << r.out;
  r = run_command({DIPSEARCH_FETCH_BIN, "--help"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "3  another dipsearch-fetch is writing DIR")) << r.out;
}

}  // namespace
}  // namespace dipsearch::testing
