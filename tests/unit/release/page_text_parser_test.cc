// Saved page layouts (families A–E): one fixture per layout, each checked for title, date,
// body start and end, and chrome that must not reach the body.
#include "common/release/page_text_parser.h"

#include <gtest/gtest.h>

#include <vector>

#include "page_layout_rows.h"
#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::contains;
using testing_support::ends_with;
using testing_support::fixture;
using testing_support::read_bytes;
using testing_support::starts_with;


TEST_P(PageLayouts, FindsTitleDateAndBody) {
  const LayoutRow& row = GetParam();
  std::string error;
  const auto release = parse_page_text(read_bytes(fixture(std::string("pages/") + row.file)), &error);
  ASSERT_TRUE(release.has_value()) << error;
  EXPECT_EQ(release->title, row.title);
  EXPECT_EQ(release->date, row.date);
  EXPECT_TRUE(starts_with(release->body, row.body_start)) << release->body;
  EXPECT_TRUE(ends_with(release->body, row.body_end)) << release->body;
  for (const char* chrome : row.not_in_body) {
    EXPECT_FALSE(contains(release->body, chrome)) << "\"" << chrome << "\" in body:\n" << release->body;
  }
  size_t breaks = 0;
  for (size_t at = release->body.find("\n\n"); at != std::string::npos; at = release->body.find("\n\n", at + 2)) ++breaks;
  EXPECT_EQ(breaks + 1, row.paragraphs) << release->body;
  EXPECT_FALSE(contains(release->body, "\n\n\n"));
}

INSTANTIATE_TEST_SUITE_P(
    Families, PageLayouts,
    ::testing::Values(
        LayoutRow{"family-a-en.txt", "Korea and Iceland Hold Second Working Group on Polar Research",
                  "2023-11-16", "1. The Second Korea - Iceland Working Group",
                  "3. The next meeting of the Working Group will be held in Seoul in 2025.",
                  {"Skip navigation", "HOME", "Hit", "상세보기", "(End)", "Related Articles", "Norway"},
                  8},
        LayoutRow{"family-b-date-lines.txt",
                  "Spokesperson's Statement on the Launch of the Coastal Cleanup Partnership", "2022-06-09",
                  "1. The Government of the Republic of Korea welcomes", "expert meeting in Busan later this year.",
                  {"바로가기", "KOR", "Press Briefings", "1875", "hit"},
                  2},
        LayoutRow{"family-b-no-date.txt",
                  "Foreign Minister Meets Visiting Delegation from the Pacific Islands Forum", "",
                  "The Foreign Minister met a delegation", "development projects in the region.",
                  {"Ministry News", "검색창"},
                  2},
        LayoutRow{"family-c-ko.txt", "제3차 한-칠레 해양협력 위원회 개최 결과(5.12.)", "2024-05-12",
                  "□ 외교부는 5.12.(일) 산티아고에서", "차기 회의를 2025년 서울에서 개최하기로 합의하였다.",
                  {"누리집", "화면크기", "부서명", "중남미국\n", "작성일", "조회수", "1042", "첨부", "끝.",
                   "만족도", "보통"},
                  5},
        LayoutRow{"family-d-portal.txt", "외교부, 재외국민 안전 점검 회의 개최", "2022-08-05",
                  "□ 외교부는 8월 4일 재외공관장들과", "최신 안전 정보를 신속히 제공할 계획이다.",
                  {"브리핑룸", "콘텐츠 영역", "목록", "2022.08.05"},
                  3},
        LayoutRow{"family-d-tv.txt", "한-베트남 문화교류의 해 개막 행사 열려", "2022-03-27",
                  "한국과 베트남이 올해를", "전통 공연을 선보였습니다.",
                  {"등록일", "앵커", "[기자]", "정책 영상"},
                  2},
        LayoutRow{"family-e-wire-en.txt", "Seoul-Canberra hydrogen talks end with new shipping pact",
                  "2016-11-18", "SEOUL, Nov. 17 (Newswire) -- South Korea and Australia",
                  "port facilities in Ulsan.",
                  {"By Jordan Hale", "ADVERTISEMENT", "(END)", "Related Articles", "Japan"},
                  3},
        LayoutRow{"family-e-wire-ko.txt", "한·몽골, 기후변화 공동연구 착수", "2022-03-27",
                  "(서울=한빛통신) 한지우 기자 = 2022년 3월 27일 한국과 몽골이",
                  "토양 조사를 시작한다.",
                  {"저작권자", "무단", "관련 뉴스", "방한"},
                  2}));

