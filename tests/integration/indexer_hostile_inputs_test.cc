// Inputs written to break the indexer, each beside a good page: invisible characters, text
// that cannot become a document, pathological HTML and hostile file names. Each is either
// indexed properly or rejected with its path and reason, and the run goes on.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <random>
#include <set>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class HostileInputs : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src = dir.path() / "src";
  fs::path report = dir.path() / "report.json";

  // Indexes src with a good page beside whatever the test wrote, expecting `exit_code`.
  json index(int exit_code, const std::vector<std::string>& extra = {}) {
    write_file(src / "good-1.txt", page("Talks with Peru", "2022-01-03", "The ministers met in Lima."));
    std::vector<std::string> args{"--db", db.string(), "--report", report.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(src.string());
    last = run_indexer(args);
    EXPECT_EQ(last.exit_code, exit_code) << last.out << last.err;
    std::ifstream in(report);
    return json::parse(in);
  }
  // The one rejection of the report, which must name `file`.
  static std::string reason_for(const json& report, const std::string& file) {
    EXPECT_EQ(report["rejections"].size(), 1u) << report.dump(2);
    for (const auto& r : report["rejections"]) {
      if (fs::path(r["path"].get<std::string>()).filename() == file) return r["reason"];
    }
    ADD_FAILURE() << file << " not rejected: " << report.dump(2);
    return {};
  }
  CommandResult last;
};

