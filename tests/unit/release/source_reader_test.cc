// Whole files through the entry point: dispatch by extension, ids from file names, language,
// and every file-level rejection.
#include "common/release/source_reader.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "common/release/release_id.h"
#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::fixture;
using testing_support::ScratchDir;

TEST(SourceFormat, ByExtensionIgnoringCase) {
  EXPECT_EQ(source_format("a/b/mofa-en-1.txt"), SourceFormat::kPageText);
  EXPECT_EQ(source_format("PAGE.TXT"), SourceFormat::kPageText);
  EXPECT_EQ(source_format("p.html"), SourceFormat::kHtml);
  EXPECT_EQ(source_format("p.HTM"), SourceFormat::kHtml);
  EXPECT_EQ(source_format("r.json"), SourceFormat::kJson);
  EXPECT_EQ(source_format("r.jsonl"), SourceFormat::kJsonLines);
  EXPECT_EQ(source_format("r.NDJSON"), SourceFormat::kJsonLines);
  EXPECT_TRUE(is_release_file("x.Json"));
  for (const char* other : {"notes.md", "page.txt~", "README", "archive.tar.gz", ".txt.bak"}) {
    EXPECT_FALSE(is_release_file(other)) << other;
  }
}

TEST(ReleaseId, Rules) {
  EXPECT_TRUE(is_valid_release_id("mofa-en-319652"));
  EXPECT_TRUE(is_valid_release_id("A.b_c-9"));
  EXPECT_TRUE(is_valid_release_id(std::string(128, 'x')));
  EXPECT_FALSE(is_valid_release_id(std::string(129, 'x')));
  EXPECT_FALSE(is_valid_release_id(""));
  EXPECT_FALSE(is_valid_release_id("a b"));
  EXPECT_FALSE(is_valid_release_id("a/b"));
  EXPECT_FALSE(is_valid_release_id("보도자료"));
  EXPECT_FALSE(is_valid_release_id("."));   // "..txt" once gave this id
  EXPECT_FALSE(is_valid_release_id(".."));
  EXPECT_TRUE(is_valid_release_id("..."));
  EXPECT_TRUE(is_valid_release_id(".hidden"));
  EXPECT_EQ(id_from_file_name("/data/mofa-en-319652.txt"), "mofa-en-319652");
  EXPECT_EQ(id_from_file_name("x/a.b.json"), "a.b");
}

TEST(SourceReader, PageTextFile) {
  const auto path = fixture("pages/family-c-ko.txt");
  const FileResult result = read_source_file(path);
  ASSERT_TRUE(result.rejections.empty()) << result.rejections[0].reason;
  ASSERT_EQ(result.releases.size(), 1u);
  const Release& release = result.releases[0];
  EXPECT_EQ(release.id, "family-c-ko");
  EXPECT_EQ(release.source, path.string());
  EXPECT_EQ(release.lang, "ko");
  EXPECT_EQ(release.date, "2024-05-12");
}

TEST(SourceReader, EnglishPageAndHtmlPage) {
  const FileResult text = read_source_file(fixture("pages/family-a-en.txt"));
  ASSERT_EQ(text.releases.size(), 1u);
  EXPECT_EQ(text.releases[0].lang, "en");
  EXPECT_EQ(text.releases[0].id, "family-a-en");
  const FileResult html = read_source_file(fixture("pages/release-page.html"));
  ASSERT_EQ(html.releases.size(), 1u) << html.rejections[0].reason;
  EXPECT_EQ(html.releases[0].id, "release-page");
  EXPECT_EQ(html.releases[0].lang, "en");
  EXPECT_EQ(html.releases[0].date, "2024-02-29");
}

TEST(SourceReader, JsonFilesKeepTheirSourcePath) {
  const FileResult result = read_source_file(fixture("json/releases.json"));
  ASSERT_EQ(result.releases.size(), 2u);
  EXPECT_EQ(result.releases[1].source, fixture("json/releases.json").string());
  const FileResult single = read_source_file(fixture("json/mofa-ko-500123.json"));
  ASSERT_EQ(single.releases.size(), 1u);
  EXPECT_EQ(single.releases[0].id, "mofa-ko-500123");
  const FileResult lines = read_source_file(fixture("json/releases.jsonl"));
  EXPECT_EQ(lines.releases.size(), 3u);  // one of them undated: its date is impossible
  EXPECT_EQ(lines.rejections.size(), 2u);
  EXPECT_EQ(lines.warnings.size(), 1u);
}