// One fixture page per failure class seen on real pages (written for the project; the layouts
// are the real ones): the headline among chrome, the date among other dates, the body clean.
INSTANTIATE_TEST_SUITE_P(
    FailureClasses, PageLayouts,
    ::testing::Values(
        LayoutRow{"ministry-en-current.txt", "Korea and Uruguay Hold Second Consultations on Antarctic Research",
                  "2023-10-11", "1. The Republic of Korea and the Oriental Republic of Uruguay held",
                  "agreed to meet again in Seoul next year.",
                  {"facebook", "SCREEN SIZE", "검색창", "KOR", "Press Releases", "912", "unofficial"},
                  2},
        LayoutRow{"headline-missing.txt",
                  "The Minister for Trade visited Busan on Tuesday to open a regional office for exporters of "
                  "processed food",
                  "", "The Minister for Trade visited Busan", "in both languages.",
                  {"Newsroom", "Contact us", "Media Releases"},
                  2},
        LayoutRow{"archive-notice-ko.txt", "한-포르투갈 정상 통화 관련 서면 브리핑", "2019-05-14",
                  "대통령은 오늘 오후 포르투갈 총리와", "함께 준비하기로 했습니다.",
                  {"기록물", "개인정보", "다시 보지", "This website", "청와대\n"},
                  2},
        LayoutRow{"government-site-name-en.txt",
                  "Director-General of the Department of Treaties Carolina Reyes Meets with Director-General of the "
                  "International Legal Affairs Bureau of the Ministry of Foreign Affairs of the Republic of Korea Kim "
                  "Tae-ho",
                  "2024-10-24", "On October 24, 2024, Director-General Carolina Reyes met",
                  "next round of consultations in Seoul.",
                  {"The Republic of Chile", "Updated"},
                  2},
        LayoutRow{"widget-and-tagline-en.txt",
                  "Readout of the Secretary-General's meeting with the Foreign Minister of the Republic of Korea",
                  "2019-03-12", "The Secretary-General met the Foreign Minister", "Readouts on 12 March 2019",
                  {"Welcome", "Happening now"},
                  3},
        LayoutRow{"embassy-ko-read-time.txt", "팔라우 외교장관, 한국 외교부 제2차관과 회담", "2023-02-14",
                  "팔라우 외교장관은 오늘 코로르에서", "확대하기로 합의했다.",
                  {"MINUTE READ", "발표문", "official website", "Flag"},
                  2},
        LayoutRow{"spaced-menu-en.txt", "Regular Press Briefing No. 12", "2014-08-14", "I. ANNOUNCEMENTS",
                  "search and rescue.",
                  {"Newsletter", "News letters", "Search", "December 29, 2025"},
                  3},
        LayoutRow{"pm-office-ko.txt", "세계해양포럼 개막식 축사", "2008-11-03", "존경하는 내외 귀빈 여러분",
                  "평화의 길입니다.",
                  {"태극기", "국가상징", "작성자", "조회수", "home"},
                  2},
        LayoutRow{"linked-data-ko.txt", "대변인 정례브리핑 (11.21)", "2023-11-21", "안녕하십니까? 11월 21일",
                  "참석할 예정입니다.",
                  {"Linked Data", "opendata"},
                  2},
        LayoutRow{"image-name-en.txt", "Minister Attends Opening of the Korea-Africa Start-up Forum", "2023-05-17",
                  "The Minister of Foreign Affairs attended", "took part in the forum.",
                  {".jpg", "May 17, 2023"},
                  2},
        LayoutRow{"news-breadcrumb-en.txt", "Korea, Peru agree to expand anchovy trade and port links", "2019-05-30",
                  "Korea and Peru agreed on Thursday", "held in Lima.",
                  {"Back To Top", "Menu Content", "Home /", "By Park", "Published", "Photo:", "Related",
                   "The Seoul Ledger"},
                  2},
        LayoutRow{"news-glued-date-en.txt", "Joint statement on ocean plastics signed in Jakarta", "2021-03-09",
                  "Jakarta (Harbor News) -- Korea and Indonesia", "ministerial meeting next year.",
                  {"date 2021"},
                  2},
        LayoutRow{"news-ko-portal.txt", "한-몽골 외교장관, 희토류 공급망 협력 논의", "2023-06-07",
                  "외교부 장관은 7일 서울에서", "꾸리기로 합의했다.",
                  {"Go to Contents", "HomeNews", "입력", "김서연 기자", "사진=", "저작권자"},
                  2},
        LayoutRow{"dates-byline-en.txt", "Minister to visit Korea and Mongolia", "2024-10-24",
                  "The Minister for Foreign Affairs will travel", "business leaders.",
                  {"Office of the Minister", "Media release", "last updated", "©"},
                  2},
        LayoutRow{"dates-dateline-en.txt", "Joint Press Statement on the Korea-Ghana Development Partnership",
                  "2015-05-22", "The Republic of Korea and the Republic of Ghana", "trade exhibition in Seoul.",
                  {"(22 May 2015"},
                  2},
        LayoutRow{"dates-korean-labels.txt", "재외국민 안전 설명회 개최 안내", "2018-07-12", "재외국민 안전 설명회가",
                  "신청해 주십시오.",
                  {"작성일", "조회", "공지사항", "바로가기"},
                  2},
        LayoutRow{"dates-slashes-en.txt", "Ambassador hosts reception for Korean War veterans", "2018-06-06",
                  "The Ambassador hosted a reception", "for its support.",
                  {"Embassy News", "2018/06/06"},
                  2},
        // A deck between the headline and the date line, and a photo caption with a copyright
        // credit inside the body: the date line stays out of the body, which goes on past the
        // caption to its last paragraph.
        LayoutRow{"portal-deck-caption-ko.txt", "외교부 “여름철 재외국민 보호 체계 전면 점검에 최선”", "2019-07-02",
                  "대변인 “해외 여행객 안전 대책 마련할 것”", "매주 갱신하겠다고 덧붙였다.",
                  {"2019.07.02", "저작권자", "글자크기", "다음기사"},
                  4},
        // A briefing's date and briefer on one line ("2023.04.11 홍길동 대변인"): the date, and
        // neither the line nor the briefer's name in the body.
        LayoutRow{"briefing-byline-ko.txt", "외교부 대변인 정례브리핑", "2023-04-11",
                  "안녕하십니까? 4월 11일 정례브리핑을", "알려 드리겠습니다.",
                  {"2023.04.11", "홍길동", "인쇄 목록"},
                  5},
        // A slideshow above the headline ("• 2 of 4 …", its caption printed again below it):
        // not the headline, not the body, and the date line under the deck is the release's.
        LayoutRow{"slideshow-en.txt", "The Undersecretary for Maritime Affairs' Remarks", "2025-03-12",
                  "At the Opening of the Regional Seminar", "ends with a shared plan.",
                  {"of 4", "public holidays", "RA 20455", "12 March 2025"},
                  7},
        // A media contact block between the headline and the date: an e-mail address and a
        // telephone number alone on their lines are contact details, not a headline.
        LayoutRow{"contact-block-en.txt", "Joint Press Conference, Port Moresby, Papua New Guinea", "2025-04-09",
                  "Related ministers and contacts", "will the first exchange take place?",
                  {"6100 4321", "@defence", "9 April 2025"},
                  8},
        // Menus saved with two spaces between their entries, above an ambassador's column.
        LayoutRow{"menu-two-spaces-ko.txt", "하늘빛 대사 한가위 인사 (2024년)", "", "하늘빛 주한대사 추석 인사말",
                  "다리가 되겠습니다.",
                  {"휴관일", "공보문화원장"},
                  4},
        // A press release saved from a word processor's table: the heading and its dash-framed
        // deck in one cell, the issue date in the row above.
        LayoutRow{"framed-deck-ko.txt", "“청년 교류, 지역과 함께 키우겠다”", "2025-03-04",
                  "□ 청장은 3.4.(화) 대전에 위치한", "키워 나가겠다고 강조했다.",
                  {"보도시점", "배포 즉시"},
                  3},
        // A release signed and dated under its last paragraph, and a headline with dates in it.
        LayoutRow{"signed-off-en.txt",
                  "Press Statement: Working Visit by the Minister for Trade to Lisbon and Madrid, 4 to 8 March 2019",
                  "2019-03-03", "The Minister for Trade will make a working visit", "Travel Page",
                  {"Press Statements", ".    ."},
                  5},
        // An archive notice of a heading and a paragraph above the headline; the date joined by a
        // dash to the lead-in of the statement.
        LayoutRow{"archived-dash-dateline-en.txt", "Minister Calls for Calm on the Peninsula", "2012-03-02",
                  "March 2, 2012 - The Minister of Foreign Affairs", "contact the press office.",
                  {"archived", "reference and research"},
                  4},
        // A bracketed section name above the headline, a date line saved without 년/월/일.
        LayoutRow{"unmarked-date-ko.txt", "한-라오스 개발협력 정책협의회 개최", "2018-06-14",
                  "외교부는 6월 14일 서울에서", "내년 사업 계획을 논의하였다.",
                  {"보도자료", "2018 6 14", "바로가기"},
                  2},
        // A transcript: its heading names the event and the place, its disclaimer and its
        // subjects stand between the heading and the questions; it states no date.
        LayoutRow{"transcript-subjects-en.txt", "Doorstop Interview, Canberra", "",
                  "JOURNALIST: Minister, what will you raise", "next steps for the agreement.",
                  {"E&OE", "Subjects:", "Media Hub"},
                  2},
        // A whole menu saved on one line from its home entry; the heading stands above the
        // spokesperson's byline, the place and the date, the topics of the briefing below them.
        // (The byline and the place stay at the head of the body, as a deck under a headline does.)
        LayoutRow{"menu-run-byline-en.txt", "Daily Press Briefing", "2009-03-04", "Jane Roe, Spokesperson",
                  "visited the fishermen again yesterday.",
                  {"Newsroom", "Careers", "Ministry of Foreign Affairs", "March 4, 2009"},
                  8},
        // The site's name as an acronym with its expansion, above the date and the headline.
        LayoutRow{"acronym-site-name-en.txt", "Foreign Minister of the Northern Republic addresses the Fisheries Council",
                  "2011-06-14", "On 14 June, the Minister of Foreign Affairs", "addressed the Fisheries Council.",
                  {"PIFO", "Pacific Islands Fisheries Organization", "14 Jun. 2011"},
                  2},
        // A headline ending in the period of the visit, and the release dated under its body.
        LayoutRow{"date-range-headline-en.txt",
                  "Press Statement: Visit by the Minister of State for Trade to the Northern Republic, 28 November – 1 "
                  "December 2011",
                  "2011-11-27", "The Minister of State for Trade will visit", "Travel Page",
                  {"Press Statement:", ". . ."},
                  4},
        // A dateline whose day and month could be either way round (06/08), settled by the
        // line's own stamp of the date (ID 180806_4: 6 August); the headline above it, not the
        // longer restatement under the section's name (which opens the body).
        LayoutRow{"uncertain-dateline-en.txt", "Remarks by the High Representative during her visit to the Northern Republic",
                  "2018-08-06", "Statements by the High Representative", "the work we do together at the United Nations.",
                  {"Regional External Service", "UNIQUE ID"},
                  6},
        // Labels glued to their values ("Visit842 Date2021.05.06 10:20") under a city's headline.
        LayoutRow{"glued-labels-ko.txt", "[유럽순방] 자매도시와 우호도시는 어떻게 다를까?", "2021-05-06",
                  "시장은 4일 오전 현지 시청을 방문해", "공유하겠다”고 전했다.",
                  {"Visit842", "Date2021"},
                  3}));

