// Saved HTML pages: markup reduced to text with libxml2, then read by the page-text rules.
#include "common/release/html_reader.h"

#include <gtest/gtest.h>

#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::ends_with;
using testing_support::fixture;
using testing_support::read_bytes;
using testing_support::starts_with;

TEST(HtmlRelease, ReadsTheFixturePage) {
  std::string error;
  const auto release = parse_html_release(read_bytes(fixture("pages/release-page.html")), &error);
  ASSERT_TRUE(release.has_value()) << error;
  EXPECT_EQ(release->title, "Korea and Portugal Sign Working Holiday Arrangement");
  EXPECT_EQ(release->date, "2024-02-29");
  EXPECT_EQ(release->url, "https://example.org/press/1001");
  EXPECT_TRUE(starts_with(release->body, "1. The Republic of Korea and Portugal signed")) << release->body;
  EXPECT_TRUE(contains(release->body, "\n\no Young people of both countries")) << release->body;
  EXPECT_TRUE(ends_with(release->body, "said the Korean Ambassador.")) << release->body;
  // Entities decoded, inline spacing kept.
  EXPECT_TRUE(contains(release->body, "working & travelling")) << release->body;
  EXPECT_TRUE(contains(release->body, "“opens a new door”")) << release->body;
  for (const char* hidden : {"SCRIPT_TEXT", "STYLE_TEXT", "NAV_TEXT", "HEADER_TEXT", "FOOTER_TEXT", "FORM_TEXT",
                             "NOSCRIPT_TEXT", "document.write", "Skip to content", "Press Releases", "Hit", "(End)",
                             "&amp;", "&nbsp;", "<p>"}) {
    EXPECT_FALSE(contains(release->body, hidden)) << hidden << " in:\n" << release->body;
  }
}

TEST(HtmlRelease, ScriptTextNeverReachesTheBodyEvenWhenBroken) {
  const std::string page =
      "<html><body><h1>Title</h1><p>Before.</p><script>if (a < b) { x = '</p><p>SECRET'; }</script>"
      "<p>After.</p><script>unterminated SECRET2";
  std::string error;
  const auto release = parse_html_release(page, &error);
  ASSERT_TRUE(release) << error;
  EXPECT_FALSE(contains(release->body, "SECRET")) << release->body;
  EXPECT_TRUE(contains(release->body, "Before.")) << release->body;
}

TEST(HtmlRelease, ArticleHeaderKeepsTitleAndDate) {
  const std::string page =
      "<html><body><header>SITE_HEADER</header><article><header><h1>Joint Press Statement</h1>"
      "<p>Date : 2019-06-30</p></header><p>The leaders met.</p><footer>Tags: trade</footer></article>"
      "<footer>SITE_FOOTER</footer></body></html>";
  const auto release = parse_html_release(page);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->title, "Joint Press Statement");
  EXPECT_EQ(release->date, "2019-06-30");
  EXPECT_FALSE(contains(release->body, "SITE_")) << release->body;
  EXPECT_TRUE(starts_with(release->body, "The leaders met.")) << release->body;
}

TEST(HtmlRelease, PageWrappedInAFormKeepsItsContent) {
  const std::string page =
      "<html><body><form id='aspnetForm'><div><h1>보도자료 제목</h1><table><tr><th>작성일</th><td>2020-10-05</td>"
      "</tr></table><div class='view'><p>본문 첫 문단입니다.</p></div></div></form></body></html>";
  std::string error;
  const auto release = parse_html_release(page, &error);
  ASSERT_TRUE(release) << error;
  EXPECT_EQ(release->title, "보도자료 제목");
  EXPECT_EQ(release->date, "2020-10-05");
  EXPECT_EQ(release->body, "본문 첫 문단입니다.");
}

TEST(HtmlRelease, MarkupTitleAndDateComeBeforeTheText) {
  // og:title names the release; the text's first heading is a section name and its date line
  // belongs to a related item; article:published_time dates the release.
  const std::string page =
      "<html lang='en'><head><meta property='og:title' content='Korea and Chile Sign a Youth Exchange Arrangement'>"
      "<meta property='og:site_name' content='Foreign Ministry'>"
      "<meta property='article:published_time' content='2022-05-03T10:00:00+09:00'>"
      "<title>Foreign Ministry - Korea and Chile Sign a Youth Exchange Arrangement</title></head><body><main>"
      "<h2>Latest news</h2><p>Korea and Chile Sign a Youth Exchange Arrangement</p><p>2022-04-28</p>"
      "<p>The two governments signed an arrangement on youth exchanges in Seoul on May 2, the first of its kind."
      "</p></main></body></html>";
  std::string error;
  const auto release = parse_html_release(page, &error);
  ASSERT_TRUE(release) << error;
  EXPECT_EQ(release->title, "Korea and Chile Sign a Youth Exchange Arrangement");
  EXPECT_EQ(release->date, "2022-05-03");
  EXPECT_EQ(release->lang, "en");
}

