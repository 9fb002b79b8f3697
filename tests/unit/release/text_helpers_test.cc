// The small building blocks: language detection, list markers, chrome and end marks, UTF-8
// checks, and the fallback title. One table row per case.
#include <gtest/gtest.h>

#include "common/release/language_detect.h"
#include "common/release/list_markers.h"
#include "common/release/page_chrome.h"
#include "common/release/text_lines.h"
#include "common/release/title_fallback.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

struct LanguageRow {
  const char* text;
  const char* lang;
};

class Languages : public ::testing::TestWithParam<LanguageRow> {};

TEST_P(Languages, Detect) { EXPECT_EQ(detect_language(GetParam().text), GetParam().lang) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    Texts, Languages,
    ::testing::Values(
        LanguageRow{"The two ministers met in Seoul.", "en"},
        LanguageRow{"외교부는 오늘 정례 브리핑을 개최하였다.", "ko"},
        LanguageRow{"외교부는 UN 안보리 회의에서 DPRK 문제를 논의하였다.", "ko"},
        // A Korean name or two in English text does not make it Korean.
        LanguageRow{"Minister Park (박진) met the delegation of the United Nations Development Programme.", "en"},
        LanguageRow{"", "en"}, LanguageRow{"2021-04-08 12:00 !!!", "en"},
        LanguageRow{"ㅇ ㅇ ㅇ", "ko"}));

struct MarkerRow {
  const char* line;
  const char* stripped;
};

class Markers : public ::testing::TestWithParam<MarkerRow> {};

TEST_P(Markers, Strip) {
  EXPECT_EQ(release::strip_list_marker(GetParam().line), GetParam().stripped) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, Markers,
    ::testing::Values(
        MarkerRow{"• Text", "Text"}, MarkerRow{"* Text", "Text"}, MarkerRow{"*Text", "Text"},
        MarkerRow{"o Text", "Text"}, MarkerRow{"° Text", "Text"}, MarkerRow{"◦ Text", "Text"},
        MarkerRow{"□ 외교부는", "외교부는"}, MarkerRow{"ㅇ 양측은", "양측은"}, MarkerRow{"- 양측은", "양측은"},
        MarkerRow{"1. The First", "The First"}, MarkerRow{"12) Item", "Item"}, MarkerRow{"□ 1. Nested", "Nested"},
        // Not markers.
        MarkerRow{"※ 참고", "※ 참고"}, MarkerRow{"-5% growth", "-5% growth"}, MarkerRow{"obviously", "obviously"},
        MarkerRow{"ㅇㅇ", "ㅇㅇ"}, MarkerRow{"3. 21.(금)", "3. 21.(금)"}, MarkerRow{"1.5 million", "1.5 million"},
        MarkerRow{"2021. 4. 8.", "2021. 4. 8."}, MarkerRow{"123. Not a number marker", "123. Not a number marker"},
        MarkerRow{"**bold**", "**bold**"}));

TEST(PageChrome, HeaderLines) {
  for (const char* line : {"Skip navigation", "1. HOME", "2. Press Releases", "Press Releases 상세보기",
                           "1. 화면크기 2. 국가상징 3. 어린이·청소년 4. RSS 5. ENGLISH", "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
                           "INTERNATIONAL > East Asia & Pacific", "Home › Press", "KOR", "print PRINT", "|"}) {
    EXPECT_TRUE(release::is_header_chrome(line)) << line;
  }
  for (const char* line : {"Outcome of First ROK - Afghanistan Political Consultations", "1. The two sides agreed to meet.",
                           "외교부, 재외국민 안전 점검 회의 개최"}) {
    EXPECT_FALSE(release::is_header_chrome(line)) << line;
  }
}

