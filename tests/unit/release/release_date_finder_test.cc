// The release's date on a page: one small page per row, built from the lines pages show around
// their headline, with the date that must be found, or none where the page states none.
#include "common/release/release_date_finder.h"

#include <gtest/gtest.h>

#include "common/release/headline_scorer.h"

namespace dipsearch::release {
namespace {

struct DateRow {
  const char* name;
  const char* page;
  const char* date;  // "" when the page states no date of the release
};

void PrintTo(const DateRow& row, std::ostream* os) { *os << row.name; }

class ReleaseDates : public ::testing::TestWithParam<DateRow> {};

TEST_P(ReleaseDates, FindsTheReleaseDateOnly) {
  const DateRow& row = GetParam();
  const PageLayout page(row.page);
  const auto candidates = headline_candidates(page, {});
  const HeadlineFeatures* headline = choose_headline(candidates);
  const size_t line = headline != nullptr ? headline->line : kNoLine;
  const DateScan date = choose_release_date(date_evidence(page, line), line);
  EXPECT_EQ(date.status == DateScan::Status::kValid ? date.value : "", row.date);
}

INSTANTIATE_TEST_SUITE_P(
    Pages, ReleaseDates,
    ::testing::Values(
        DateRow{"label_and_value_on_two_lines",
                "Korea and Chile Sign a Youth Exchange Arrangement\nDate\n2022-05-03\nhit\n310\n"
                "1. The two governments signed an arrangement on youth exchanges in Seoul on May 2.\n",
                "2022-05-03"},
        DateRow{"korean_label_with_dots", "재외국민 안전 설명회 개최 안내\n작성일 2018.07.12 | 조회 388\n"
                "재외국민 안전 설명회가 7월 20일 대사관 회의실에서 열립니다. 많은 참석을 바랍니다.\n",
                "2018-07-12"},
        DateRow{"news_input_time", "한-몽골 외교장관, 희토류 공급망 협력 논의\n입력 2023-06-07 10:00 수정 2023-06-08 11:40\n"
                "외교부 장관은 7일 서울에서 몽골 외교장관과 회담을 갖고 공급망 협력 방안을 논의했다고 밝혔다.\n",
                "2023-06-07"},
        DateRow{"updated_label_when_alone",
                "Korea, Peru agree to expand anchovy trade and port links\nUpdated : 2019-05-30 15:22\n"
                "Korea and Peru agreed on Thursday to expand trade in processed anchovies, the ministry said.\n",
                "2019-05-30"},
        DateRow{"byline_with_published_label",
                "Korea, Peru agree to expand anchovy trade and port links\nBy Park Ji-won\n"
                "Published : Oct 24, 2024 - 09:12 Updated : Oct 25, 2024 - 15:22\n"
                "Korea and Peru agreed on Thursday to expand trade in processed anchovies, the ministry said.\n",
                "2024-10-24"},
        // The byline run into the date's label, as a news page saves them.
        DateRow{"byline_glued_to_published_label",
                "Fisheries chief to visit Korea to discuss quotas\nBy NewswirePublished : Oct. 27, 2017 - 09:20\n"
                "The chief of the fisheries organization will visit South Korea next week, the ministry said Friday.\n",
                "2017-10-27"},
        DateRow{"dotted_date_with_time_and_stop",
                "해양수산 협력 회의 결과 브리핑\n2025.08.26. 오후 4:32.\n해양수산부가 오늘 새벽 마무리된 협력 회의 결과와 관련해 "
                "브리핑합니다.\n",
                "2025-08-26"},
        DateRow{"month_day_year_line", "Minister to visit Korea and Mongolia\nMedia release\nOctober 24, 2024\n"
                "The Minister for Foreign Affairs will travel to Seoul and Ulaanbaatar next week to discuss "
                "minerals.\n",
                "2024-10-24"},
        DateRow{"place_and_day_month_year", "Readout of the Secretary-General's meeting with the Foreign Minister\n"
                "Apia, 12 March 2019\nThe Secretary-General met the Foreign Minister of the Republic of Korea "
                "today.\n",
                "2019-03-12"},
        DateRow{"dateline_in_parentheses", "Joint Press Statement on the Korea-Ghana Development Partnership\n"
                "(22 May 2015, Seoul)\nThe Republic of Korea and the Republic of Ghana reaffirmed their "
                "partnership this week.\n",
                "2015-05-22"},
        DateRow{"dateline_opening_the_first_paragraph", "Joint Press Statement on the Development Partnership\n"
                "(22 May 2015, Seoul) The Republic of Korea and the Republic of Ghana reaffirmed their "
                "partnership this week.\n",
                "2015-05-22"},
        DateRow{"issuer_and_day_first_date", "Press Release Regarding the Missile Launch by the DPRK\n"
                "Dışişleri Bakanlığı 09.09.2016\nWe are concerned to learn that the DPRK has launched a ballistic "
                "missile today.\n",
                "2016-09-09"},
        DateRow{"slashed_date_line", "Ambassador hosts reception for Korean War veterans\n2018/06/06\n"
                "The Ambassador hosted a reception at the residence for veterans of the Korean War.\n",
                "2018-06-06"},
        DateRow{"portal_date_with_issuer", "외교부 업무계획 사전 브리핑\n2023.01.10 외교부\n목록\n"
                "안녕하십니까. 올해 외교부 업무계획을 미리 설명드리겠습니다. 질문도 받겠습니다.\n",
                "2023-01-10"},
        DateRow{"stored_page_date_line", " date 2021-03-09 Back To Top\nJoint statement on ocean plastics signed\n"
                "Korea and Indonesia signed a joint statement on reducing ocean plastics on Tuesday in Jakarta.\n",
                "2021-03-09"},
        DateRow{"agency_byline_date",
                "한·몽골, 기후변화 공동연구 착수\n(서울=한빛통신) 한지우 기자 = 2022년 3월 27일 한국과 몽골이 기후변화 공동연구를 "
                "시작한다.\n",
                "2022-03-27"},
        DateRow{"publication_label_below_the_body",
                "Ministers discuss fisheries cooperation in Seoul\nThe two ministers met in Seoul on Monday and "
                "discussed fisheries cooperation and port access.\nThey agreed to meet again next year.\n"
                "date 2019-10-21\n",
                "2019-10-21"},
        DateRow{"widget_date_above_and_dateline_below", "Monday, December 29, 2025 Search\n"
                "Regular Press Briefing No. 12\n(Hanoi, August 14th, 2014)\n1. The Ministry will host a seminar "
                "on maritime cooperation on August 20 in Hanoi.\n",
                "2014-08-14"},
        DateRow{"signed_off_under_the_body",
                "Minister for Trade to Visit Lisbon and Madrid\nThe Minister for Trade will visit Lisbon and Madrid "
                "next week to meet business leaders.\nThe Minister will be accompanied by officials.\n. . . . .\n"
                "3 MARCH 2019\nTravel Page\n",
                "2019-03-03"},
        DateRow{"signed_off_by_an_office_with_a_spaced_comma",
                "Closure of the Visa Section for the Spring Holiday\nThe visa section will be closed from April 4 to "
                "April 6 for the spring holiday and will reopen on Monday.\nConsular Section, Embassy\n"
                "March 28 , 2019\nShare This Page\n",
                "2019-03-28"},
        DateRow{"head_date_beats_the_sign_off",
                "Minister to Visit Lisbon\nDate : 2019-03-01\nThe Minister will visit Lisbon next week to meet "
                "business leaders and officials.\n3 March 2019\n",
                "2019-03-01"},
        DateRow{"place_and_date_joined_to_the_text_by_a_dash",
                "Minister Welcomes Agreement on River Basin Cooperation\nNEW DELHI, 14 March 2020 - The Minister of "
                "External Affairs today welcomed the agreement on data sharing.\n",
                "2020-03-14"},
        DateRow{"date_joined_to_a_lead_in_by_a_dash",
                "Minister Urges Restraint After Border Clash\nFebruary 11, 2014 – The Minister of Foreign Affairs "
                "today issued the following statement:\n\"We urge all sides to exercise restraint and return to "
                "talks.\"\n",
                "2014-02-11"},
        DateRow{"korean_date_line_saved_without_its_units",
                "한-라오스 개발협력 정책협의회 개최\n2018 6 14\n외교부는 6월 14일 서울에서 제3차 한-라오스 개발협력 정책협의회를 "
                "개최하였다.\n",
                "2018-06-14"},
        DateRow{"korean_label_and_month_day_run_together",
                "재외국민 선거 안내\n작성일 2019 1115\n재외선거 신고 신청 기간을 안내합니다. 신청은 누리집에서 할 수 있습니다.\n",
                "2019-11-15"},
        // A byline and a place between the heading and its date.
        DateRow{"date_under_a_byline_block",
                "Daily Press Briefing\nJane Roe, Spokesperson\nCapital City, Northland\nMarch 4, 2009\nMS. ROE: Good "
                "afternoon, everyone. I have two announcements before I take your questions.\n",
                "2009-03-04"},
        // The last day of a period in the headline is not the release's date; the sign-off is.
        DateRow{"period_in_the_headline_and_a_sign_off",
                "Visit by the Minister to the Northern Republic, 28 November – 1 December 2011\nThe Minister will "
                "visit the Northern Republic from 28 November to 1 December 2011 to meet senior officials.\n. . . . "
                ".\n27 NOVEMBER 2011\nTravel Page\n",
                "2011-11-27"},
        // No date rather than a wrong one.
        DateRow{"period_in_the_headline_and_nothing_else",
                "Visit by the Minister to the Northern Republic, 28 November – 1 December 2011\nThe Minister will "
                "visit the Northern Republic to meet senior officials of the trade ministry.\n",
                ""},
        DateRow{"dateline_whose_day_and_month_cannot_be_told_apart",
                "Remarks by the High Representative during her visit\nCapital City, 06/08/2018 - 11:13, UNIQUE ID: "
                "4\nI want to thank you for the time you dedicated to me and my delegation today.\n",
                ""},
        DateRow{"dashed_dateline_without_a_year",
                "Foreign Minister to Visit Japan\nSEOUL, June 3 - The Foreign Minister will make a three-day trip "
                "to Japan next week.\n",
                ""},
        DateRow{"dates_listed_under_the_body",
                "Programme of the State Visit\nThe President will make a state visit next month, the first in ten "
                "years.\n3 June 2019\n4 June 2019\n",
                ""},
        DateRow{"number_run_that_is_no_date",
                "재외국민 선거 안내\n2019 1234\n재외선거 신고 신청 기간을 안내합니다. 신청은 누리집에서 할 수 있습니다.\n",
                ""},
        DateRow{"event_dates_in_the_body",
                "Foreign Minister to Visit Belgium and France\n1. The Foreign Minister will visit Belgium and France "
                "from October 19 to 24, 2017.\n2. On 20 October 2017 the Minister will meet her counterpart.\n",
                ""},
        DateRow{"dateline_without_a_year",
                "S. Korean FM to make 3-day trip to Japan next week\nSEOUL, July 15 (Newswire) -- The Foreign "
                "Minister will embark on a three-day trip to Japan next week.\n",
                ""},
        DateRow{"footer_update_and_copyright",
                "Ministers discuss fisheries cooperation in Seoul\nThe two ministers met in Seoul on Monday and "
                "discussed fisheries cooperation and port access.\nPage last updated: 2025-01-12\n"
                "© Commonwealth of Example 2025\n",
                ""},
        DateRow{"photo_caption_date",
                "Prime Minister hosts diplomatic corps reception\n"
                "The Prime Minister speaks at the reception in Seoul. 2025.12.03. (Photo: Newswire)\n"
                "The Prime Minister hosted the diplomatic corps on Wednesday and thanked them for their support.\n",
                ""},
        DateRow{"ambiguous_slashed_date", "Joint statement on the fisheries agreement\n07/01/2022 | Press release\n"
                "The two governments signed the fisheries agreement today and will publish its text soon.\n",
                ""},
        // A dateline with the agency in brackets and a colon, opening the body.
        DateRow{"dateline_with_agency_and_colon",
                "Ministers meet in Lisbon on fisheries\nLisbon, 3 May 2024 (HNS): The fisheries ministers met in "
                "Lisbon today to review the joint research programme.\n",
                "2024-05-03"},
        // Fields with bars between them, the date day or month first: no date.
        DateRow{"bar_fields_with_an_ambiguous_date",
                "Minister to visit India on Friday\nAgency | New Delhi | Updated: 06-04-2023 21:35 IST | Created: "
                "06-04-2023 21:35 IST\nThe minister will visit India from Friday to discuss trade and shipping.\n",
                ""},
        // The page's entries run on after the deck: the first entry's date.
        DateRow{"entries_run_on_after_the_deck",
                "해양부 차관 “어업 협정 연내 타결” 자신감\n해양부 “쟁점 두 가지 남아” 발행2024-02-03 09:10:11 "
                "수정2024-02-04 09:15:00\n해양부 차관은 이웃 나라와의 어업 협정 협상이 마무리 단계에 들어섰다고 밝혔다.\n",
                "2024-02-03"},
        DateRow{"date_inside_the_headline_is_not_evidence",
                "Spokesperson's Press Briefing (June 21, 2018)\nGood afternoon. Let me start today's briefing with "
                "three announcements for you.\n",
                ""}));

TEST(ReleaseDates, ImpossibleLabelledDateIsReportedAsSuch) {
  const PageLayout page("Ministers meet in Seoul today\nDate : 2021-02-30\nThe ministers met in Seoul and discussed "
                        "fisheries cooperation and port access.\n");
  const DateScan date = choose_release_date(date_evidence(page, 0), 0);
  EXPECT_EQ(date.status, DateScan::Status::kInvalid);
  EXPECT_EQ(date.value, "2021-02-30");
}

}  // namespace
}  // namespace dipsearch::release