// Layouts of the fourth held-out set's misses, each in a page written for the project.
INSTANTIATE_TEST_SUITE_P(
    HeldOutClasses, PageLayouts,
    ::testing::Values(
        // Body lines wrapped at a fixed width: a line the line above goes on into is prose,
        // however long and however near the first paragraph.
        LayoutRow{"wrapped-lines-en.txt",
                  "Meeting between the Minister and the Director-General of the Regional Fisheries Agency", "",
                  "1. During her visit to the regional forum", "training course for inspectors next year.",
                  {"Press Releases", "검색창"},
                  4},
        // A headline holding its date in brackets, above the office holder's line and the time of
        // the briefing: the headline wins over the office holder.
        LayoutRow{"briefing-bracketed-date-en.txt", "Spokesperson's Press Briefing (Mar. 3, 2015)", "2015-03-03",
                  "Press Briefing\n\nSpokesperson and Deputy Minister", "quotas and port inspections.",
                  {"14:30 KST", "Press Briefings"},
                  5},
        // A promotion under its close button, the channel's name, a headline ending in a quote
        // and the script's anchor mark: the quoted headline.
        LayoutRow{"banner-close-tv-ko.txt", "외국 공무원들, \"한국 행정 배우러 왔어요\"", "",
                  "세계 20개국에서 온", "꼼꼼히 기록하고 있습니다.",
                  {"배너 닫기", "공모전", "KTV", "앵커>"},
                  4},
        // An author's name and rank above the headline that opens with the same name.
        LayoutRow{"author-label-ko.txt", "다나카 하나코(田中花子) 문화원장 부임 인사", "",
                  "3월 초에 주한대사관 문화원장으로", "문화원장 다나카 하나코(田中花子)",
                  {"공사\n"},
                  5},
        // A photo caption printed twice, its agency credited after the last full stop.
        LayoutRow{"caption-bare-credit-en.txt", "Korea names envoys to Chile, four other nations", "",
                  "Korea on Friday appointed new ambassadors", "the ministry said in a release.",
                  {"Yonhap", "hands a credential"},
                  2},
        // The browser's title ("Headline | Site") above the page: the headline without the site.
        LayoutRow{"site-suffix-en.txt", "Seoul's new fisheries minister opens talks on 'complex' quota issue", "",
                  "Seoul's new fisheries minister opens talks", "on his first day.",
                  {"Harbor News"},
                  4},
        // A news date with its time of day and a closing stop ("2025.08.26. 오후 4:32.").
        LayoutRow{"date-and-time-ko.txt", "해양수산 협력 회의 결과 브리핑", "2025-08-26",
                  "해양수산부가 오늘 새벽", "협력에 합의했습니다.",
                  {"오후 4:32", "인쇄하기", "[앵커]"},
                  3}));