// One bad file per row, written to a scratch folder: the reason must say what is wrong.
struct BadFileRow {
  const char* name;
  const char* file_name;
  std::string bytes;
  const char* reason_part;
};

void PrintTo(const BadFileRow& row, std::ostream* os) { *os << row.name; }

class BadFile : public ::testing::TestWithParam<BadFileRow> {};

TEST_P(BadFile, IsRejectedWithAReason) {
  const BadFileRow& row = GetParam();
  ScratchDir dir;
  const auto path = dir.write(row.file_name, row.bytes);
  const FileResult result = read_source_file(path);
  EXPECT_TRUE(result.releases.empty());
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_EQ(result.rejections[0].path, path.string());
  EXPECT_TRUE(contains(result.rejections[0].reason, row.reason_part))
      << "reason: " << result.rejections[0].reason << "\nexpected to contain: " << row.reason_part;
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadFile,
    ::testing::Values(
        BadFileRow{"empty_text", "a.txt", "", "empty file"},
        BadFileRow{"empty_json", "a.json", "", "empty file"},
        BadFileRow{"empty_html", "a.html", "", "empty file"},
        BadFileRow{"white_space_only", "a.txt", " \n\t\n", "empty file"},
        BadFileRow{"white_space_json", "a.json", "\n\n", "empty file"},
        BadFileRow{"invalid_utf8_text", "a.txt", "Title\nBody \xE2\x82 broken\n", "not valid UTF-8: first bad byte sequence at byte offset 11"},
        BadFileRow{"overlong_utf8", "a.txt", "ab\xC0\xAF", "byte offset 2"},
        BadFileRow{"surrogate_utf8", "a.txt", "T\nx\xED\xA0\x80", "byte offset 3"},
        BadFileRow{"invalid_utf8_json", "a.json", "{\"id\": \"a\", \"body\": \"\xFF\"}", "byte offset 21"},
        BadFileRow{"utf16_without_bom", "a.txt", std::string("T\0i\0t\0l\0e\0", 10), "NUL byte at byte offset 1"},
        BadFileRow{"no_body", "a.txt", "Skip navigation\nA Title\nDate : 2021-01-02\n", "no body found"},
        BadFileRow{"json_syntax", "a.json", "{\"id\": \"a\",\n \"body\": }", "JSON syntax error at line 2"},
        BadFileRow{"json_wrong_type", "a.json", "{\"id\": \"a\", \"body\": [\"x\"]}", "field \"body\" must be a string"},
        BadFileRow{"json_bad_id", "a.json", "{\"id\": \"no/slash\", \"body\": \"x\"}", "invalid id"},
        BadFileRow{"json_missing_body", "a.json", "{\"id\": \"a\"}", "missing field \"body\""},
        BadFileRow{"json_unknown_lang", "a.json", "{\"id\": \"a\", \"body\": \"x\", \"lang\": \"de\"}", "\"lang\""},
        BadFileRow{"page_name_not_an_id", "보도 자료.txt", "Title\nBody.\n", "does not give a valid document id"},
        BadFileRow{"unknown_extension", "a.docx", "x", "unsupported file type"}));

// A stated date that is no calendar date: the release is indexed undated, and a warning names
// the file, the line (JSONL) and the value. Nothing is rejected.
struct ImpossibleDateRow {
  const char* name;
  const char* file_name;
  std::string bytes;
  const char* value;
  size_t line;
};

void PrintTo(const ImpossibleDateRow& row, std::ostream* os) { *os << row.name; }

class ImpossibleDate : public ::testing::TestWithParam<ImpossibleDateRow> {};

