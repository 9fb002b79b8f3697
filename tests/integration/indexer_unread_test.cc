// Incremental runs leave unread the files whose stamp (size, modification time, inode) has
// not moved since the run that indexed them. A file changed in place with its size and time
// put back shows whether a run read it: its old release stays only if it was not read.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include <xapian.h>

#include "common/index/stored_document.h"
#include "common/schema.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr time_t kLongAgo = 1600000000;  // 2020-09-13: files well settled before any run

void set_mtime(const fs::path& p, time_t seconds, long nanoseconds = 0) {
  const struct timespec times[2] = {{seconds, nanoseconds}, {seconds, nanoseconds}};
  ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), times, 0), 0) << p;
}

// Rewrites a file in place (same inode) with content of the same size, and puts its
// modification time back: only reading the file could tell it changed.
void replace_unnoticeably(const fs::path& p, const std::string& from, const std::string& to) {
  ASSERT_EQ(from.size(), to.size());
  struct stat before {};
  ASSERT_EQ(::stat(p.c_str(), &before), 0);
  std::ifstream in(p, std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const size_t at = content.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  content.replace(at, from.size(), to);
  std::fstream(p, std::ios::binary | std::ios::in | std::ios::out) << content;
  set_mtime(p, before.st_mtim.tv_sec, before.st_mtim.tv_nsec);
  struct stat after {};
  ASSERT_EQ(::stat(p.c_str(), &after), 0);
  ASSERT_EQ(after.st_ino, before.st_ino);
  ASSERT_EQ(after.st_size, before.st_size);
}

std::string jsonl_line(int n, const std::string& city) {
  return R"({"id":"j)" + std::to_string(n) + R"(","title":"Meeting )" + std::to_string(n) +
         R"(","date":"2021-02-01","body":"The ministers met in )" + city + "\"}\n";
}

class IndexerUnread : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";
  fs::path report = dir.path() / "report.json";

  // A run over src (plus extra arguments first); its report.
  json index(std::vector<std::string> extra = {}, int expected_exit = 0) {
    std::vector<std::string> args{"--db", db.string(), "--report", report.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(src.string());
    CommandResult r = run_indexer(args);
    EXPECT_EQ(r.exit_code, expected_exit) << r.out << r.err;
    last_err = r.err;
    std::ifstream in(report);
    return json::parse(in);
  }

  // The stored body of a release, read from the database.
  std::string body_of(const std::string& id) {
    Xapian::Database xdb(db.string());
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator p = xdb.postlist_begin(term);
    if (p == xdb.postlist_end(term)) return "(missing)";
    return decode_stored(xdb.get_document(*p).get_data()).body;
  }

  void write_page(const std::string& name, const std::string& body) {
    write_file(src / name, page("Talks", "2021-01-02", body));
    set_mtime(src / name, kLongAgo);
  }

  std::string last_err;
};

TEST_F(IndexerUnread, AnUnchangedFileIsNotReadAndATouchedOneIs) {
  write_page("a.txt", "The ministers met in Tokyo.");
  write_page("b.txt", "The ministers met in Lima.");
  json r = index();
  EXPECT_EQ(r["added"], 2);
  EXPECT_EQ(r["files_read"], 2);

  replace_unnoticeably(src / "a.txt", "Tokyo", "Osaka");
  r = index();
  EXPECT_EQ(r["unchanged"], 2);
  EXPECT_EQ(r["files_read"], 0);
  EXPECT_EQ(r["files_unread"], 2);
  EXPECT_NE(body_of("a").find("Tokyo"), std::string::npos) << "a.txt was read";

  set_mtime(src / "a.txt", kLongAgo + 1);  // touched: read again
  r = index();
  EXPECT_EQ(r["updated"], 1);
  EXPECT_EQ(r["unchanged"], 1);
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_NE(body_of("a").find("Osaka"), std::string::npos);

  r = index();  // and stamped again
  EXPECT_EQ(r["files_unread"], 2);
  EXPECT_EQ(r["changed"], false);
}

TEST_F(IndexerUnread, ATouchedButUnchangedFileIsStampedAgainNotRewritten) {
  write_page("a.txt", "The ministers met in Tokyo.");
  index();
  set_mtime(src / "a.txt", kLongAgo + 1);
  json r = index();
  EXPECT_EQ(r["unchanged"], 1);
  EXPECT_EQ(r["updated"], 0);
  EXPECT_EQ(r["files_read"], 1);
  r = index();
  EXPECT_EQ(r["files_unread"], 1);
}

TEST_F(IndexerUnread, TheReleasesOfADeletedFileAreDeleted) {
  write_page("a.txt", "The ministers met in Tokyo.");
  write_page("b.txt", "The ministers met in Lima.");
  index();
  fs::remove(src / "b.txt");
  json r = index();
  EXPECT_EQ(r["deleted"], 1);
  EXPECT_EQ(r["unchanged"], 1);
  EXPECT_EQ(r["files_unread"], 1);
  EXPECT_EQ(body_of("b"), "(missing)");
  EXPECT_NE(body_of("a").find("Tokyo"), std::string::npos);
}