// Layouts of the fifth held-out set's misses, each in a page written for the project.
INSTANTIATE_TEST_SUITE_P(
    FifthHeldOutClasses, PageLayouts,
    ::testing::Values(
        // A newsletter's menu with bars between its entries, above the date line.
        LayoutRow{"bar-menu-newsletter-ko.txt", "주포르투갈대사관 해양협력센터 개소식 현장", "2024-03-08",
                  "주포르투갈대사관은 지난 1년 동안", "함께 살펴보았습니다.",
                  {"메인으로", "트위터"},
                  2},
        // Other articles' headlines listed above the release's own, which stands above the
        // article tools ("폰트 확대 폰트 축소 프린트하기").
        LayoutRow{"headline-list-ko.txt", "한지우 제2차관, 주한 태평양 도서국 대사단과 오찬 간담회", "",
                  "□ 한지우 해양부 제2차관은", "추진하겠다고 하였다.",
                  {"장마철", "폰트 확대"},
                  3},
        // The browser's notice that scripts are off, in two lines of prose above the headline.
        LayoutRow{"script-notice-ko.txt", "한지우 장관 \"어촌 일자리, 올해 안에 대책 내놓겠다\"", "2024-05-02",
                  "한지우 해양부 장관은", "이같이 밝혔습니다.",
                  {"자바스크립트", "Posted"},
                  2},
        // The deck with the page's entries run on after it ("… 발행2024-02-03 09:10:11 수정…"), and
        // a photo caption credited after a copyright sign.
        LayoutRow{"glued-entries-ko.txt", "해양부 차관 “어업 협정 연내 타결” 자신감.상대국 “검토 중” 신중", "2024-02-03",
                  "해양부 “양측 입장 차 크게 좁혀.남은 쟁점은 두 가지”\n\n해양부 차관은", "신중한 태도를 보이고 있다.",
                  {"발행2024", "ⓒ사진"},
                  3},
        // A path ending in the headline, the headline under it, and a dateline with the agency
        // in brackets opening the body ("Lisbon, 3 May 2024 (HNS): …").
        LayoutRow{"breadcrumb-echo-dateline-en.txt", "Portuguese and Korean fisheries ministers meet in Lisbon",
                  "2024-05-03", "Lisbon, 3 May 2024 (HNS): The fisheries ministers", "next meeting in Busan.",
                  {"HomeNews", "Follow us"},
                  2},
        // A pool report: the headline twice around its date, then a timeline whose first entry
        // is a heading opening with the time of day.
        LayoutRow{"timeline-heading-ko.txt", "한‧일 정상 오찬 POOL", "2019-04-11",
                  "### 스케치\n\n## 12:05 대통령이 탄 차량", "짧게 이야기를 나눔",
                  {"오늘 그만 보기", "컨텐츠바로가기", "2019-04-11"},
                  4},
        // The date line of a release wire, fields with bars between, its date day or month
        // first (05/07/2024): no date, and the headline below it, not the salutation.
        LayoutRow{"bar-fields-en.txt",
                  "PM Ana Costa at the Joint Press Conference with the President of the Republic of Korea (May 2024)",
                  "", "Your Excellency, President of the Republic of Korea,\n\nDistinguished Guests,",
                  "the number of student exchanges.",
                  {"Distributed by", "Office of the"},
                  5}));