TEST(PageChrome, FooterStarts) {
  for (const char* line : {"만족도 조사 열람하신 정보에 대해 만족하십니까?", "Related Articles", "이전글 회의 개최",
                           "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "Copyright © 2024 Ministry", "Comments (3)", "댓글"}) {
    EXPECT_TRUE(release::is_footer_start(line)) << line;
  }
  for (const char* line : {"Comments by the spokesperson were welcomed by the partners.",
                           "Copyright cooperation will be expanded.", "The related articles of the treaty apply."}) {
    EXPECT_FALSE(release::is_footer_start(line)) << line;
  }
}

struct EndMarkRow {
  const char* line;
  long position;  // -1: no end mark
};

class EndMarks : public ::testing::TestWithParam<EndMarkRow> {};

TEST_P(EndMarks, Find) {
  const auto found = release::find_end_mark(GetParam().line);
  EXPECT_EQ(found ? static_cast<long>(*found) : -1L, GetParam().position) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, EndMarks,
    ::testing::Values(EndMarkRow{"in Afghanistan. (End)", 16}, EndMarkRow{"Text.(END)", 5}, EndMarkRow{"(End)", 0},
                      EndMarkRow{"합의하였다. (끝)", 17}, EndMarkRow{"첨부: 사진 2매. 끝.", 21}, EndMarkRow{"끝.", 0},
                      EndMarkRow{"끝", 0}, EndMarkRow{"- 끝 -", 0}, EndMarkRow{"오랜 논의 끝.", -1},
                      EndMarkRow{"The End of an era.", -1}, EndMarkRow{"weekend", -1}));

TEST(Utf8Check, FindsTheFirstBadByte) {
  EXPECT_FALSE(release::find_invalid_utf8("plain ascii and 한글").has_value());
  EXPECT_EQ(release::find_invalid_utf8("ab\x80"), 2u);
  EXPECT_EQ(release::find_invalid_utf8("ab\xE2\x82"), 2u);        // truncated
  EXPECT_EQ(release::find_invalid_utf8("\xC1\xBF"), 0u);          // overlong
  EXPECT_EQ(release::find_invalid_utf8("x\xF4\x90\x80\x80"), 1u);  // past U+10FFFF
  EXPECT_EQ(release::sanitize_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(release::quote_for_message("abcdef", 3), "\"abc…\"");
}

TEST(TextLines, CollapseSpaces) {
  EXPECT_EQ(release::collapse_spaces("  a \t b\xC2\xA0\xC2\xA0" "c\xE3\x80\x80" "d  "), "a b c d");
  EXPECT_EQ(release::collapse_spaces("zero\xE2\x80\x8Bwidth"), "zerowidth");
  EXPECT_EQ(release::split_lines("a\r\nb\rc\n\nd").size(), 5u);
}

TEST(TextLines, HasVisibleTextAsCollapseSpacesWouldKeep) {
  for (std::string_view text : {"", " \t\r\n", "\xC2\xA0\xE3\x80\x80\xE2\x80\x8B\xC2\xAD", "\x7F\x01 ", " x ",
                                "\xE2\x80\x8B\xEC\x99\xB8", "\xC2\xA0.", "\xEF\xBB\xBF"}) {
    EXPECT_EQ(release::has_visible_text(text), !release::collapse_spaces(text).empty()) << text;
  }
  EXPECT_FALSE(release::has_visible_text(" \xE2\x80\x8B\xE3\x80\x80 "));
  EXPECT_TRUE(release::has_visible_text("\xE3\x80\x80\xEC\x99\xB8\xEA\xB5\x90"));
}

TEST(TextLines, StartsWithIgnoreCase) {
  EXPECT_TRUE(release::starts_with_ignore_case("DATE: 2021-01-20", "date"));
  EXPECT_TRUE(release::starts_with_ignore_case("등록일 2021", "등록일"));
  EXPECT_FALSE(release::starts_with_ignore_case("Dat", "date"));
  EXPECT_FALSE(release::starts_with_ignore_case("Data", "date"));
}

TEST(TitleFallback, ShortAndLongFirstLines) {
  EXPECT_EQ(title_from_body("  Short   first line \nsecond"), "Short first line");
  std::string unspaced;
  for (int i = 0; i < 150; ++i) unspaced += "가";
  const std::string title = title_from_body(unspaced);
  EXPECT_EQ(release::count_code_points(title), 121u);  // 120 + "…"
  EXPECT_FALSE(release::find_invalid_utf8(title).has_value());
}

}  // namespace
}  // namespace dipsearch
