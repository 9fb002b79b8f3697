// Snippets mark what the query matched, by our analyzer's offsets: whole Korean words with
// their particles, inflected English words, names however they are spelled; everything else
// is escaped, and the passage shown is the one with the most query words.
#include <gtest/gtest.h>

#include "common/search/highlighter.h"
#include "tests/unit/search/query_test_support.h"

namespace dipsearch {
namespace {

std::string marked(const std::string& query, const std::string& text) {
  return highlight_all(text, testing::meaning(query).highlight);
}

struct MarkCase {
  std::string query;
  std::string text;
  std::string expected;
};

class Marks : public ::testing::TestWithParam<MarkCase> {};

TEST_P(Marks, WholeWordsAsWritten) {
  EXPECT_EQ(marked(GetParam().query, GetParam().text), GetParam().expected) << GetParam().query;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Marks,
    ::testing::Values(
        MarkCase{"외교부", "외교부는 서울에서", "<mark>외교부는</mark> 서울에서"},
        MarkCase{"외교부", "외교부장관은 참석", "<mark>외교부장관은</mark> 참석"},
        MarkCase{"외교부의", "외교부 대변인", "<mark>외교부</mark> 대변인"},
        MarkCase{"consultation", "held consultations.", "held <mark>consultations</mark>."},
        MarkCase{"kyungwha", "Minister Kang Kyung-wha met", "Minister Kang <mark>Kyung-wha</mark> met"},
        MarkCase{"Kyung-wha", "Minister Kyungwha Kang", "Minister <mark>Kyungwha</mark> Kang"},
        MarkCase{"한미", "한·미 동맹과 한미일 공조", "<mark>한·미</mark> 동맹과 <mark>한미일</mark> 공조"},
        MarkCase{"Cavusoglu", "Mevlüt Çavuşoğlu said", "Mevlüt <mark>Çavuşoğlu</mark> said"},
        MarkCase{"일본", "日 관방장관", "<mark>日</mark> 관방장관"},
        MarkCase{"Afghanistan", "아프가니스탄의 평화", "<mark>아프가니스탄의</mark> 평화"},
        MarkCase{"consult*", "Consultations began", "<mark>Consultations</mark> began"},
        MarkCase{"the treaty", "the treaty", "the <mark>treaty</mark>"},  // stop words stay unmarked
        MarkCase{"Japan -treaty", "Japan treaty", "<mark>Japan</mark> treaty"},  // so do negated words
        // Only text that may match is analyzed; these are decided by the analyzer, not by bytes.
        MarkCase{"email", "sent by E-mail today", "sent by <mark>E-mail</mark> today"},
        MarkCase{"covid", "ＣＯＶＩＤ cases", "<mark>ＣＯＶＩＤ</mark> cases"},
        MarkCase{"NATO", "NATO는 회의를", "<mark>NATO</mark>는 회의를"},
        MarkCase{"denuclearization", "(DENUCLEARIZATION) talks", "(<mark>DENUCLEARIZATION</mark>) talks"},
        MarkCase{"외교부", "대한민국외교부에서", "<mark>대한민국외교부에서</mark>"},
        MarkCase{"talks", "Seoul\u00a0talks,\ttalks", "Seoul\u00a0<mark>talks</mark>,\t<mark>talks</mark>"}));

TEST(Snippets, EscapeTheDocumentAndMarkOnlyMatches) {
  const std::string text = "Statement <b>on</b> cyber & \"security\" <script>alert(1)</script>";
  std::string s = make_snippet(text, testing::meaning("security").highlight);
  EXPECT_EQ(s.find("<b>"), std::string::npos) << s;
  EXPECT_EQ(s.find("<script>"), std::string::npos) << s;
  EXPECT_NE(s.find("&lt;b&gt;"), std::string::npos) << s;
  EXPECT_NE(s.find("&amp;"), std::string::npos) << s;
  EXPECT_NE(s.find("<mark>security</mark>"), std::string::npos) << s;
}

TEST(Snippets, ShowThePassageWithTheMostQueryWords) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Delegations discussed budgets and schedules at length. ";
  text += "Seoul and Tokyo agreed on fisheries quotas. ";
  for (int i = 0; i < 40; ++i) text += "Other matters followed in the afternoon session. ";
  std::string s = make_snippet(text, testing::meaning("Seoul Tokyo fisheries").highlight);
  EXPECT_NE(s.find("<mark>Seoul</mark> and <mark>Tokyo</mark> agreed on <mark>fisheries</mark>"), std::string::npos) << s;
  EXPECT_EQ(s.rfind("… ", 0), 0u) << s;  // it starts inside the text
  EXPECT_LE(s.size(), 400u);
}

TEST(Snippets, WithoutMatchesShowTheStart) {
  std::string s = make_snippet("First sentence. Second sentence.", testing::meaning("absent").highlight);
  EXPECT_EQ(s, "First sentence. Second sentence.");
  EXPECT_EQ(make_snippet("", testing::meaning("absent").highlight), "");
}

}  // namespace
}  // namespace dipsearch