TEST_P(PageRules, Parse) {
  const RuleRow& row = GetParam();
  std::string error;
  const auto release = parse_page_text(row.page, &error);
  ASSERT_TRUE(release.has_value()) << error;
  EXPECT_EQ(release->title, row.title);
  EXPECT_EQ(release->date, row.date);
  EXPECT_EQ(release->body, row.body);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, PageRules,
    ::testing::Values(
        RuleRow{"event_date_in_body_is_not_the_release_date",
                "Talks Held\nThe talks were held on 7 April 2021 in Kabul.\nThey ended on 2021-04-08.\n",
                "Talks Held", "", "The talks were held on 7 April 2021 in Kabul.\n\nThey ended on 2021-04-08."},
        RuleRow{"korean_event_date_in_body", "회의 개최(3.21.)\n작성일\n2025-03-21\n□ 3.21.(금) 회의를 개최하였다.\n",
                "회의 개최(3.21.)", "2025-03-21", "□ 3.21.(금) 회의를 개최하였다."},
        RuleRow{"month_only_byline", "Rivers Accord Signed\ndate 2021-09\nFive states signed the accord.\n",
                "Rivers Accord Signed", "2021-09", "Five states signed the accord."},
        RuleRow{"wire_timestamp_line", "Talks end\n2021-04-07 18:51\nThe talks ended.\n", "Talks end", "2021-04-07",
                "The talks ended."},
        RuleRow{"english_long_date_line", "Statement on the Floods in Pakistan\n18 November 2016\nThe statement follows.\n",
                "Statement on the Floods in Pakistan",
                "2016-11-18", "The statement follows."},
        RuleRow{"dotted_date_with_spaces", "브리핑\n2022. 8. 5. 외교부\n본문입니다.\n", "브리핑", "2022-08-05",
                "본문입니다."},
        RuleRow{"korean_date_label", "공지\n등록일 : 2022년 3월 27일\n내용입니다.\n", "공지", "2022-03-27", "내용입니다."},
        RuleRow{"entries_run_on_after_the_headline",
                "Talks resume in Geneva 입력 2024.02.03 (14:55) 수정 2024.02.03 (16:46)\n"
                "The talks between the two delegations resumed in Geneva this morning after a break of two weeks.\n",
                "Talks resume in Geneva", "2024-02-03",
                "The talks between the two delegations resumed in Geneva this morning after a break of two weeks."},
        RuleRow{"checkmarked_summary_under_the_headline",
                "Briefing on the Summit Week\n✔ Talks with the Prime Minister of Portugal on 5 May\n"
                "✔ Lunch with the President of Chile on 7 May\n✔ Dinner with the Premier of Ontario on 8 May\n"
                "✔ Meeting with the Secretary-General on the last day of the week\n"
                "The spokesperson briefed reporters on the schedule of the summit week this morning.\n",
                "Briefing on the Summit Week", "",
                "✔ Talks with the Prime Minister of Portugal on 5 May\n\n✔ Lunch with the President of Chile on 7 May\n\n"
                "✔ Dinner with the Premier of Ontario on 8 May\n\n"
                "✔ Meeting with the Secretary-General on the last day of the week\n\n"
                "The spokesperson briefed reporters on the schedule of the summit week this morning."},
        RuleRow{"published_beats_modified", "Notice\nUpdated : 2022-05-02\nPosted : 2022-05-01\nText.\n", "Notice",
                "2022-05-01", "Text."},
        RuleRow{"modified_date_when_alone", "Notice\n수정일 2022-05-02\nText.\n", "Notice", "2022-05-02", "Text."},
        RuleRow{"several_entries_on_one_line", "제목\n작성일 2025-03-21 | 조회수 1,372\n본문.\n", "제목", "2025-03-21",
                "본문."},
        RuleRow{"metadata_above_title", "2023-01-02\nNew Year Message\nBest wishes to all.\n", "New Year Message",
                "2023-01-02", "Best wishes to all."},
        RuleRow{"end_mark_cuts_footer", "Ministers Meet in Geneva\nBody text. (End)\nFooter line\n",
                "Ministers Meet in Geneva", "", "Body text."},
        RuleRow{"korean_end_marks", "한-일 국장급 협의 개최\n본문 하나.\n본문 둘. (끝)\n다음 내용\n", "한-일 국장급 협의 개최",
                "", "본문 하나.\n\n본문 둘."},
        RuleRow{"word_ending_in_kkeut_is_not_an_end_mark", "한-일 국장급 협의 개최\n오랜 논의 끝.\n결론.\n",
                "한-일 국장급 협의 개최", "",
                "오랜 논의 끝.\n\n결론."},
        RuleRow{"hard_wrapped_lines_join", "Ministers Meet in Geneva\nThe ministers agreed to work with\nthe partners.\n",
                "Ministers Meet in Geneva", "",
                "The ministers agreed to work with the partners."},
        RuleRow{"numbers_that_are_not_markers",
                "Ministers Meet in Geneva\n3. 21.(금) 회의\n-5% growth was noted.\n1.5 million came.\n",
                "Ministers Meet in Geneva", "", "3. 21.(금) 회의\n\n-5% growth was noted.\n\n1.5 million came."},
        RuleRow{"nested_markers_kept_for_citing",
                "Ministers Meet in Geneva\n□ 1. First point.\n  - Sub point.\n※ Note kept.\n",
                "Ministers Meet in Geneva", "", "□ 1. First point.\n\n- Sub point.\n\n※ Note kept."},
        RuleRow{"attachment_lines_dropped", "Ministers Meet in Geneva\nBody.\nAttachment : report.pdf\n결과 자료.hwp (52KB)\n",
                "Ministers Meet in Geneva", "", "Body."},
        RuleRow{"crlf_and_nbsp", "Title\r\n\xC2\xA0 Date : 2020-01-02\r\n\r\nBody\xC2\xA0\xC2\xA0text.\r\n", "Title",
                "2020-01-02", "Body text."},
        RuleRow{"news_page_controls_and_reporter_address",
                "연수 개최\n송고시간2022-03-27 10:15\n글자크기 조정\n인쇄\n(서울=한빛통신) 한지우 기자 = 외교부는 27일 "
                "연수를 시작한다고 밝혔다.\nhanjiwoo@example.com\n<저작권자(c) 한빛통신, 무단 전재-재배포 금지>\n",
                "연수 개최", "2022-03-27", "(서울=한빛통신) 한지우 기자 = 외교부는 27일 연수를 시작한다고 밝혔다."},
        RuleRow{"issuing_office_between_title_and_date",
                "INTERNATIONAL > East Asia & Pacific\nprint PRINT\nJoint Statement on Fisheries\n"
                "Office of the Spokesperson\nMarch 3, 2023\nThe text follows.\n",
                "Joint Statement on Fisheries", "2023-03-03", "The text follows."},
        RuleRow{"banner_word_in_a_title", "이 누리집은 대한민국 공식 전자정부 누리집입니다.\n해외안전여행 누리집 개편 안내\n"
                "작성일 2024-01-05\n누리집이 새 단장을 마쳤다.\n",
                "해외안전여행 누리집 개편 안내", "2024-01-05", "누리집이 새 단장을 마쳤다."},
        RuleRow{"long_headline_above_a_short_first_sentence",
                "Joint Statement of the Foreign Ministers of the Five Partner Countries on Maritime Security, "
                "Fisheries Management, Disaster Relief, Ports, Shipping Lanes, Search and Rescue, Training of Coast "
                "Guards, Exchanges of Officials and Connectivity across the Region Adopted at Their Second Meeting in "
                "the Capital on the Eve of the Regional Summit\nThe ministers met on 12 September 2022.\n",
                "Joint Statement of the Foreign Ministers of the Five Partner Countries on Maritime Security, Fisheries "
                "Management, Disaster Relief, Ports, Shipping Lanes, Search and Rescue, Training of Coast Guards, "
                "Exchanges of Officials and Connectivity across the Region Adopted at Their Second Meeting in the "
                "Capital on the Eve of the Regional Summit",
                "", "The ministers met on 12 September 2022."},
        RuleRow{"quoted_answer_signed_off_by_its_date",
                "Press Releases|\n\n\u201CIn response to a question, the Spokesperson said that the launch is a matter of "
                "deep concern and that all parties should avoid such actions.\u201D\n\n12 February 2016\n\n"
                "Close Search Window\n",
                "\u201CIn response to a question, the Spokesperson said that the launch is a matter of deep concern and "
                "that all parties…",
                "2016-02-12",
                "\u201CIn response to a question, the Spokesperson said that the launch is a matter of deep concern and "
                "that all parties should avoid such actions.\u201D\n\n12 February 2016\n\nClose Search Window"},
        RuleRow{"body_only_text", "This is a long paragraph without any title line, which goes on and on about the "
                "cooperation between the two countries in many fields including trade, culture, science and "
                "education, for more than two hundred characters in total.\n",
                "This is a long paragraph without any title line, which goes on and on about the cooperation "
                "between the two countries…",
                "",
                "This is a long paragraph without any title line, which goes on and on about the cooperation "
                "between the two countries in many fields including trade, culture, science and education, for "
                "more than two hundred characters in total."}));

