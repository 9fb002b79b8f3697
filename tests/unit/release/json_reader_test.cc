// JSON and JSONL release input: good files, and one row per kind of bad input.
#include "common/release/json_reader.h"

#include <gtest/gtest.h>

#include "common/release/utf8_check.h"
#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::fixture;
using testing_support::read_bytes;

TEST(JsonReader, ReadsAnArrayOfReleases) {
  const FileResult result = read_json_text(read_bytes(fixture("json/releases.json")), "releases.json", "releases");
  EXPECT_TRUE(result.rejections.empty());
  ASSERT_EQ(result.releases.size(), 2u);
  const Release& en = result.releases[0];
  EXPECT_EQ(en.id, "mofa-en-410001");
  EXPECT_EQ(en.title, "Korea and Kenya Agree to Expand Cooperation on Digital Health");
  EXPECT_EQ(en.date, "2024-03-14");
  EXPECT_EQ(en.lang, "en");
  EXPECT_EQ(en.url, "https://example.org/press/410001");
  EXPECT_EQ(en.source, "releases.json");
  EXPECT_EQ(en.countries, (std::vector<std::string>{"KR", "KE"}));
  ASSERT_EQ(en.officials.size(), 2u);
  EXPECT_EQ(en.officials[0].name, "Park Jiyoon");
  EXPECT_EQ(en.officials[0].title, "");
  EXPECT_EQ(en.officials[1].name, "Amina Otieno");
  EXPECT_EQ(en.officials[1].title, "Principal Secretary");
  EXPECT_TRUE(contains(en.body, "digital health.\n\nThe two sides"));

  const Release& ko = result.releases[1];
  EXPECT_EQ(ko.date, "2024-03-14");
  EXPECT_EQ(ko.lang, "ko");  // detected
}

TEST(JsonReader, SingleObjectTakesTheFileNameAsIdAndBodyLineAsTitle) {
  const FileResult result = read_json_text(read_bytes(fixture("json/mofa-ko-500123.json")), "x.json", "mofa-ko-500123");
  ASSERT_EQ(result.releases.size(), 1u);
  EXPECT_EQ(result.releases[0].id, "mofa-ko-500123");
  EXPECT_EQ(result.releases[0].date, "2023-09");
  // The body's first sentence, without its full stop.
  EXPECT_EQ(result.releases[0].title, "외교부는 9월 중 재외공관 영사 업무 점검 결과를 발표할 예정이다");
  EXPECT_EQ(result.releases[0].lang, "ko");
}

TEST(JsonReader, JsonLinesKeepGoodLinesAndRejectBadOnes) {
  const FileResult result = read_jsonl_text(read_bytes(fixture("json/releases.jsonl")), "r.jsonl");
  ASSERT_EQ(result.releases.size(), 3u);
  EXPECT_EQ(result.releases[0].id, "wire-en-1");
  EXPECT_EQ(result.releases[0].date, "2021-09");
  // An impossible date costs the release its date only, with a warning on its line (the
  // blank line 2 is skipped but counted).
  EXPECT_EQ(result.releases[1].id, "wire-en-2");
  EXPECT_EQ(result.releases[1].date, "");
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].line, 3u);
  EXPECT_EQ(result.warnings[0].path, "r.jsonl");
  EXPECT_TRUE(contains(result.warnings[0].message, "\"2021-02-30\"")) << result.warnings[0].message;
  EXPECT_EQ(result.releases[2].id, "wire-ko-3");
  EXPECT_EQ(result.releases[2].date, "2021-09-10");
  ASSERT_EQ(result.rejections.size(), 2u);
  EXPECT_EQ(result.rejections[0].line, 4u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "not JSON")) << result.rejections[0].reason;
  EXPECT_EQ(result.rejections[1].line, 6u);
  EXPECT_TRUE(contains(result.rejections[1].reason, "body")) << result.rejections[1].reason;
  for (const Rejection& rejection : result.rejections) EXPECT_EQ(rejection.path, "r.jsonl");
}

// One bad single-object file per row: the reason must name what is wrong.
struct BadJsonRow {
  const char* name;
  const char* json;
  const char* reason_part;
};

void PrintTo(const BadJsonRow& row, std::ostream* os) { *os << row.name; }

class BadJson : public ::testing::TestWithParam<BadJsonRow> {};

