// Page chrome by kind: one row per line as saved pages show it, and the headlines and body
// lines that look a little like chrome but are not.
#include "common/release/page_chrome.h"

#include <gtest/gtest.h>

namespace dipsearch::release {
namespace {

struct ChromeRow {
  const char* line;
  ChromeKind kind;
};

void PrintTo(const ChromeRow& row, std::ostream* os) { *os << row.line; }

class ChromeKinds : public ::testing::TestWithParam<ChromeRow> {};

TEST_P(ChromeKinds, ClassifiesTheLine) {
  const ChromeRow& row = GetParam();
  EXPECT_EQ(chrome_kind(row.line), row.kind) << row.line << ": " << chrome_kind_name(chrome_kind(row.line));
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ChromeKinds,
    ::testing::Values(
        // Skip links, in both languages.
        ChromeRow{"바로가기 메뉴 본문 바로가기 주메뉴 바로가기", ChromeKind::kSkipLink},
        ChromeRow{"Go to Contents Go to Navigation", ChromeKind::kSkipLink},
        ChromeRow{"content shortcut", ChromeKind::kSkipLink},
        // Banners, taglines and archive notices.
        ChromeRow{"이 누리집은 대한민국 공식 전자정부 누리집입니다.", ChromeKind::kSiteBanner},
        ChromeRow{"An official website of the Republic of Palau", ChromeKind::kSiteBanner},
        ChromeRow{"A .mil website belongs to an official defense organization", ChromeKind::kSiteBanner},
        ChromeRow{"Welcome to the Pacific Commission. It's your region.", ChromeKind::kSiteBanner},
        ChromeRow{"이 웹사이트는 임기가 끝나 기록관으로 이관된 대통령기록물입니다.", ChromeKind::kArchiveNotice},
        ChromeRow{"Archived content: this page is no longer updated", ChromeKind::kArchiveNotice},
        // Menus: section names, numbered and social menus, language menus, doubled link text.
        ChromeRow{"SCREEN SIZE", ChromeKind::kMenu}, ChromeRow{"KOR", ChromeKind::kMenu},
        ChromeRow{"What's New", ChromeKind::kMenu}, ChromeRow{"발표문", ChromeKind::kMenu},
        ChromeRow{"1. 화면크기 2. 국가상징 3. 어린이·청소년", ChromeKind::kMenu},
        ChromeRow{"عربي Español Русский Français 简体中文", ChromeKind::kMenu},
        ChromeRow{"Public Affairs Public Affairs", ChromeKind::kMenu},
        // Menu entries with bars between them; a headline or a table row with bars is none.
        ChromeRow{"메인으로 | 전체기사 | 지난호 | 해양부", ChromeKind::kMenu},
        ChromeRow{"About | Contact Us | Sitemap", ChromeKind::kMenu},
        ChromeRow{"Korea | Japan | China Ministers Meet", ChromeKind::kNone},
        ChromeRow{"국가 | 페루, 칠레 | ||", ChromeKind::kNone},
        ChromeRow{"작성일 2025-03-21 | 조회수 1372 | 해양부", ChromeKind::kNone},
        ChromeRow{"1. Foreign Ministry of Korea on facebook", ChromeKind::kSocial},
        ChromeRow{"facebook youtube blog instargram", ChromeKind::kSocial},
        // Breadcrumbs, with and without separators.
        ChromeRow{"Home > Press > Press Releases", ChromeKind::kBreadcrumb},
        ChromeRow{"Home / World / Asia-Pacific", ChromeKind::kBreadcrumb},
        ChromeRow{"HOME 뉴스 국제", ChromeKind::kBreadcrumb}, ChromeRow{"HomeNews외교 소식", ChromeKind::kBreadcrumb},
        // A whole menu run from the home entry, longer than any path, is one still.
        ChromeRow{"Home Newsroom Briefings Travel & Visas Countries Trade & Investment Youth & Education Careers About "
                  "the Ministry Video Contact Us",
                  ChromeKind::kBreadcrumb},
        ChromeRow{"Home Press Centre Spokesperson's Notices Press Events Media Services Accreditation Guide Contact "
                  "Information of the Press Department Contact Us",
                  ChromeKind::kBreadcrumb},
        // The site's name as an acronym and its expansion, either way round.
        ChromeRow{"PIFO - Pacific Islands Fisheries Organization", ChromeKind::kSiteBanner},
        ChromeRow{"Pacific Islands Fisheries Organization (PIFO)", ChromeKind::kSiteBanner},
        ChromeRow{"Northern Council of the Arts | NCA", ChromeKind::kSiteBanner},
        // Controls, badges, images and captions.
        ChromeRow{"Back To Top", ChromeKind::kControl}, ChromeRow{"인쇄 목록", ChromeKind::kControl},
        ChromeRow{"폰트 확대 폰트 축소 프린트하기", ChromeKind::kControl},
        ChromeRow{"[오늘 그만 보기]", ChromeKind::kControl},
        // What the browser is told when scripts are off.
        ChromeRow{"이 누리집의 모든 기능을 쓰시려면 브라우저에서 자바스크립트를 활성화해야 합니다.", ChromeKind::kSiteBanner},
        ChromeRow{"Please enable JavaScript in your browser to read this page.", ChromeKind::kSiteBanner},
        // A caption credited after a copyright sign; a footer's copyright line is no caption.
        ChromeRow{"해양부 차관이 협상을 위해 3일 정부청사에 들어서고 있다. 2024.02.03.ⓒ사진 = 한빛통신", ChromeKind::kImage},
        ChromeRow{"Copyright © 2024 Harbor News", ChromeKind::kNone},
        ChromeRow{"22 MINUTE READ", ChromeKind::kReadTime}, ChromeRow{"시계아이콘01분 04초 소요", ChromeKind::kReadTime},
        ChromeRow{"태극기 이미지", ChromeKind::kImage}, ChromeRow{"p20230517-01.jpg", ChromeKind::kImage},
        ChromeRow{"1.13.(월).jpg 이미지입니다.", ChromeKind::kImage},
        ChromeRow{"Australian Commonwealth Coat of Arms", ChromeKind::kImage},
        ChromeRow{"Fishing boats are moored at the port on Tuesday. (Photo: Port Authority)", ChromeKind::kImage},
        ChromeRow{"▲ 회담에 앞서 악수하는 두 장관", ChromeKind::kImage}, ChromeRow{"-----", ChromeKind::kSymbols},
        // Slideshow counters, and contact details alone on a line.
        ChromeRow{"• 2 of 4 Our offices are closed on public holidays. Plan your visit ahead.", ChromeKind::kSlide},
        ChromeRow{"3 of 4 RA 20455", ChromeKind::kSlide},
        ChromeRow{"02 6100 4321", ChromeKind::kContact}, ChromeRow{"+82-2-2100-7046", ChromeKind::kContact},
        ChromeRow{"(044) 200-2149", ChromeKind::kContact},
        ChromeRow{"minister.media@defence.example.gov", ChromeKind::kContact},
        ChromeRow{"정례브리핑하는 외교부 대변인.<저작권자(c) 뉴스통신, 무단 전재-재배포 금지>", ChromeKind::kImage},
        ChromeRow{"Delegates pose before the talks. [Photo: Embassy]", ChromeKind::kImage},
        // A caption whose agency follows its last full stop without brackets.
        ChromeRow{"The minister hands a credential to the new envoy in Seoul, Feb. 3. Yonhap", ChromeKind::kImage},
        // A banner's close button, a TV script's anchor mark and a channel's name.
        ChromeRow{"배너 닫기", ChromeKind::kControl}, ChromeRow{"Close banner", ChromeKind::kControl},
        ChromeRow{"앵커>", ChromeKind::kControl}, ChromeRow{"KTV 국민방송", ChromeKind::kSiteBanner},
        // A speech's delivery note labels its text, with or without dashes and brackets; a
        // headline about delivering is no note.
        ChromeRow{"As Prepared for Delivery –", ChromeKind::kControl},
        ChromeRow{"*Check against delivery*", ChromeKind::kControl},
        ChromeRow{"(As delivered)", ChromeKind::kControl},
        ChromeRow{"Aid Prepared for Delivery to the Northern Ports", ChromeKind::kNone},
        // A copyright credit alone or after the reporter's name ends an article: the footer's.
        ChromeRow{"<저작권자(c) 뉴스통신, 무단 전재-재배포 금지>", ChromeKind::kNone},
        ChromeRow{"김서연 기자 <저작권자(c) 뉴스통신, 무단 전재-재배포 금지>", ChromeKind::kNone},
        // Text that only resembles chrome: a briefing's question, credited to the reporter
        // who asked it.
        ChromeRow{"<질문> 중국과 협의 중인 사항이 있는지 답변 부탁드리겠습니다. (연합뉴스 홍길동 기자)",
                  ChromeKind::kNone},
        ChromeRow{"Q: Will the minister visit Beijing this month? (Yonhap, Kim Min-ji, reporter)",
                  ChromeKind::kNone},
        ChromeRow{"Korea and Uruguay Hold Second Consultations on Antarctic Research", ChromeKind::kNone},
        ChromeRow{"Home Affairs Minister Visits Seoul", ChromeKind::kNone},
        ChromeRow{"Home Buyers in the Capital Wait Longer for Loans as the Central Bank Keeps Rates High and Banks "
                  "tighten their lending to first buyers",
                  ChromeKind::kNone},
        ChromeRow{"PIFO - Members Agree on Catch Limits", ChromeKind::kNone},
        ChromeRow{"Pacific Islands Fisheries Organization Meets in Apia (PIFO)", ChromeKind::kNone},
        ChromeRow{"해외안전여행 누리집 개편 안내", ChromeKind::kNone},
        ChromeRow{"Ambassador hosts reception for Korean War veterans", ChromeKind::kNone},
        ChromeRow{"Korea/Japan fisheries talks end", ChromeKind::kNone},
        ChromeRow{"The talks ended in Seoul on Feb. 3. Officials", ChromeKind::kNone},
        ChromeRow{"Ports Reopen After the Storm, Says AP", ChromeKind::kNone},
        ChromeRow{"KTV 국민방송 개국 30주년 기념식 열려", ChromeKind::kNone},
        ChromeRow{"▲김 행정관: 오늘 일정을 말씀드리겠습니다. 오전에는 회의가 있습니다.", ChromeKind::kNone},
        ChromeRow{"The minister posted the statement on facebook and twitter after the meeting ended today.",
                  ChromeKind::kNone},
        // Dates, counts and figures are not telephone numbers; a count of people is not a slide.
        ChromeRow{"2018-06-21", ChromeKind::kNone}, ChromeRow{"2024.02.08", ChromeKind::kNone},
        ChromeRow{"1,501", ChromeKind::kNone}, ChromeRow{"2019-2024", ChromeKind::kNone},
        ChromeRow{"2 of 3 respondents said the new visa rules made travel for business easier.", ChromeKind::kNone},
        ChromeRow{"5 of 4 items", ChromeKind::kNone}));

TEST(SpacedMenu, ItemsSavedSideBySideAreAMenu) {
  EXPECT_TRUE(is_spaced_menu_line("Home page     News letters    Contact   Links Tiếng Việt "));
  EXPECT_TRUE(is_spaced_menu_line("대사관 동정   언론사의 취재   영사 업무   유학"));
  EXPECT_FALSE(is_spaced_menu_line("Good afternoon.  As you know, the talks ended."));
  EXPECT_FALSE(is_spaced_menu_line("  1. The Government of the Republic of Korea welcomes the agreement."));
  EXPECT_FALSE(is_spaced_menu_line("One item     Two items"));
}

TEST(SpacedMenu, TwoSpacesNeedFourEntries) {
  EXPECT_TRUE(is_spaced_menu_line("대사관 안내  대사관 칼럼  대사관 활동  미디어・강연 관련  대사관 휴관일"));
  EXPECT_FALSE(is_spaced_menu_line("Seoul  Busan  Incheon"));
  // Typed prose puts two spaces after its full stops.
  EXPECT_FALSE(is_spaced_menu_line("Good afternoon.  Thank you.  Please sit.  Let us begin."));
}

}  // namespace
}  // namespace dipsearch::release