TEST(PageText, NoBodyIsAnError) {
  std::string error;
  EXPECT_FALSE(parse_page_text("Skip navigation\nPress Releases\nJust a Title\nDate : 2021-01-01\nHit : 3\n", &error));
  EXPECT_NE(error.find("no body"), std::string::npos) << error;
  EXPECT_FALSE(parse_page_text("", &error));
  EXPECT_FALSE(parse_page_text("바로가기 메뉴\n본문 바로가기\n", &error));
}

TEST(PageText, ImpossibleDateInTheDateLineLeavesTheReleaseUndated) {
  std::string error;
  std::vector<std::string> warnings;
  const auto release = parse_page_text("Title\nDate : 2021-02-30\nBody.\n", &error, &warnings);
  ASSERT_TRUE(release) << error;
  EXPECT_EQ(release->title, "Title");
  EXPECT_EQ(release->date, "");
  EXPECT_EQ(release->body, "Body.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("\"2021-02-30\""), std::string::npos) << warnings[0];
  // Without a place for warnings the release is read the same.
  ASSERT_TRUE(parse_page_text("Title\nDate : 2021-02-30\nBody.\n"));
}

TEST(PageText, DateJustAboveAKnownTitle) {
  PageTextOptions options;
  options.title_candidates = {"Heading"};
  const auto release = parse_page_text("Menu\n2021-05-06\nHeading\nText.\n", options);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2021-05-06");
  EXPECT_EQ(release->body, "Text.");
}