TEST_P(BadJson, IsRejectedWithAReason) {
  const BadJsonRow& row = GetParam();
  const FileResult result = read_json_text(row.json, "bad.json", "bad");
  EXPECT_TRUE(result.releases.empty());
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_EQ(result.rejections[0].path, "bad.json");
  EXPECT_TRUE(contains(result.rejections[0].reason, row.reason_part))
      << "reason: " << result.rejections[0].reason << "\nexpected to contain: " << row.reason_part;
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadJson,
    ::testing::Values(
        BadJsonRow{"not_json", "hello", "JSON syntax error at line 1, column 1 (byte offset 0)"},
        BadJsonRow{"syntax_error_position", "{\n  \"id\": \"a\",\n  \"body\" \"x\"\n}", "line 3, column 12 (byte offset 26)"},
        BadJsonRow{"truncated", "{\"id\": \"a\", \"body\": \"x\"", "JSON syntax error"},
        BadJsonRow{"top_level_string", "\"just text\"", "not string"},
        BadJsonRow{"empty_array", "[]", "empty"},
        BadJsonRow{"id_not_string", R"({"id": 42, "body": "x"})", "field \"id\" must be a string, not number"},
        BadJsonRow{"id_with_space", R"({"id": "a b", "body": "x"})", "invalid id \"a b\""},
        BadJsonRow{"id_too_long", R"({"id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "body": "x"})",
                   "invalid id"},
        BadJsonRow{"id_empty", R"({"id": "", "body": "x"})", "invalid id \"\""},
        BadJsonRow{"title_not_string", R"({"id": "a", "title": ["x"], "body": "x"})", "field \"title\" must be a string, not array"},
        BadJsonRow{"body_not_string", R"({"id": "a", "body": 1})", "field \"body\" must be a string"},
        BadJsonRow{"body_missing", R"({"id": "a", "title": "T"})", "missing field \"body\""},
        BadJsonRow{"body_null", R"({"id": "a", "body": null})", "missing field \"body\""},
        BadJsonRow{"body_blank", R"({"id": "a", "body": " \n\t "})", "field \"body\" is empty"},
        BadJsonRow{"date_not_string", R"({"id": "a", "body": "x", "date": 20210408})", "field \"date\" must be a string"},
        BadJsonRow{"lang_unknown", R"({"id": "a", "body": "x", "lang": "fr"})", "field \"lang\" must be \"en\" or \"ko\""},
        BadJsonRow{"lang_not_string", R"({"id": "a", "body": "x", "lang": true})", "field \"lang\" must be a string"},
        BadJsonRow{"url_not_string", R"({"id": "a", "body": "x", "url": {}})", "field \"url\""},
        BadJsonRow{"source_not_string", R"({"id": "a", "body": "x", "source": 3})", "field \"source\""},
        BadJsonRow{"countries_not_array", R"({"id": "a", "body": "x", "countries": "KR"})", "field \"countries\" must be an array"},
        BadJsonRow{"country_too_long", R"({"id": "a", "body": "x", "countries": ["KR", "KOR"]})", "field \"countries[1]\""},
        BadJsonRow{"country_not_string", R"({"id": "a", "body": "x", "countries": [1]})", "field \"countries[0]\" must be a string"},
        BadJsonRow{"officials_not_array", R"({"id": "a", "body": "x", "officials": "Kim"})", "field \"officials\" must be an array"},
        BadJsonRow{"official_without_name", R"({"id": "a", "body": "x", "officials": [{"title": "Minister"}]})",
                   "field \"officials[0].name\" must be a string"},
        BadJsonRow{"official_bad_title", R"({"id": "a", "body": "x", "officials": [{"name": "Kim", "title": 5}]})",
                   "field \"officials[0].title\" must be a string"},
        BadJsonRow{"official_number", R"({"id": "a", "body": "x", "officials": [7]})", "field \"officials[0]\""}));

// A date in the field's form that is no calendar date: the release is kept undated and the
// warning names the value.
TEST(JsonReader, ImpossibleDateLeavesTheReleaseUndated) {
  for (const char* date : {"2021-02-30", "2020-40-10", "2019-13-01", "2019-02-29T10:00:00Z"}) {
    const std::string text = std::string(R"({"id": "a", "body": "x", "date": ")") + date + "\"}";
    const FileResult result = read_json_text(text, "a.json", "a");
    ASSERT_EQ(result.releases.size(), 1u) << date;
    EXPECT_EQ(result.releases[0].date, "") << date;
    EXPECT_TRUE(result.rejections.empty()) << date;
    ASSERT_EQ(result.warnings.size(), 1u) << date;
    EXPECT_EQ(result.warnings[0].line, 0u);
    EXPECT_TRUE(contains(result.warnings[0].message, std::string("\"") + date + "\"")) << result.warnings[0].message;
  }
  const FileResult array = read_json_text(R"([{"id": "a", "body": "x"}, {"id": "b", "body": "y", "date": "2023-02-30"}])",
                                          "arr.json", "arr");
  ASSERT_EQ(array.releases.size(), 2u);
  ASSERT_EQ(array.warnings.size(), 1u);
  EXPECT_EQ(array.warnings[0].line, 2u);
}

// A date in another form is the feed's mistake, not a typing slip: the release is rejected,
// naming the value, so that a feed that writes every date so is noticed.
TEST(JsonReader, DateInAnotherFormIsRejected) {
  for (const char* date : {"08/04/2021", "2021.08.04", "4 August 2021", "2021-8-4"}) {
    const std::string text = std::string(R"({"id": "a", "body": "x", "date": ")") + date + "\"}";
    const FileResult result = read_json_text(text, "a.json", "a");
    EXPECT_TRUE(result.releases.empty()) << date;
    EXPECT_TRUE(result.warnings.empty()) << date;
    ASSERT_EQ(result.rejections.size(), 1u) << date;
    EXPECT_TRUE(contains(result.rejections[0].reason, std::string("invalid date \"") + date + "\""))
        << result.rejections[0].reason;
  }
}

