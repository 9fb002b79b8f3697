// Directory sidecars: what a good manifest.tsv gives each release, and how each kind of bad
// line is reported (file and line named) without costing the other lines.
#include "common/release/source_sidecar.h"

#include <gtest/gtest.h>

#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::ScratchDir;

TEST(Sidecar, GivesEachReleaseItsLineOrTheDefault) {
  ScratchDir dir;
  const Sidecar sidecar = read_sidecar(dir.write(
      "manifest.tsv",
      "id\turl\ttitle\tdate\tlang\tsource\n"
      "# saved from the ministry's board\n"
      "mofa-en-1\thttps://www.mofa.go.kr/eng/view.do?seq=1\t\t\t\t\n"
      "mofa-ko-2\thttps://www.mofa.go.kr/www/view.do?seq=2\t한-일  외교장관 회담 결과\t2025-03-21\tko\t\n"
      "*\t\t\t\t\tsample\n"
      "\n"));
  EXPECT_TRUE(sidecar.rejections.empty());
  ASSERT_EQ(sidecar.entries.size(), 3u);

  Release release;
  release.id = "mofa-ko-2";
  release.title = "Menu line";
  release.date = "2020-01-01";
  release.lang = "en";
  apply_sidecar(*sidecar.find("mofa-ko-2"), release);
  EXPECT_EQ(release.url, "https://www.mofa.go.kr/www/view.do?seq=2");
  EXPECT_EQ(release.title, "한-일 외교장관 회담 결과");
  EXPECT_EQ(release.date, "2025-03-21");
  EXPECT_EQ(release.lang, "ko");
  EXPECT_EQ(release.site, "");

  Release first;
  first.title = "Kept";
  apply_sidecar(*sidecar.find("mofa-en-1"), first);
  EXPECT_EQ(first.title, "Kept");  // empty fields change nothing
  EXPECT_EQ(sidecar.find("mofa-en-9")->site, "sample");
  EXPECT_EQ(sidecar.find("mofa-en-9")->line, 5u);
}

TEST(Sidecar, FileColumnNamesFiles) {
  ScratchDir dir;
  const Sidecar sidecar = read_sidecar(dir.write("manifest.tsv", "file\tsource\nbriefing-7.html\tKOREA.KR\n"));
  ASSERT_TRUE(sidecar.rejections.empty());
  ASSERT_NE(sidecar.find("briefing-7"), nullptr);
  EXPECT_EQ(sidecar.find("briefing-7")->site, "korea.kr");
  EXPECT_EQ(sidecar.find("other"), nullptr);
}

struct BadLine {
  const char* line;
  const char* reason;
};

class SidecarBadLines : public ::testing::TestWithParam<BadLine> {};

TEST_P(SidecarBadLines, AreRejectedWithFileAndLine) {
  ScratchDir dir;
  const auto file = dir.write("manifest.tsv", std::string("id\turl\tdate\tlang\tsource\nok-1\t\t\t\t\n") +
                                                  GetParam().line + "\nok-2\t\t2021-04\t\t\n");
  const Sidecar sidecar = read_sidecar(file);
  ASSERT_EQ(sidecar.rejections.size(), 1u);
  EXPECT_EQ(sidecar.rejections[0].path, file.string());
  EXPECT_EQ(sidecar.rejections[0].line, 3u);
  EXPECT_TRUE(contains(sidecar.rejections[0].reason, GetParam().reason)) << sidecar.rejections[0].reason;
  // The good lines around it still apply.
  EXPECT_NE(sidecar.find("ok-1"), nullptr);
  EXPECT_EQ(sidecar.find("ok-2")->date, "2021-04");
}

INSTANTIATE_TEST_SUITE_P(
    Lines, SidecarBadLines,
    ::testing::Values(BadLine{"bad id\t\t\t\t", "is not a release id"},
                      BadLine{"p-1\tjavascript:alert(1)\t\t\t", "is not an http(s) URL"},
                      BadLine{"p-1\thttps://exa mple.org/\t\t\t", "is not an http(s) URL"},
                      BadLine{"p-1\t\t2021-02-30\t\t", "is not a calendar date"},
                      BadLine{"p-1\t\t\tfr\t", "is neither en nor ko"},
                      BadLine{"p-1\t\t\t\tMinistry of Foreign Affairs", "is not a site key"},
                      BadLine{"p-1\t\t\t", "expected 5 tab-separated columns, found 4"},
                      BadLine{"ok-1\t\t\t\t", "already given on line 2"}));

TEST(Sidecar, BadHeaderRefusesTheWholeFile) {
  ScratchDir dir;
  Sidecar sidecar = read_sidecar(dir.write("manifest.tsv", "id\turl\tauthor\np-1\t\t\n"));
  ASSERT_EQ(sidecar.rejections.size(), 1u);
  EXPECT_EQ(sidecar.rejections[0].line, 1u);
  EXPECT_TRUE(contains(sidecar.rejections[0].reason, "unknown column \"author\"")) << sidecar.rejections[0].reason;
  EXPECT_TRUE(sidecar.entries.empty());

  sidecar = read_sidecar(dir.write("manifest.tsv", "url\ttitle\nhttps://example.org/\tT\n"));
  ASSERT_EQ(sidecar.rejections.size(), 1u);
  EXPECT_TRUE(contains(sidecar.rejections[0].reason, "no id or file column"));

  sidecar = read_sidecar(dir.write("manifest.tsv", "id\turl\n\xFF\n"));
  ASSERT_EQ(sidecar.rejections.size(), 1u);
  EXPECT_EQ(sidecar.rejections[0].line, 0u);
  EXPECT_TRUE(contains(sidecar.rejections[0].reason, "not valid UTF-8"));

  sidecar = read_sidecar(dir.write("manifest.tsv", ""));
  ASSERT_EQ(sidecar.rejections.size(), 1u);
  EXPECT_TRUE(contains(sidecar.rejections[0].reason, "empty"));
}

}  // namespace
}  // namespace dipsearch