TEST(PageText, KnownTitleAnchorsTheTitleLine) {
  PageTextOptions options;
  options.title_candidates = {"Actual Title"};
  const auto release = parse_page_text("Some Menu\nOther Link\nActual Title\nFirst paragraph.\n", options);
  ASSERT_TRUE(release);
  EXPECT_EQ(release->title, "Actual Title");
  EXPECT_EQ(release->body, "First paragraph.");
}

}  // namespace
}  // namespace dipsearch

namespace dipsearch {
namespace {

// The date line of a briefing names its briefer ("2025.04.08 홍길동 대변인"): the date is the
// release's, the name and office a head note for entity extraction, and neither is body text.
TEST(PageTextHead, DateLineBylineIsANoteNotBody) {
  const auto release = parse_page_text(
      "본문 바로가기\n\n외교부 대변인 브리핑\n\n2025.04.08 홍길동 대변인\n글자크기 설정\n"
      "안녕하십니까? 4월 8일 정례브리핑을 시작합니다.\n\n"
      "외교부는 4월 10일 서울에서 개최되는 회의에 참석하는 대표단의 일정을 안내해 드립니다.\n");
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2025-04-08");
  EXPECT_EQ(release->title, "외교부 대변인 브리핑");
  EXPECT_EQ(release->head_notes, (std::vector<std::string>{"홍길동 대변인"}));
  EXPECT_EQ(release->body.find("홍길동"), std::string::npos) << release->body;
}

TEST(PageTextHead, CountryRowOfTheHeadIsANote) {
  const auto release = parse_page_text(
      "안전공지\n출국 전 우리 국민이 참고할 최신 안전정보를 제공합니다.\n국가 | 페루, 칠레 | ||\n"
      "---|---|---|---|\n제목 | 남미 지역 집회 관련 안전유의 | ||\n등록일 | 2023-05-02 | 조회 | 120 |\n"
      "남미 지역 집회 관련 안전유의 ○ 최근 일부 도시에서 대규모 집회가 이어지고 있습니다. 신변안전에 유의해주시기 바랍니다.\n");
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2023-05-02");
  EXPECT_EQ(release->head_notes, (std::vector<std::string>{"페루, 칠레"}));
  EXPECT_EQ(release->body.find("국가 |"), std::string::npos) << release->body;
}

// A briefing's head row naming its speaker, its label spaced out as forms do: a note.
TEST(PageTextHead, SpeakerRowOfTheHeadIsANote) {
  auto briefing_with = [](const std::string& row) {
    return parse_page_text("정책브리핑\n\n정례 브리핑\n\n  • 일시 및 장소 : 2021-03-04 10:30, 본관\n" +
                           row + "\n   안녕하십니까? 정례브리핑 시작하겠습니다.\n\n장관은 오늘 회의에 참석합니다.\n");
  };
  const auto release = briefing_with("  • 발    표    자  :    대변인 홍길동");
  ASSERT_TRUE(release);
  EXPECT_EQ(release->date, "2021-03-04");
  EXPECT_EQ(release->head_notes, (std::vector<std::string>{"대변인 홍길동"}));
  EXPECT_EQ(release->body.find("홍길동"), std::string::npos) << release->body;
  // Another label is no note.
  const auto other = briefing_with("  • 담    당  :    대변인실");
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->head_notes.empty());
}

// A site's country selector among its chrome names no country of the release.
TEST(PageTextHead, ChromeCountrySelectorIsNoNote) {
  const auto release = parse_page_text(
      "Country | Korea | Japan | China\nHome | About | Contact\n\nHeading of the Release\n2021-05-06\n"
      "The minister met the delegation today and discussed the agenda of the meeting.\n");
  ASSERT_TRUE(release);
  EXPECT_EQ(release->title, "Heading of the Release");
  EXPECT_TRUE(release->head_notes.empty()) << release->head_notes.front();
}

TEST(PageTextHead, PlainDateLineAndBodyLinesGiveNoNotes) {
  const auto dated = parse_page_text("Heading of the Release\n2021-05-06\nThe minister met the delegation today.\n");
  ASSERT_TRUE(dated);
  EXPECT_TRUE(dated->head_notes.empty());
  // A country row inside the body is body text, not a head note.
  const auto in_body = parse_page_text(
      "Heading of the Release\nDate : 2021-05-06\nThe minister met the delegation today.\nCountry: Peru\n");
  ASSERT_TRUE(in_body);
  EXPECT_TRUE(in_body->head_notes.empty());
}

}  // namespace
}  // namespace dipsearch