TEST(HtmlRelease, SiteNameIsTakenOffTheDocumentTitle) {
  const auto text = extract_html_text(
      "<html><head><meta property='og:site_name' content='Embassy of Example'>"
      "<title>Embassy of Example - Reception for Veterans</title></head><body><p>Text.</p></body></html>");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->document_title, "Reception for Veterans");
  EXPECT_EQ(text->markup_title, "Reception for Veterans");
  const auto plain = extract_html_text("<html><head><title>Reception for Veterans | News | Embassy</title></head>"
                                       "<body><p>Text.</p></body></html>");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->document_title, "Reception for Veterans");
}

TEST(HtmlRelease, JsonLdDatePublished) {
  const std::string page =
      "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
      "\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"Talks\",\"datePublished\":\"2021-06-07T08:00:00Z\"}]}"
      "</script></head><body><h1>Ministers hold talks in Berlin</h1><p>The ministers met in Berlin and agreed to "
      "meet again in Seoul next year.</p></body></html>";
  const auto release = parse_html_release(page);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2021-06-07");
  EXPECT_EQ(release->title, "Ministers hold talks in Berlin");
}

TEST(HtmlRelease, BrokenJsonLdIsIgnored) {
  const std::string page =
      "<html><head><script type='application/ld+json'>{\"datePublished\": </script></head><body>"
      "<h1>Ministers hold talks in Berlin</h1><p>The ministers met in Berlin and agreed to meet again.</p>"
      "</body></html>";
  std::string error;
  const auto release = parse_html_release(page, &error);
  ASSERT_TRUE(release) << error;
  EXPECT_EQ(release->date, "");
}

TEST(HtmlRelease, TimeElementDatesTheRelease) {
  const std::string page =
      "<html lang='ko-KR'><body><article><h1>한-칠레 청년 교류 약정 서명</h1><time datetime='2022-05-03'>5월 3일</time>"
      "<p>양국 정부는 청년 교류에 관한 약정에 서명했다.</p></article></body></html>";
  const auto release = parse_html_release(page);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2022-05-03");
  EXPECT_EQ(release->lang, "ko");
  EXPECT_EQ(release->title, "한-칠레 청년 교류 약정 서명");
}

TEST(HtmlRelease, MetaDateOnlyWhenThePageStatesNone) {
  const std::string page =
      "<html><head><meta property='article:published_time' content='2018-05-04T09:00:00+09:00'>"
      "<title>Briefing | Site</title></head><body><main><p>Text of the briefing.</p></main></body></html>";
  const auto release = parse_html_release(page);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2018-05-04");
  EXPECT_EQ(release->title, "Briefing");
  EXPECT_EQ(release->body, "Text of the briefing.");
}

TEST(HtmlRelease, HiddenAndNavigationRolesAreDropped) {
  const std::string page =
      "<html><body><div role='navigation'>ROLE_NAV</div><h1>T</h1><p style='display: none'>HIDDEN1</p>"
      "<p hidden>HIDDEN2</p><p aria-hidden='true'>HIDDEN3</p><p>Shown.</p></body></html>";
  const auto release = parse_html_release(page);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->body, "Shown.");
}

TEST(HtmlRelease, DeclaredLegacyCharsetIsRespected) {
  // "<p>외교부 발표</p>" encoded in EUC-KR.
  const std::string page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'></head>"
                           "<body><h1>Title</h1><p>\xBF\xDC\xB1\xB3\xBA\xCE \xB9\xDF\xC7\xA5</p></body></html>";
  std::string error;
  const auto release = parse_html_release(page, &error);
  ASSERT_TRUE(release) << error;
  EXPECT_EQ(release->body, "외교부 발표");
}

TEST(HtmlRelease, UndeclaredNonUtf8IsRefusedWithTheOffset) {
  const std::string page = "<html><body><h1>T</h1><p>ab\xFF</p></body></html>";
  std::string error;
  EXPECT_FALSE(parse_html_release(page, &error));
  EXPECT_NE(error.find("UTF-8"), std::string::npos) << error;
  EXPECT_NE(error.find("offset " + std::to_string(page.find('\xFF'))), std::string::npos) << error;
}

TEST(HtmlRelease, NoBody) {
  std::string error;
  EXPECT_FALSE(parse_html_release("<html><body><nav>Menu</nav><h1>Only a title</h1></body></html>", &error));
  EXPECT_NE(error.find("no body"), std::string::npos) << error;
}

TEST(HtmlText, BlocksBecomeLinesAndTableCellsSeparate) {
  const auto page = extract_html_text("<div>One</div><div>Two <span>and</span> three</div>"
                                      "<table><tr><td>Date</td><td>2021-01-20</td></tr></table>");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->text, "One\nTwo and three\n\nDate\n2021-01-20");
}

}  // namespace
}  // namespace dipsearch
