// Escaping for HTML snippets, CSV and NDJSON exports and Atom feeds.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/text/escape.h"

namespace dipsearch::text {
namespace {

TEST(HtmlEscape, MakesMarkupInert) {
  EXPECT_EQ(html_escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(html_escape("외교부 plain"), "외교부 plain");
}

struct CsvCase {
  std::string field, expected;
};

class CsvField : public ::testing::TestWithParam<CsvCase> {};

TEST_P(CsvField, FollowsRfc4180) {
  std::string out;
  append_csv_field(out, GetParam().field);
  EXPECT_EQ(out, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Table, CsvField,
                         ::testing::Values(CsvCase{"plain", "plain"}, CsvCase{"", ""},
                                           CsvCase{"a,b", "\"a,b\""}, CsvCase{"say \"hi\"", "\"say \"\"hi\"\"\""},
                                           CsvCase{"two\nlines", "\"two\nlines\""}, CsvCase{"cr\r", "\"cr\r\""},
                                           CsvCase{"한·미", "한·미"}));

TEST(XmlEscape, EscapesAndDropsForbiddenCharacters) {
  std::string out;
  append_xml_escaped(out, "a<b>&\"c\"'d'\x01\x1f\ttab\n");
  EXPECT_EQ(out, "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\ttab\n");
}

TEST(XmlEscape, DropsNoncharactersAndBytesThatAreNotUtf8) {
  std::string out;
  // U+FFFE, U+FFFF, a surrogate half, an overlong '/', a stray continuation byte, a
  // truncated sequence; U+FFFD, U+10FFFF and Hangul stay.
  append_xml_escaped(out, "a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xED\xA0\x80" "d\xC0\xAF" "e\x80" "f\xE2\x82");
  EXPECT_EQ(out, "abcdef");
  out.clear();
  append_xml_escaped(out, "\xEF\xBF\xBD \xF4\x8F\xBF\xBF 외교부");
  EXPECT_EQ(out, "\xEF\xBF\xBD \xF4\x8F\xBF\xBF 외교부");
}

TEST(UrlEncoded, KeepsOnlyUnreservedBytes) {
  EXPECT_EQ(url_encoded("a-Z_0.9~"), "a-Z_0.9~");
  EXPECT_EQ(url_encoded("\"q\" & x=1/2%"), "%22q%22%20%26%20x%3D1%2F2%25");
  // UTF-8 byte by byte, whatever the locale says about bytes above 0x7F.
  EXPECT_EQ(url_encoded("외교부"), "%EC%99%B8%EA%B5%90%EB%B6%80");
  EXPECT_EQ(url_encoded(""), "");
}

}  // namespace
}  // namespace dipsearch::text

namespace dipsearch::text {
namespace {

TEST(JsonString, ParsesBackToTheSameText) {
  const std::string text = "Line \"one\"\n\tback\\slash \x01\x1f 외교부는 é\r\n";
  std::string out;
  append_json_string(out, text);
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), text);
  EXPECT_EQ(out, nlohmann::json(text).dump());
}

TEST(JsonString, PlainTextIsQuotedAsItIs) {
  std::string out = "x:";
  append_json_string(out, "Afghanistan 2021");
  EXPECT_EQ(out, "x:\"Afghanistan 2021\"");
}

}  // namespace
}  // namespace dipsearch::text
