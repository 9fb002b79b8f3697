// dipsearch-index as admins run it: incremental runs, deletions, bad inputs, the lock,
// exit codes and the report.
#include <gtest/gtest.h>
#include <sched.h>

#include <fstream>

#include "common/index/database_layout.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class IndexerCli : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";

  CommandResult index(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--db", db.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    if (std::find(extra.begin(), extra.end(), "--") == extra.end() && extra.empty()) args.push_back(src.string());
    return run_indexer(args);
  }
};

TEST_F(IndexerCli, IncrementalRunsAddUpdateSkipAndDelete) {
  write_file(src / "a.txt", page("Talks with Japan", "2021-01-02", "The ministers met in Tokyo."));
  write_file(src / "b.txt", page("Talks with Peru", "2021-01-03", "The ministers met in Lima."));
  CommandResult r = index();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 2, updated 0, unchanged 0, deleted 0, rejected 0"), std::string::npos) << r.out;

  r = index();
  EXPECT_NE(r.out.find("added 0, updated 0, unchanged 2, deleted 0"), std::string::npos) << r.out;

  write_file(src / "b.txt", page("Talks with Peru", "2021-01-03", "The ministers met in Lima again."));
  write_file(src / "c.txt", page("Talks with Chile", "2021-01-04", "The ministers met in Santiago."));
  fs::remove(src / "a.txt");
  r = index();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 1, updated 1, unchanged 0, deleted 1"), std::string::npos) << r.out;

  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/health")["documents"], 2);
  EXPECT_EQ(d.get_json("/api/search?q=Tokyo")["total"], 0);
  EXPECT_EQ(d.get_json("/api/search?q=again")["total"], 1);
}

TEST_F(IndexerCli, DeletesOnlyWithinTheSourcesGiven) {
  write_file(src / "one" / "a.txt", page("Talks with Japan", "2021-01-02", "Tokyo meeting."));
  write_file(src / "one" / "c.txt", page("Talks with Chile", "2021-01-04", "Santiago meeting."));
  write_file(src / "two" / "b.txt", page("Talks with Peru", "2021-01-03", "Lima meeting."));
  ASSERT_EQ(index({(src / "one").string(), (src / "two").string()}).exit_code, 0);
  CommandResult r = index({(src / "one").string()});
  EXPECT_NE(r.out.find("deleted 0"), std::string::npos) << r.out;
  fs::remove(src / "one" / "a.txt");
  r = index({(src / "one").string()});
  EXPECT_NE(r.out.find("deleted 1"), std::string::npos) << r.out;
  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/health")["documents"], 2);
}