TEST_F(IndexerUnread, AJsonlFileOfManyReleasesIsSkippedWhole) {
  std::string lines;
  for (int n = 1; n <= 40; ++n) lines += jsonl_line(n, n % 2 ? "Seoul" : "Busan");
  write_file(src / "feed.jsonl", lines);
  set_mtime(src / "feed.jsonl", kLongAgo);
  json r = index();
  EXPECT_EQ(r["added"], 40);

  replace_unnoticeably(src / "feed.jsonl", "Seoul", "Tokyo");
  r = index();
  EXPECT_EQ(r["unchanged"], 40);
  EXPECT_EQ(r["files_unread"], 1);
  EXPECT_NE(body_of("j1").find("Seoul"), std::string::npos);

  set_mtime(src / "feed.jsonl", kLongAgo + 1);
  r = index();
  EXPECT_EQ(r["updated"], 1);
  EXPECT_EQ(r["unchanged"], 39);
  EXPECT_NE(body_of("j1").find("Tokyo"), std::string::npos);
}

TEST_F(IndexerUnread, AFileWithARejectionIsReadByEveryRun) {
  write_file(src / "feed.jsonl", jsonl_line(1, "Seoul") + "not json\n" + jsonl_line(3, "Busan"));
  set_mtime(src / "feed.jsonl", kLongAgo);
  json r = index({}, 1);
  EXPECT_EQ(r["added"], 2);
  r = index({}, 1);
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_EQ(r["unchanged"], 2);
  EXPECT_NE(last_err.find("feed.jsonl:2"), std::string::npos) << last_err;
}

TEST_F(IndexerUnread, ADuplicateIdIsReportedAgainAndTakenOverWhenTheFirstGoes) {
  write_file(src / "a" / "same.txt", page("First copy", "2021-01-02", "Alpha text."));
  write_file(src / "b" / "same.txt", page("Second copy", "2021-01-03", "Beta text."));
  set_mtime(src / "a" / "same.txt", kLongAgo);
  set_mtime(src / "b" / "same.txt", kLongAgo);
  index({}, 1);
  json r = index({}, 1);  // the first file is not read; the second still is, and rejected
  EXPECT_EQ(r["files_unread"], 1);
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_NE(last_err.find("b/same.txt"), std::string::npos) << last_err;

  fs::remove(src / "a" / "same.txt");
  r = index();
  EXPECT_EQ(r["updated"], 1);
  EXPECT_EQ(r["deleted"], 0);
  EXPECT_NE(body_of("same").find("Beta"), std::string::npos);
}

TEST_F(IndexerUnread, ANewFileBeforeAnUnreadOneTakesItsIdAndTheUnreadOneIsReadToSaySo) {
  write_file(src / "b" / "same.txt", page("Old copy", "2021-01-02", "Alpha text."));
  set_mtime(src / "b" / "same.txt", kLongAgo);
  index();
  write_file(src / "a" / "same.txt", page("New copy", "2021-01-03", "Beta text."));
  set_mtime(src / "a" / "same.txt", kLongAgo);
  json r = index({}, 1);
  EXPECT_EQ(r["files_read"], 2);
  EXPECT_NE(last_err.find("b/same.txt"), std::string::npos) << last_err;
  EXPECT_NE(body_of("same").find("Beta"), std::string::npos);
}

TEST_F(IndexerUnread, AFileModifiedJustBeforeTheRunIsReadAgainNextTime) {
  write_page("a.txt", "The ministers met in Tokyo.");
  set_mtime(src / "a.txt", ::time(nullptr) + 3600);  // not yet settled, however slow the run
  index();
  json r = index();
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_EQ(r["unchanged"], 1);
}

TEST_F(IndexerUnread, ARebuildReadsEveryFile) {
  write_page("a.txt", "The ministers met in Tokyo.");
  index();
  replace_unnoticeably(src / "a.txt", "Tokyo", "Osaka");
  json r = index({"--rebuild"});
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_NE(body_of("a").find("Osaka"), std::string::npos);
}

TEST_F(IndexerUnread, ChangedEntityDataMakesTheNextRunReadEveryFile) {
  const fs::path data = copy_data(dir.path());
  write_page("a.txt", "The ministers met in Tokyo.");
  index({"--data-dir", data.string()});
  std::ofstream(data / "countries" / "aliases.tsv", std::ios::app) << "# a comment added\n";
  json r = index({"--data-dir", data.string()});
  EXPECT_EQ(r["files_read"], 1);
  EXPECT_EQ(r["changed"], true);  // commits the new data's key, so that
  r = index({"--data-dir", data.string()});
  EXPECT_EQ(r["files_unread"], 1);  // the next run trusts the stamps again
}

TEST_F(IndexerUnread, ShardsSkipFilesAlike) {
  std::string lines;
  for (int n = 1; n <= 12; ++n) lines += jsonl_line(n, "Seoul");
  write_file(src / "feed.jsonl", lines);
  set_mtime(src / "feed.jsonl", kLongAgo);
  write_page("a.txt", "The ministers met in Tokyo.");
  index({"--shards", "3"});
  json r = index();
  EXPECT_EQ(r["files_unread"], 2);
  EXPECT_EQ(r["unchanged"], 13);
  fs::remove(src / "feed.jsonl");
  r = index({"--allow-empty"});  // 12 of 13 releases: more than the deletion guard lets go unasked
  EXPECT_EQ(r["deleted"], 12);
  EXPECT_EQ(r["files_unread"], 1);
}

}  // namespace
}  // namespace dipsearch::testing
