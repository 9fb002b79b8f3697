// The headline of a page: tables of real-looking heads of pages (chrome, names, metadata and
// the first lines of the body) with the line that must win, the features named for one line,
// and the wrappers taken off a headline.
#include "common/release/headline_scorer.h"

#include <gtest/gtest.h>

#include "common/release/headline_text.h"

namespace dipsearch::release {
namespace {

struct HeadRow {
  const char* name;
  const char* page;
  const char* headline;  // nullptr: no line is a headline
};

void PrintTo(const HeadRow& row, std::ostream* os) { *os << row.name; }

class Headlines : public ::testing::TestWithParam<HeadRow> {};

TEST_P(Headlines, TheRightLineWins) {
  const HeadRow& row = GetParam();
  const PageLayout page(row.page);
  const auto candidates = headline_candidates(page, {});
  const HeadlineFeatures* chosen = choose_headline(candidates);
  if (row.headline == nullptr) {
    EXPECT_EQ(chosen, nullptr) << (chosen ? chosen->text : "");
  } else {
    ASSERT_NE(chosen, nullptr);
    EXPECT_EQ(chosen->text, row.headline);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Pages, Headlines,
    ::testing::Values(
        // A whole menu saved on one line from the home entry on, however long, is not a headline;
        // a heading above a byline and a place stands above its date as one block.
        HeadRow{"long_menu_run_and_a_byline_block",
                "Home Newsroom Briefings Travel & Visas Countries Trade & Investment Youth & Education Careers About "
                "the Ministry Video Contact Us\nDaily Press Briefing\nJane Roe, Spokesperson\nCapital City, Northland\n"
                "March 4, 2009\nMinister to Meet Counterpart at the Regional Forum\nMS. ROE: Good afternoon, everyone. "
                "I have two announcements before I take your questions.\n",
                "Daily Press Briefing"},
        // The site's name as an acronym and what it stands for, above the date: chrome.
        HeadRow{"acronym_and_name_of_the_site",
                "PIFO - Pacific Islands Fisheries Organization\n14 Jun. 2011\nForeign Minister of the Northern "
                "Republic addresses the Fisheries Council\nOn 14 June, the Minister of Foreign Affairs visited the "
                "headquarters and met the Director-General.\n",
                "Foreign Minister of the Northern Republic addresses the Fisheries Council"},
        // A dateline whose day and month cannot be told apart still closes the heading block.
        HeadRow{"headline_above_an_uncertain_dateline",
                "Regional External Service\nRemarks by the High Representative during her visit to the Northern "
                "Republic\nCapital City, 06/08/2018 - 11:13, UNIQUE ID: 180806_4\nStatements by the High "
                "Representative\nRemarks by High Representative Jane Roe during her visit to the Republic of the "
                "North\nI want to thank you for the time you dedicated to me and my delegation, and for the friendship "
                "between our regions.\n",
                "Remarks by the High Representative during her visit to the Northern Republic"},
        HeadRow{"bracketed_section_name_above_the_headline",
                "본문 바로가기\n보도자료 (외교부)\n한-칠레 외교장관 회담 결과\n2021-03-04\n외교부 장관은 3월 4일 칠레 외교장관과 "
                "화상으로 회담을 갖고 양국 관계 발전 방안을 논의하였다.\n",
                "한-칠레 외교장관 회담 결과"},
        HeadRow{"bracketed_english_section_name",
                "Press Releases (Archive)\nMinister Opens the Regional Seminar on Water\nJune 3, 2019\nThe Minister "
                "opened a regional seminar on water management in the capital on Monday.\n",
                "Minister Opens the Regional Seminar on Water"},
        HeadRow{"headline_too_long_for_any_other_line",
                "Press Statements\nPress Statement: Official Visit by the Minister for Foreign Affairs and Minister for "
                "Home Affairs to the Capital of the Northern Republic, the Eastern Port City and the Southern Province "
                "to Meet Senior Government Officials, Business Leaders and the Community Living Abroad, 28 November to "
                "1 December 2011, and to Attend the Regional Forum on Aid\nThe Minister will visit the Northern "
                "Republic from 28 November to 1 December 2011.\nIn the capital, the Minister will call on the "
                "President and meet the Foreign Minister.\n",
                "Press Statement: Official Visit by the Minister for Foreign Affairs and Minister for Home Affairs to "
                "the Capital of the Northern Republic, the Eastern Port City and the Southern Province to Meet Senior "
                "Government Officials, Business Leaders and the Community Living Abroad, 28 November to 1 December "
                "2011, and to Attend the Regional Forum on Aid"},
        HeadRow{"government_banner_above_the_headline",
                "An official website of the Example government\nHere's how you know\nOfficial websites use .gov\n"
                "Secure .gov websites are marked by a lock and by https in the address bar of your browser.\n"
                "Ambassador Opens New Consular Waiting Hall\nEmbassy Notices\nThe Ambassador opened the new consular "
                "waiting hall on Monday, which doubles the number of seats for applicants.\n",
                "Ambassador Opens New Consular Waiting Hall"},
        HeadRow{"greeting_of_a_site_in_german",
                "Willkommen auf den Seiten des Beispielamts\nMinisterin reist nach Seoul und Tokio\nDie Ministerin "
                "bricht heute zu einer Reise nach Korea und Japan auf und trifft dort ihre Amtskollegen.\n",
                "Ministerin reist nach Seoul und Tokio"},
        HeadRow{"transcript_with_its_disclaimer_and_topics",
                "Media Hub\nDoorstop Interview, Canberra\nTranscript, E&OE\nSubjects: Regional security; the trade "
                "agreement; climate finance.\nJOURNALIST: Minister, what will you raise with your counterpart this "
                "week?\n",
                "Doorstop Interview, Canberra"},
        HeadRow{"topic_list_under_a_subject_label",
                "Press Conference with the Foreign Minister of the Northern Republic\nSubject: bilateral relations, "
                "the fisheries agreement, consular cases\nMINISTER: Good afternoon. I am pleased to welcome my "
                "colleague to the capital for our annual talks.\n",
                "Press Conference with the Foreign Minister of the Northern Republic"},
        HeadRow{"site_name_and_social_menu_above_the_board_name",
                "Ministry of Foreign Affairs REPUBLIC OF KOREA\n1. Foreign Ministry of Korea on facebook\n"
                "SCREEN SIZE\nKOR\nPress Releases\nKorea and Chile Sign a Youth Exchange Arrangement\nDate\n"
                "2022-05-03\nhit\n310\n1. The two governments signed an arrangement on youth exchanges in Seoul on "
                "May 2, the first of its kind in the region.\n",
                "Korea and Chile Sign a Youth Exchange Arrangement"},
        HeadRow{"country_name_line_above_a_long_headline",
                "Ministry of Foreign Affairs\nThe Kingdom of Norway\nState Secretary Meets the Korean Ambassador on "
                "Arctic Shipping and Fisheries Cooperation in the Barents Sea\nUpdated: March 2, 2021 10:00\n"
                "On March 2, the State Secretary met the Ambassador of the Republic of Korea in Oslo to discuss "
                "shipping.\n",
                "State Secretary Meets the Korean Ambassador on Arctic Shipping and Fisheries Cooperation in the Barents "
                "Sea"},
        HeadRow{"widget_line_above_the_headline",
                "Happening now at HQ\nDaily Briefing by the Office of the Spokesperson\nThe following is a near-verbatim "
                "transcript of today's noon briefing by the Deputy Spokesman.\n",
                "Daily Briefing by the Office of the Spokesperson"},
        HeadRow{"headline_before_speaker_and_place",
                "Remarks With the Foreign Minister of the Republic of Korea After Their Meeting\nJane Doe\nSecretary "
                "of State\nSeoul, South Korea\nOctober 6, 2015\nSECRETARY DOE: Thank you very much. It is a pleasure "
                "to be back in Seoul with the Minister today.\n",
                "Remarks With the Foreign Minister of the Republic of Korea After Their Meeting"},
        HeadRow{"subtitle_after_the_headline",
                "외교부 “신정부 외교 비전 실현에 최선”\n대변인 “평화와 번영 위해 노력할 것”\n2017.05.11 외교부\n"
                "외교부는 11일 새 정부의 외교 비전을 실현하기 위해 최선을 다하겠다고 밝혔다.\n",
                "외교부 “신정부 외교 비전 실현에 최선”"},
        HeadRow{"korean_headline_written_as_a_sentence_above_its_date",
                "이 웹사이트는 임기가 끝나 기록관으로 이관된 대통령기록물입니다.\n오늘 오후 두 정상이 통화합니다. 그 일정을 "
                "알려드립니다.\n2018-04-26\n정상 통화는 오후 세 시에 시작됩니다. 통화가 끝나면 결과를 알려드리겠습니다.\n",
                "오늘 오후 두 정상이 통화합니다. 그 일정을 알려드립니다."},
        HeadRow{"prose_above_a_dated_entry_is_a_popup",
                "태극기 이미지\n국가상징 알아보기\n나라를 대표하는 상징으로 태극기와 애국가, 무궁화와 나라도장이 법령에 정해져 "
                "있습니다.\n닫기\n세계해양포럼 개막식 축사\n등록일 : 2008.11.03\n존경하는 내외 귀빈 여러분, 세계해양포럼이 "
                "열리게 된 것을 진심으로 축하드립니다.\n",
                "세계해양포럼 개막식 축사"},
        HeadRow{"wrapped_speech_line_is_not_a_headline",
                "해양협력 세미나 환영사\n안녕하십니까,\n먼저 오늘 세미나에 참석해 주신 여러분께 감사드리기 위해\n"
                "이 자리를 빌려 인사를 드립니다. 올해는 협력 10주년이 되는 해입니다. 많은 성과가 있었습니다.\n",
                "해양협력 세미나 환영사"},
        HeadRow{"top_line_restating_the_heading_block",
                "Chair's Statement of the 5th Mekong-Korea Foreign Ministers Meeting 2 August 2015 Kuala Lumpur\n"
                "Chair's Statement\nThe 5th Mekong-Korea Foreign Ministers Meeting\n2 August 2015\n"
                "1. The Fifth Mekong-Korea Foreign Ministers Meeting was held in Kuala Lumpur on 2 August 2015.\n",
                "Chair's Statement of the 5th Mekong-Korea Foreign Ministers Meeting 2 August 2015 Kuala Lumpur"},
        HeadRow{"labelled_title", "View Board\nTITLE Spokesperson's Press Briefing (Apr. 3, 2014)\nDate 2014.04.03\n"
                "Good afternoon. Let me start today's briefing with two announcements for you.\n",
                "Spokesperson's Press Briefing (Apr. 3, 2014)"},
        HeadRow{"date_prefixed_copy_of_the_headline",
                "01/05/17 – Fact Sheet on Trilateral Vice Ministerial Talks\nFact Sheet on Trilateral Vice "
                "Ministerial Talks\nOffice of the Spokesperson\nJanuary 5, 2017\nThe following is a joint fact sheet "
                "on the outcomes of the trilateral vice ministerial talks held today in Tokyo:\n",
                "Fact Sheet on Trilateral Vice Ministerial Talks"},
        // The tail of a hard-wrapped body line ("…, and expressed" / "gratitude to …") right
        // above the first paragraph is prose, not a headline.
        HeadRow{"wrapped_tail_above_the_first_paragraph",
                "Press Releases\nMeeting between the Minister and the Director-General\n1. The Minister explained "
                "the state of the talks and expressed\ngratitude to the Director-General for his interest in and "
                "support for the talks on the\nNorthern Fisheries and the peaceful resolution of the quota issue.\n",
                "Meeting between the Minister and the Director-General"},
        // An office's name has no numbers: a headline naming the Secretary-General and dates is
        // a headline.
        HeadRow{"office_words_with_dates_are_a_headline",
                "SG/T/2001\nActivities of Secretary-General in Republic of Korea, 10-14 November\nThe Secretary-General "
                "arrived in Seoul early on the morning of Wednesday, 10 November, after a flight from New York.\n",
                "Activities of Secretary-General in Republic of Korea, 10-14 November"},
        // A quoted saying at the end of a Korean headline is no sentence of the body.
        HeadRow{"headline_ending_in_a_quote",
                "외국 공무원들, \"한국 행정 배우러 왔어요\"\n\n세계 20개국에서 온 공무원 서른 명이 우리 행정 제도를 "
                "배우고 있습니다.\n",
                "외국 공무원들, \"한국 행정 배우러 왔어요\""},
        // A list of other articles' headlines above the release's own: the one above the body.
        HeadRow{"list_of_other_headlines_above_the_headline",
                "장마철 빗길 운전 주의보 사고 30% 늘어\n\n바다 대신 산으로 여름 휴가지 숲 캠핑 인기\n\n"
                "항구 도시 명물 등대 길 500m로 늘려\n\n해양부 발표 2023 어촌 인구 통계 분석\n\n"
                "한지우 제2차관, 도서국 대사단과 오찬 간담회\n\n폰트 확대 폰트 축소 프린트하기\n\n"
                "□ 한지우 해양부 제2차관은 3.14(목) 낮 도서국 대사단과 오찬 간담회를 갖고 의견을 나누었다.\n",
                "한지우 제2차관, 도서국 대사단과 오찬 간담회"},
        // A headline with three subtitles is no list: the headline stays.
        HeadRow{"headline_with_three_subtitles",
                "항만 협력 회의 서울에서 개최\n두 나라 해양 장관 참석해 공동 연구 합의\n내년부터 어업 자료 분기마다 교환\n"
                "다음 회의는 부산에서 열기로 결정\n"
                "해양부는 두 나라 장관이 14일 서울에서 항만 협력 회의를 열고 공동 연구에 합의했다고 밝혔다.\n",
                "항만 협력 회의 서울에서 개최"},
        // A meeting named by its partners ("한-몽골 공동위원회", "한·캐나다 외교장관") ends in an
        // office's noun but names no office: the headline above the date, not the subtitle under it.
        HeadRow{"joint_committee_of_two_partners",
                "한-몽골 공동위원회\n2024-06-03\n제5차 회의 울란바토르서 열려\n양국은 6월 3일 울란바토르에서 제5차 "
                "공동위원회를 열고 교역과 어업 협력 방안을 논의하였다.\n",
                "한-몽골 공동위원회"},
        HeadRow{"ministers_of_two_partners",
                "한·캐나다 외교장관\n2024-06-04\n북극 항로 협력 오타와서 논의\n양국 외교장관은 6월 4일 오타와에서 만나 "
                "북극 항로와 어업 협력 방안을 논의하였다.\n",
                "한·캐나다 외교장관"},
        HeadRow{"no_headline_only_menu_entries",
                "Newsroom\nSpeeches\nContact us\nThe Minister for Trade visited Busan on Tuesday to open a regional "
                "office for exporters of processed food.\n",
                nullptr}));

TEST(HeadlineFeatures, NamesWhatItSaw) {
  const PageLayout page(
      "Press Releases\nKorea and Chile Sign a Youth Exchange Arrangement\nDate\n2022-05-03\n1. The two governments "
      "signed an arrangement on youth exchanges in Seoul on May 2, the first of its kind.\n");
  const auto candidates = headline_candidates(page, {"Korea and Chile Sign a Youth Exchange Arrangement"});
  ASSERT_EQ(candidates.size(), 1u);
  const HeadlineFeatures& f = candidates[0];
  EXPECT_TRUE(f.leads_head);
  EXPECT_TRUE(f.above_metadata);
  EXPECT_TRUE(f.above_body);
  EXPECT_TRUE(f.markup_title);
  EXPECT_FALSE(f.sentence);
  EXPECT_FALSE(f.below_metadata);
  EXPECT_GT(headline_score(f), kMinHeadlineScore);
}

struct OfficeRow {
  const char* line;
  bool names_office;
};

void PrintTo(const OfficeRow& row, std::ostream* os) { *os << row.line; }

class KoreanOffices : public ::testing::TestWithParam<OfficeRow> {};

TEST_P(KoreanOffices, AreToldFromMeetings) {
  const PageLayout page(std::string(GetParam().line) + "\n");
  const auto candidates = headline_candidates(page, {});
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].names_office, GetParam().names_office);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, KoreanOffices,
    ::testing::Values(
        // A signature or an issuing body: the holder's name, the office, nothing the office did.
        OfficeRow{"제임스 오코너 해양부 장관", true}, OfficeRow{"북해어업 준비위원회", true},
        OfficeRow{"주북해 해양대사", true},
        // A meeting: two partners (한-X, 한·X), a joint body (공동), a session (회의) or its holding (개최).
        OfficeRow{"한-몽골 공동위원회", false}, OfficeRow{"한·캐나다 외교장관", false},
        OfficeRow{"한ㆍ칠레 해양장관", false}, OfficeRow{"북해 어업 공동위원회", false},
        OfficeRow{"어업위원회 회의 개최 위원장", false}));

TEST(HeadlineFeatures, EachPenaltyLowersTheScore) {
  HeadlineFeatures plain;
  plain.text = "Korea and Chile Sign a Youth Exchange Arrangement";
  plain.words = 8;
  const int base = headline_score(plain);
  for (bool HeadlineFeatures::*penalty :
       {&HeadlineFeatures::section_label, &HeadlineFeatures::deck, &HeadlineFeatures::continued,
        &HeadlineFeatures::wrapped,
        &HeadlineFeatures::marked, &HeadlineFeatures::sentence, &HeadlineFeatures::below_metadata,
        &HeadlineFeatures::holds_date, &HeadlineFeatures::place, &HeadlineFeatures::names_office,
        &HeadlineFeatures::timed}) {
    HeadlineFeatures f = plain;
    f.*penalty = true;
    EXPECT_LT(headline_score(f), base);
  }
  for (bool HeadlineFeatures::*bonus :
       {&HeadlineFeatures::leads_head, &HeadlineFeatures::above_metadata, &HeadlineFeatures::after_metadata,
        &HeadlineFeatures::above_body, &HeadlineFeatures::repeated, &HeadlineFeatures::markup_title,
        &HeadlineFeatures::labelled, &HeadlineFeatures::joins_lines}) {
    HeadlineFeatures f = plain;
    f.*bonus = true;
    EXPECT_GT(headline_score(f), base);
  }
}

struct WrapperRow {
  const char* line;
  const char* headline;
};

class HeadlineWrappers : public ::testing::TestWithParam<WrapperRow> {};

TEST_P(HeadlineWrappers, AreTakenOff) { EXPECT_EQ(headline_text(GetParam().line), GetParam().headline); }

INSTANTIATE_TEST_SUITE_P(
    Lines, HeadlineWrappers,
    ::testing::Values(
        WrapperRow{"[370012] 대변인 정례브리핑 (11.21) ( http://opendata.example.org/brief/Document/370012 ) at Linked Data",
                   "대변인 정례브리핑 (11.21)"},
        WrapperRow{"TITLE Spokesperson's Press Briefing (Apr. 3, 2014)", "Spokesperson's Press Briefing (Apr. 3, 2014)"},
        WrapperRow{"제목 | 집중호우 관련 안전 유의 | ||", "집중호우 관련 안전 유의"},
        WrapperRow{" date 2021-03-09 Joint statement on ocean plastics signed", "Joint statement on ocean plastics signed"},
        WrapperRow{"No: 112, 3 March 2016, Press Release Regarding the Missile Launch",
                   "Press Release Regarding the Missile Launch"},
        WrapperRow{"Press Release Regarding the Missile Launch , 04.03.2016", "Press Release Regarding the Missile Launch"},
        // A date that belongs to the headline stays.
        WrapperRow{"Spokesperson's Press Briefing (June 21, 2018)", "Spokesperson's Press Briefing (June 21, 2018)"},
        WrapperRow{"Chair's Statement of the Summit Singapore, 14 November 2018",
                   "Chair's Statement of the Summit Singapore, 14 November 2018"},
        WrapperRow{"Title of the Exhibition Opens", "Title of the Exhibition Opens"},
        // A heading and its dash-framed deck saved in one cell; a dash inside a headline stays.
        WrapperRow{"“청년 교류, 지역과 함께 키우겠다” - 청장, 첫 간담회 열고 방안 제시 - |", "“청년 교류, 지역과 함께 키우겠다”"},
        WrapperRow{"Ports Reopen - Ministry Lifts the Storm Warning for the East Coast -", "Ports Reopen"},
        WrapperRow{"Korea - Chile Working Group Meets in Santiago", "Korea - Chile Working Group Meets in Santiago"},
        WrapperRow{"Talks in Lima - Day Two - Trade", "Talks in Lima - Day Two - Trade"},
        // A period at the end of a headline is the headline's: its last day is no trailing date.
        WrapperRow{"Visit by the Minister to the Northern Republic, 28 November – 1 December 2011",
                   "Visit by the Minister to the Northern Republic, 28 November – 1 December 2011"},
        WrapperRow{"Trade Mission to the Eastern Ports, 4 - 6 June 2019", "Trade Mission to the Eastern Ports, 4 - 6 June 2019"},
        WrapperRow{"Statement on the Harbour Accident - 9 June 2022", "Statement on the Harbour Accident"},
        // A news section's name after the page's date, and the site's name after a bar.
        WrapperRow{" date 2023-01-30 Politics Minister Meets Fisheries Chief, Invited to July Forum",
                   "Minister Meets Fisheries Chief, Invited to July Forum"},
        WrapperRow{" date 2023-01-30 World Leaders Meet in Seoul", "World Leaders Meet in Seoul"},
        WrapperRow{"Seoul's new fisheries minister opens quota talks | Harbor News",
                   "Seoul's new fisheries minister opens quota talks"},
        WrapperRow{"Korea | Japan | China Ministers Meet", "Korea | Japan | China Ministers Meet"},
        // The page's entries run on after the headline or its deck.
        WrapperRow{"PORT TALKS RESUME 입력 2024.02.03 (14:55) 수정 2024.02.03 (16:46)", "PORT TALKS RESUME"},
        WrapperRow{"해양부 “쟁점 두 가지 남아” 발행2024-02-03 09:10:11 수정2024-02-03 09:15:00", "해양부 “쟁점 두 가지 남아”"},
        WrapperRow{"Embassy notice posted 2024-02-03 on the visa rules",
                   "Embassy notice posted 2024-02-03 on the visa rules"}));

}  // namespace
}  // namespace dipsearch::release
