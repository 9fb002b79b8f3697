// Pathological HTML: markup that made the parser slow or lost the page's text is refused
// with a reason or read properly, and a DOCTYPE's internal subset never becomes text.
#include <gtest/gtest.h>

#include "common/release/html_markup_limits.h"
#include "common/release/html_reader.h"
#include "release_test_support.h"

namespace dipsearch {
namespace {

using release::check_markup;
using testing_support::contains;

std::string tag_with_attributes(size_t count) {
  std::string tag = "<p";
  for (size_t i = 0; i < count; ++i) tag += " a" + std::to_string(i) + "=\"x\"";
  return tag + ">";
}

std::string page_around(const std::string& inner) {
  return "<html><head><title>Talks on trade</title></head><body><h1>Talks on trade</h1>" + inner +
         "<p>The ministers met in Lima and agreed to meet again.</p></body></html>";
}

TEST(HtmlLimits, AttributesOnOneTag) {
  std::string error;
  EXPECT_TRUE(parse_html_release(page_around(tag_with_attributes(1000) + "Text.</p>"), &error)) << error;
  const std::string page = page_around(tag_with_attributes(1001) + "Text.</p>");
  EXPECT_FALSE(parse_html_release(page, &error));
  EXPECT_NE(error.find("more than 1000 attributes on one tag (at byte offset " + std::to_string(page.find("<p a0")) + ")"),
            std::string::npos)
      << error;
  // 200,000 attributes once kept the parser busy for minutes: refused unparsed now.
  EXPECT_FALSE(parse_html_release(page_around(tag_with_attributes(200'000) + "Text.</p>"), &error));
}

TEST(HtmlLimits, ElementsAndAttributesOfAPage) {
  std::string many;
  for (size_t i = 0; i <= release::kMaxHtmlElements; ++i) many += "<b></b>";
  std::string error;
  EXPECT_FALSE(parse_html_release(page_around(many), &error));
  EXPECT_NE(error.find("more than 200000 elements"), std::string::npos) << error;
  std::string dense;
  for (size_t i = 0; i < 500; ++i) dense += tag_with_attributes(900) + "</p>";
  EXPECT_FALSE(parse_html_release(page_around(dense), &error));
  EXPECT_NE(error.find("more than 400000 attributes"), std::string::npos) << error;
}

TEST(HtmlLimits, CountsAttributesAsTheParserReadsThem) {
  // Quoted values hold spaces, '>' and '=' without ending anything; unquoted ones end at a
  // space; bare names count; comments and end tags hold none.
  EXPECT_FALSE(check_markup("<p title=\"a b > c = d\" class=x hidden data-x = 'y z'>").too_large);
  std::string quoted = "<meta content=\"";
  for (int i = 0; i < 5000; ++i) quoted += "word ";
  EXPECT_FALSE(check_markup(quoted + "\">").too_large) << "the words of one value are one attribute";
  std::string comment = "<!-- " + tag_with_attributes(2000) + " -->";
  EXPECT_FALSE(check_markup(comment).too_large);
  std::string bare = "<input";
  for (int i = 0; i < 1001; ++i) bare += " d" + std::to_string(i);
  EXPECT_TRUE(check_markup(bare + ">").too_large);
  // UTF-16 markup counts too (its NUL bytes are passed over).
  std::string utf16;
  for (char c : tag_with_attributes(1001)) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_TRUE(check_markup(utf16).too_large);
}

TEST(HtmlLimits, DeepNestingKeepsItsText) {
  // Past 256 levels the parser used to stop, and the page had "no body".
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<div>";
  deep += "<p>The delegations discussed maritime cooperation at length.</p>";
  for (int i = 0; i < 300; ++i) deep += "</div>";
  std::string error;
  const auto release = parse_html_release(page_around(deep), &error);
  ASSERT_TRUE(release) << error;
  EXPECT_TRUE(contains(release->body, "maritime cooperation")) << release->body;
  EXPECT_TRUE(contains(release->body, "met in Lima")) << release->body;

  std::string deeper;
  for (size_t i = 0; i <= release::kMaxHtmlDepth; ++i) deeper += "<div>";
  EXPECT_FALSE(parse_html_release(page_around(deeper + "<p>Text.</p>"), &error));
  EXPECT_NE(error.find("nested more than 1000 deep"), std::string::npos) << error;
}

TEST(HtmlLimits, DoctypeInternalSubsetIsNoText) {
  for (const std::string subset : {
           "[<!ENTITY note \"Declared words of the subset\">]",
           "[\n  <!ENTITY note \"Declared words > of the subset\">\n  <!ELEMENT p (#PCDATA)>\n"
           "  <!-- a ] comment -->\n  <!ATTLIST p id ID #IMPLIED>\n]"}) {
    // The parser used to end the DOCTYPE at the subset's first '>': the rest became the
    // page's first line, and so its title.
    const std::string page = "<!DOCTYPE html " + subset + ">\n<html><head><title>Talks on trade</title></head>"
                             "<body><p>The ministers met in Lima.</p><p>They agreed to meet again.</p></body></html>";
    std::string error;
    const auto release = parse_html_release(page, &error);
    ASSERT_TRUE(release) << error;
    for (const char* leaked : {"subset", "ENTITY", "ELEMENT", "ATTLIST", "]>"}) {
      EXPECT_FALSE(contains(release->body, leaked)) << leaked << " in " << release->body;
      EXPECT_FALSE(contains(release->title, leaked)) << leaked << " in " << release->title;
    }
    EXPECT_TRUE(contains(release->body, "agreed to meet again")) << release->body;
  }
  const release::MarkupCheck check = check_markup("<!doctype html [<!ENTITY a \"]\">]><p>x</p>");
  EXPECT_EQ(check.subset_begin, 15u);
  EXPECT_EQ(check.subset_end, 32u);
}

}  // namespace
}  // namespace dipsearch
