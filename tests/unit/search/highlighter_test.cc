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

// Words that match only together are marked only together: the words of a phrase, of a
// name of several words, and a name found written in two parts. Alone they did not match.
INSTANTIATE_TEST_SUITE_P(
    OnlyWhatMatched, Marks,
    ::testing::Values(
        // "japan" also reads as two romanized syllables, found only in a row.
        MarkCase{"Japan", "Japan becomes an occasion", "<mark>Japan</mark> becomes an occasion"},
        MarkCase{"Kyungwha", "Kang Kyung wha and Kyung alone, wha alone",
                 "Kang <mark>Kyung wha</mark> and Kyung alone, wha alone"},
        // A country's name of two words is a phrase; its stems are not its words.
        MarkCase{"United States", "the United States and the Secretary of State",
                 "the <mark>United States</mark> and the Secretary of State"},
        MarkCase{"United States", "United. States", "<mark>United. States</mark>"},  // as the index finds it
        MarkCase{"United States", "United, then States", "United, then States"},
        MarkCase{"United States", "united kingdom; States Parties", "united kingdom; States Parties"},
        // Quoted words match as written and in a row; the same words apart stay unmarked.
        MarkCase{"\"foreign minister\"", "The Foreign Minister met the minister of foreign affairs",
                 "The <mark>Foreign Minister</mark> met the minister of foreign affairs"},
        MarkCase{"\"foreign ministers\"", "foreign minister", "foreign minister"},
        MarkCase{"\"Secretary of State\" Japan", "Secretary of State visits Japan; State visit",
                 "<mark>Secretary of State</mark> visits <mark>Japan</mark>; State visit"},
        // A Korean word also written in two parts: both parts in a row, with a particle.
        MarkCase{"긴급구호대", "긴급 구호대를 보냈고 긴급 회의와 구호대", "<mark>긴급 구호대를</mark> 보냈고 긴급 회의와 구호대"},
        MarkCase{"\"한미 동맹\"", "한미 동맹은 굳건하며 한미 공조와 동맹", "<mark>한미 동맹은</mark> 굳건하며 한미 공조와 동맹"},
        // A word of the query is still marked wherever it stands.
        MarkCase{"States consultations", "States held consultations", "<mark>States</mark> held <mark>consultations</mark>"}));

// The parts of a long word find only partial matches (match=auto's tail): they are marked
// in those, and nowhere else.
TEST(Snippets, PartsOfAWordAreMarkedOnlyInPartialMatches) {
  const BuiltQuery built = testing::meaning("긴급구호대 파견");
  const std::string text = "긴급 회의를 열었다";
  EXPECT_EQ(highlight_all(text, built.highlight), text);
  EXPECT_EQ(highlight_all(text, built.partial_highlight), "<mark>긴급</mark> 회의를 열었다");
  EXPECT_EQ(highlight_all("긴급 구호대를 파견", built.highlight), "<mark>긴급 구호대를</mark> <mark>파견</mark>");
}

// A one-syllable first half is marked only with the rest of the word after it (이 산가족).
TEST(Snippets, AOneSyllableHalfIsNotMarkedAlone) {
  const std::string text = "이 회의는 가족 상봉을 논의했다";
  EXPECT_EQ(highlight_all(text, testing::meaning("이산가족 상봉").partial_highlight),
            "이 회의는 <mark>가족</mark> <mark>상봉을</mark> 논의했다");
  EXPECT_EQ(highlight_all(text, testing::meaning("이산가족 상봉", MatchMode::kAny).highlight),
            "이 회의는 <mark>가족</mark> <mark>상봉을</mark> 논의했다");
}

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

// Text is read a part at a time: a phrase that a part's end cuts is still marked whole once
// the next part is read, as the whole text's highlight marks it, wherever the cut falls.
TEST(Snippets, APhraseAcrossWhereReadingIsSplitIsMarkedWhole) {
  const std::string filler = "Delegations discussed budgets and schedules at length. ";
  const HighlightTerms terms = testing::meaning("Seoul change \"climate change policy\"").highlight;
  for (size_t shift = 0; shift < 160; ++shift) {
    std::string text;
    for (int i = 0; i < 9; ++i) text += filler;
    text += "In Seoul, ";
    for (int i = 0; i < 5; ++i) text += filler;
    text += std::string(shift, '.') + " the climate change policy brings change. ";
    for (int i = 0; i < 10; ++i) text += filler;
    const std::string s = make_snippet(text, terms);
    ASSERT_NE(s.find("<mark>climate change policy</mark>"), std::string::npos) << shift << ": " << s;
    const std::string body = s.substr(s.rfind("… ", 0) == 0 ? std::string("… ").size() : 0);
    const std::string passage = body.substr(0, body.size() - std::string(" …").size());
    EXPECT_NE(highlight_all(text, terms).find(passage), std::string::npos) << shift << ": " << s;
  }
}

TEST(Snippets, WithoutMatchesShowTheStart) {
  std::string s = make_snippet("First sentence. Second sentence.", testing::meaning("absent").highlight);
  EXPECT_EQ(s, "First sentence. Second sentence.");
  EXPECT_EQ(make_snippet("", testing::meaning("absent").highlight), "");
}

}  // namespace
}  // namespace dipsearch