TEST_F(IndexerCli, BadInputsAreReportedAndTheRestIndexed) {
  write_file(src / "good.txt", page("Talks with Japan", "2021-01-02", "The ministers met in Tokyo."));
  write_file(src / "empty.txt", "");
  write_file(src / "latin1.txt", "Caf\xe9 statement\n\nDate : 2021-01-01\n\nBody text here.\n");
  write_file(src / "lines.jsonl",
             "{\"id\":\"j1\",\"title\":\"First\",\"date\":\"2021-02-01\",\"body\":\"Seoul meeting\"}\n"
             "this is not json\n"
             "{\"id\":\"j3\",\"title\":\"Third\",\"date\":\"2021-02-03\",\"body\":\"Busan meeting\"}\n");
  write_file(src / "broken.json", "{\"id\": \"x\", ");
  write_file(src / "baddate.json", R"({"id":"bd","title":"T","date":"2021-13-45","body":"B"})");
  fs::path report = dir.path() / "report.json";
  CommandResult r = index({"--report", report.string(), src.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latin1.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lines.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken.json"), std::string::npos) << r.err;
  // An impossible date is warned of, and its release indexed undated.
  EXPECT_NE(r.err.find("warning: " + (src / "baddate.json").string() + ": date \"2021-13-45\""), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("added 4"), std::string::npos) << r.out;

  std::ifstream in(report);
  json j = json::parse(in);
  EXPECT_EQ(j["added"], 4);
  EXPECT_EQ(j["rejected"], 4);
  ASSERT_EQ(j["rejections"].size(), 4u);
  for (const auto& rej : j["rejections"]) EXPECT_FALSE(rej["reason"].get<std::string>().empty());
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_EQ(fs::path(j["warnings"][0]["path"].get<std::string>()).filename(), "baddate.json");
}

// Dates no calendar has, in a page's date line and in a JSONL field: nothing is rejected (exit
// 0), every release is searchable without a date, and each run names file, line and value again.
TEST_F(IndexerCli, ImpossibleDatesAreIndexedUndatedWithWarnings) {
  write_file(src / "month-13.txt", "Talks with Chile\nDate 2019-13-01\nThe ministers met in Santiago today.\n");
  write_file(src / "month-40.txt", "Talks with Peru\n2020-40-10\nThe ministers met in Lima today.\n");
  write_file(src / "feb-30.txt", "칠레와 회담\n작성일 2023.02.30\n장관은 오늘 산티아고에서 회담을 가졌다.\n");
  write_file(src / "feed.jsonl", "{\"id\":\"j1\",\"title\":\"Talks\",\"date\":\"2020-40-10\",\"body\":\"Busan talks\"}\n");
  const fs::path report = dir.path() / "report.json";
  for (int run = 0; run < 2; ++run) {
    CommandResult r = index({"--report", report.string(), src.string()});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    for (const std::string where : {"month-13.txt: date \"2019-13-01\"", "month-40.txt: date \"2020-40-10\"",
                                    "feb-30.txt: date \"2023.02.30\"", "feed.jsonl:1: date \"2020-40-10\""}) {
      EXPECT_NE(r.err.find(where), std::string::npos) << where << " not in: " << r.err;
    }
    const json j = json::parse(std::ifstream(report));
    EXPECT_EQ(j["status"], "ok");
    EXPECT_EQ(j["rejected"], 0);
    EXPECT_EQ(j["warnings"].size(), 4u);
    EXPECT_EQ(j["undated"], 4) << j.dump(2);
  }
  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/health")["documents"], 4);
  const json hit = d.get_json("/api/search?q=Santiago&lang=en");
  ASSERT_EQ(hit["total"], 1);
  EXPECT_FALSE(hit["hits"][0].contains("date") && !hit["hits"][0]["date"].is_null() &&
               !hit["hits"][0]["date"].get<std::string>().empty())
      << hit.dump(2);
}

TEST_F(IndexerCli, DuplicateIdsKeepTheFirstAndNameBoth) {
  write_file(src / "a" / "same.txt", page("First copy", "2021-01-02", "Alpha text."));
  write_file(src / "b" / "same.txt", page("Second copy", "2021-01-03", "Beta text."));
  CommandResult r = index();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a/same.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("b/same.txt"), std::string::npos) << r.err;
  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/documents/same")["title"], "First copy");
}

TEST_F(IndexerCli, SecondWriterExitsThreeNamingTheHolder) {
  write_file(src / "a.txt", page("Talks", "2021-01-02", "Text."));
  WriterLock held{DatabaseLayout(db)};
  CommandResult r = index();
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(db.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pid"), std::string::npos) << r.err;
}

TEST_F(IndexerCli, RebuildSwapsInAFreshDatabase) {
  write_file(src / "a.txt", page("Talks with Japan", "2021-01-02", "Tokyo."));
  ASSERT_EQ(index().exit_code, 0);
  Daemon d(db);
  EXPECT_EQ(d.get_json("/api/search?q=Tokyo")["total"], 1);
  write_file(src / "b.txt", page("Talks with Peru", "2021-01-03", "Lima."));
  CommandResult r = index({"--rebuild", src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 2"), std::string::npos) << r.out;
  // The running daemon notices the swapped stub without a restart.
  EXPECT_EQ(d.get_json("/api/search?q=Lima")["total"], 1);
  EXPECT_EQ(d.get_json("/api/health")["documents"], 2);
}

TEST_F(IndexerCli, UsageErrorsExitTwo) {
  CommandResult r = run_indexer({"--no-such-option", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-option"), std::string::npos) << r.err;
  r = run_indexer({"--db", db.string()});
  EXPECT_EQ(r.exit_code, 2);
  r = run_indexer({"--db", db.string(), (dir.path() / "missing").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing"), std::string::npos);
  r = run_indexer({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Usage: dipsearch-index"), std::string::npos);
  r = run_indexer({"--version"});
  EXPECT_EQ(r.exit_code, 0);
}

TEST_F(IndexerCli, QuietPrintsNothingWhenAllIsWell) {
  write_file(src / "a.txt", page("Talks", "2021-01-02", "Text."));
  CommandResult r = index({"--quiet", src.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST_F(IndexerCli, JobsDefaultToTheCpusTheProcessMayUse) {
  write_file(src / "a.txt", page("Talks", "2021-01-02", "Text."));
  const fs::path report = dir.path() / "report.json";
  // One CPU allowed (as systemd's CPUAffinity= or taskset does): one analysis thread.
  std::vector<std::string> argv = indexer_argv({"--db", db.string(), "--report", report.string(), src.string()});
  cpu_set_t allowed;
  ASSERT_EQ(sched_getaffinity(0, sizeof allowed, &allowed), 0);
  int first_cpu = 0;
  while (!CPU_ISSET(first_cpu, &allowed)) ++first_cpu;
  argv.insert(argv.begin(), {"/usr/bin/taskset", "--cpu-list", std::to_string(first_cpu)});
  CommandResult r = run_command(argv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(std::ifstream(report))["jobs"], 1);
  r = index({"--jobs", "3", "--report", report.string(), src.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(std::ifstream(report))["jobs"], 3);
  r = index({"--jobs", "0", src.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--jobs wants a number from 1 to 256, not '0'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dipsearch::testing