TEST_P(ImpossibleDate, KeepsTheReleaseUndatedWithAWarning) {
  const ImpossibleDateRow& row = GetParam();
  ScratchDir dir;
  const auto path = dir.write(row.file_name, row.bytes);
  const FileResult result = read_source_file(path);
  EXPECT_TRUE(result.rejections.empty()) << result.rejections[0].reason;
  ASSERT_EQ(result.releases.size(), 1u);
  EXPECT_EQ(result.releases[0].date, "");
  EXPECT_FALSE(result.releases[0].body.empty());
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].path, path.string());
  EXPECT_EQ(result.warnings[0].line, row.line);
  EXPECT_TRUE(contains(result.warnings[0].message, std::string("\"") + row.value + "\"")) << result.warnings[0].message;
}

INSTANTIATE_TEST_SUITE_P(
    Files, ImpossibleDate,
    ::testing::Values(
        ImpossibleDateRow{"labelled_month_13", "a.txt", "A Title\nDate 2019-13-01\nThe ministers met in Seoul today.\n",
                          "2019-13-01", 0},
        ImpossibleDateRow{"bare_month_40", "a.txt", "A Title\n2020-40-10\nThe ministers met in Seoul today.\n",
                          "2020-40-10", 0},
        ImpossibleDateRow{"korean_label_february_30", "a.txt", "회의 개최\n작성일 2023.02.30\n장관은 오늘 회의를 개최하였다.\n",
                          "2023.02.30", 0},
        ImpossibleDateRow{"value_under_its_label", "a.txt", "A Title\nDate\n2021-02-30\nhit\n12\nThe ministers met today.\n",
                          "2021-02-30", 0},
        ImpossibleDateRow{"html_markup_date", "a.html",
                          "<html><head><meta property=\"article:published_time\" content=\"2020-40-10\"></head>"
                          "<body><h1>A Title</h1><p>The ministers met in Seoul today.</p></body></html>",
                          "2020-40-10", 0},
        ImpossibleDateRow{"json_field", "a.json", "{\"id\": \"a\", \"body\": \"x\", \"date\": \"2023-02-29\"}",
                          "2023-02-29", 0},
        ImpossibleDateRow{"jsonl_line", "a.jsonl", "\n{\"id\": \"a\", \"body\": \"x\", \"date\": \"2019-13-01\"}\n",
                          "2019-13-01", 2}));

TEST(SourceReader, MissingFileSaysWhy) {
  const FileResult result = read_source_file("/nonexistent-dir/none.txt");
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "No such file or directory")) << result.rejections[0].reason;
}

TEST(SourceReader, UnreadableFileSaysWhy) {
  if (::geteuid() == 0) GTEST_SKIP() << "permissions do not stop root";
  ScratchDir dir;
  const auto path = dir.write("locked.txt", "Title\nBody.\n");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  const FileResult result = read_source_file(path);
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "Permission denied")) << result.rejections[0].reason;
}

TEST(SourceReader, DirectoryWithAReleaseExtension) {
  ScratchDir dir;
  std::filesystem::create_directory(dir.path() / "folder.txt");
  const FileResult result = read_source_file(dir.path() / "folder.txt");
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "directory")) << result.rejections[0].reason;
}

TEST(SourceReader, FileOverTheLimitIsNotRead) {
  ScratchDir dir;
  const auto path = dir.write("huge.txt", "x");
  std::filesystem::resize_file(path, kMaxSourceFileBytes + 1);  // sparse: no disk used
  const FileResult result = read_source_file(path);
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "file too large")) << result.rejections[0].reason;
  EXPECT_TRUE(contains(result.rejections[0].reason, "64 MiB")) << result.rejections[0].reason;
}

TEST(SourceReader, ByteOrderMarkIsNotText) {
  ScratchDir dir;
  const FileResult result = read_source_file(dir.write("bom.txt", "\xEF\xBB\xBFTitle\nBody text.\n"));
  ASSERT_EQ(result.releases.size(), 1u);
  EXPECT_EQ(result.releases[0].title, "Title");
  const FileResult json = read_source_file(dir.write("bom.json", "\xEF\xBB\xBF{\"body\": \"x\"}"));
  ASSERT_EQ(json.releases.size(), 1u);
  EXPECT_EQ(json.releases[0].id, "bom");
}

}  // namespace
}  // namespace dipsearch