TEST(JsonReader, ArrayElementsAreJudgedOneByOne) {
  const FileResult result = read_json_text(
      R"([{"id": "a", "body": "x"}, 5, {"body": "no id"}, {"id": "a", "body": "again"}, {"id": "b", "body": "y"}])",
      "arr.json", "arr");
  ASSERT_EQ(result.releases.size(), 2u);
  EXPECT_EQ(result.releases[0].id, "a");
  EXPECT_EQ(result.releases[1].id, "b");
  ASSERT_EQ(result.rejections.size(), 3u);
  EXPECT_EQ(result.rejections[0].line, 2u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "not a release object but number"));
  EXPECT_EQ(result.rejections[1].line, 3u);
  EXPECT_TRUE(contains(result.rejections[1].reason, "missing field \"id\""));
  EXPECT_EQ(result.rejections[2].line, 4u);
  EXPECT_TRUE(contains(result.rejections[2].reason, "duplicate id \"a\""));
}

TEST(JsonReader, SingleObjectWithoutIdAndABadFileName) {
  const FileResult result = read_json_text(R"({"body": "x"})", "보도 자료.json", "보도 자료");
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "file name \"보도 자료\" is not a valid id"))
      << result.rejections[0].reason;
}

TEST(JsonReader, NullOptionalFieldsAndUnknownFieldsAreIgnored) {
  const FileResult result = read_json_text(
      R"({"id": "a", "title": null, "date": null, "lang": null, "url": null, "countries": null,
          "officials": null, "extra": {"deep": [1, 2]}, "body": "First line\r\nsecond line\n\n\n\nNext"})",
      "a.json", "a");
  ASSERT_EQ(result.releases.size(), 1u) << (result.rejections.empty() ? "" : result.rejections[0].reason);
  EXPECT_EQ(result.releases[0].title, "First line");
  EXPECT_EQ(result.releases[0].date, "");
  EXPECT_EQ(result.releases[0].body, "First line\nsecond line\n\nNext");
}

TEST(JsonReader, LongBodyLineGivesAShortenedTitle) {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "word ";
  const FileResult result = read_json_text(R"({"id": "a", "body": ")" + body + R"("})", "a.json", "a");
  ASSERT_EQ(result.releases.size(), 1u);
  const std::string& title = result.releases[0].title;
  EXPECT_LE(title.size(), 120u + std::string("…").size());
  EXPECT_EQ(title.substr(title.size() - std::string("…").size()), "…");
  EXPECT_EQ(title.substr(0, 10), "word word ");
}

TEST(JsonLines, BadLinesAreRejectedByLineNumber) {
  const std::string text =
      "{\"id\": \"ok-1\", \"body\": \"fine\"}\n"
      "[1, 2]\n"
      "{\"id\": \"x\", \"body\": \"bad \xC3\x28 byte\"}\n"
      "{\"body\": \"no id\"}\r\n"
      "   \n"
      "{\"id\": \"ok-2\", \"body\": \"fine too\", \"lang\": \"EN\"}";
  const FileResult result = read_jsonl_text(text, "l.jsonl");
  ASSERT_EQ(result.releases.size(), 2u);
  EXPECT_EQ(result.releases[1].lang, "en");
  ASSERT_EQ(result.rejections.size(), 3u);
  EXPECT_EQ(result.rejections[0].line, 2u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "not a release object but array"));
  EXPECT_EQ(result.rejections[1].line, 3u);
  EXPECT_TRUE(contains(result.rejections[1].reason, "not valid UTF-8"));
  EXPECT_TRUE(contains(result.rejections[1].reason, "byte offset " + std::to_string(text.find('\xC3'))))
      << result.rejections[1].reason;
  EXPECT_EQ(result.rejections[2].line, 4u);
  EXPECT_TRUE(contains(result.rejections[2].reason, "missing field \"id\""));
}

TEST(JsonLines, OnlyBlankLinesIsAnEmptyFile) {
  const FileResult result = read_jsonl_text("\n  \n\n", "e.jsonl");
  EXPECT_TRUE(result.releases.empty());
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "empty"));
}

TEST(JsonLines, SyntaxErrorMessageIsValidUtf8) {
  const FileResult result = read_jsonl_text("é\n", "u.jsonl");
  ASSERT_EQ(result.rejections.size(), 1u);
  EXPECT_TRUE(contains(result.rejections[0].reason, "not JSON"));
  // Reasons are printed and serialised: they must stay valid UTF-8 even when quoting input.
  EXPECT_FALSE(release::find_invalid_utf8(result.rejections[0].reason).has_value()) << result.rejections[0].reason;
}

}  // namespace
}  // namespace dipsearch