// Random Hangul "words" of two to six syllables: nothing any page says, and every bigram
// and trigram new.
std::string random_hangul_words(size_t bytes) {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> syllable(0xAC00, 0xD7A3), length(2, 6);
  std::string out;
  while (out.size() < bytes) {
    for (int n = length(random); n > 0; --n) {
      const int c = syllable(random);
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    out += ' ';
  }
  return out;
}

TEST_F(HostileInputs, HangulFillersAreIndexedAsNothing) {
  // Blank padding as Korean pages use it: a title of a filler alone, fillers between words.
  write_file(src / "filler-1.txt", "\u3164\n\n외교부는 \u3164 무역 협의회를 개최했다.\n");
  write_file(src / "filler-2.txt",
             page("\u3164 Talks with Chile \uFFA0", "2022-01-04", "The ministers met\u1160 in \u115F Santiago."));
  const json report = index(0);
  EXPECT_EQ(report["added"], 3) << last.err;
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/search?q=%ED%98%91%EC%9D%98%ED%9A%8C")["total"], 1);  // 협의회
  EXPECT_EQ(daemon.get_json("/api/search?q=Santiago")["total"], 1);
}

TEST_F(HostileInputs, AReleaseThatCannotBecomeADocumentIsRejectedAlone) {
  // 1.2 MiB of random words: more distinct terms than a document may have.
  write_file(src / "noise.txt", "Noise\n\n" + random_hangul_words(1200 << 10) + "\n");
  json report = index(1);
  EXPECT_NE(reason_for(report, "noise.txt").find("release 'noise' cannot be indexed: more than 500000 distinct"),
            std::string::npos);
  EXPECT_NE(last.err.find("noise.txt"), std::string::npos) << last.err;
  EXPECT_EQ(report["added"], 1);

  // An official's name far longer than any: its filter term is longer than Xapian allows.
  fs::remove(src / "noise.txt");
  write_file(src / "long.json", json{{"id", "long-official"}, {"title", "Talks"}, {"date", "2022-01-05"},
                                     {"body", "The ministers met in Quito."},
                                     {"officials", {std::string(300, 'x')}}}.dump());
  report = index(1);
  EXPECT_NE(reason_for(report, "long.json").find("release 'long-official' cannot be indexed"), std::string::npos);
  EXPECT_EQ(report["unchanged"], 1);
}

TEST_F(HostileInputs, PathologicalHtmlIsRefusedOrReadWhole) {
  // 200,000 attributes on one tag kept the parser busy for minutes; 300 levels of nesting
  // lost the text past the 256th.
  std::string attributes = "<html><body><h1>Talks</h1><p";
  for (int i = 0; i < 200'000; ++i) attributes += " a" + std::to_string(i) + "=x";
  write_file(src / "attributes.html", attributes + ">The ministers met.</p></body></html>");
  std::string deep = "<html><body><h1>Deep talks with Chile</h1>";
  for (int i = 0; i < 300; ++i) deep += "<div>";
  deep += "<p>The ministers met in Santiago on fisheries.</p><p>They agreed to meet again.</p>";
  for (int i = 0; i < 300; ++i) deep += "</div>";
  write_file(src / "deep.html", deep + "</body></html>");
  const json report = index(1);
  EXPECT_NE(reason_for(report, "attributes.html").find("more than 1000 attributes on one tag"), std::string::npos);
  EXPECT_EQ(report["added"], 2);
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/search?q=Santiago")["total"], 1);
}

TEST_F(HostileInputs, LinksOutOfTheSourceAreNotFollowedUnlessAsked) {
  write_file(dir.path() / "private" / "secret.txt", page("Private notes", "2022-01-05", "Passwords kept in Oslo."));
  write_file(dir.path() / "shared" / "link-ok.txt", "");
  fs::create_directories(src);
  fs::create_symlink(dir.path() / "private" / "secret.txt", src / "secret.txt");
  fs::create_symlink(src / "good-1.txt", src / "alias.txt");  // within the SOURCE: read
  fs::create_symlink(src / "gone.txt", src / "dangling.txt");
  fs::create_symlink(dir.path() / "shared", src / "shared");
  json report = index(1);
  EXPECT_EQ(report["added"], 2) << last.err;  // good-1 and alias, read through the link
  std::map<std::string, std::string> reasons;
  for (const auto& r : report["rejections"]) reasons[fs::path(r["path"].get<std::string>()).filename()] = r["reason"];
  EXPECT_NE(reasons["secret.txt"].find("symbolic link out of its SOURCE"), std::string::npos) << report.dump(2);
  EXPECT_NE(reasons["secret.txt"].find("--follow-links"), std::string::npos);
  EXPECT_NE(reasons["dangling.txt"].find("dangling symbolic link"), std::string::npos) << report.dump(2);
  EXPECT_NE(reasons["shared"].find("symbolic link to a directory"), std::string::npos) << report.dump(2);
  EXPECT_NE(last.err.find("secret.txt"), std::string::npos) << last.err;
  {
    Daemon daemon(db);
    EXPECT_EQ(daemon.get_json("/api/search?q=Oslo")["total"], 0);
  }
  report = index(1, {"--follow-links"});
  EXPECT_EQ(report["added"], 1) << last.err;
  Daemon daemon(db);
  EXPECT_EQ(daemon.get_json("/api/search?q=Oslo")["total"], 1);
}

TEST_F(HostileInputs, FileNamesAreEscapedInEveryMessage) {
  // A line break that would forge a log line, a terminal escape and a byte that is not UTF-8.
  write_file(src / "bad\nrejected x.txt: forged\x1B[2J\xFF.txt", "");
  write_file(src / "..txt", page("Talks with Chile", "2022-01-04", "The ministers met in Santiago."));
  const json report = index(1);
  const std::string escaped = "bad\\x0Arejected x.txt: forged\\x1B[2J\\xFF.txt";
  EXPECT_NE(last.err.find(escaped), std::string::npos) << last.err;
  EXPECT_EQ(last.err.find("\nrejected x.txt"), std::string::npos) << last.err;
  EXPECT_EQ(last.err.find('\x1B'), std::string::npos) << last.err;
  std::set<std::string> paths;
  for (const auto& r : report["rejections"]) paths.insert(fs::path(r["path"].get<std::string>()).filename());
  EXPECT_EQ(paths, (std::set<std::string>{escaped, "..txt"})) << report.dump(2);
  EXPECT_EQ(report["added"], 1);
}

}  // namespace
}  // namespace dipsearch::testing
