// Layouts and date traps found on real pages after the sixth held-out set, each in a page
// written for the project: the rows run the checks of page_text_parser_test.
#include <gtest/gtest.h>

#include "page_layout_rows.h"

namespace dipsearch {
namespace {

INSTANTIATE_TEST_SUITE_P(
    SixthClasses, PageLayouts,
    ::testing::Values(
        // The site's clock above its name and slogan, then the headline and a body telling of
        // other days: no date is stated, none is taken.
        LayoutRow{"site-clock-en.txt", "Fisheries ministers to meet in Lisbon next month", "",
                  "In March the fisheries ministers", "Follow Harbor News on social media",
                  {"10:54", "Harbor News!"},
                  5},
        // A dateline's place on a line of its own above the date, then the headline.
        LayoutRow{"dateline-place-above-date-en.txt",
                  "Remarks of the High Commissioner at the press stakeout [scroll down for Q&A]", "2016-09-09",
                  "Good morning, ladies and gentlemen of the media.", "Thank you.",
                  {"Geneva", "09 September 2016"},
                  4},
        // A briefing's headline ending in its own dateline, above a print control and the
        // first topic's heading: the headline, dated by its dateline.
        LayoutRow{"briefing-dateline-title-en.txt",
                  "Briefing by Foreign Ministry Spokesperson Ana Costa, Lisbon, October 12, 2017", "2017-10-12",
                  "Print version\n\nMeeting between the Foreign Minister", "signed on December 17, 2012.",
                  {"Ana Costa, Lisbon"},
                  4},
        // Other articles' headlines above the release's own, one of them listed twice, and the
        // article's reading tools ("기사 읽어주기", "다시듣기") under it.
        LayoutRow{"article-list-repeated-ko.txt", "「제5차 해양협력 명예대사 초청 사업」 실시", "",
                  "해양부는 5.21.(화)-26.(일)간", "다양한 프로그램에 참여하였다.",
                  {"기사 읽어주기", "다시듣기", "붉은 등대"},
                  2},
        // A page saved as one line: headline, entries and body run together.
        LayoutRow{"single-line-ko.txt", "해양협력 재개 촉구하는 해양부장관", "2024-04-03",
                  "해양협력 재개 촉구하는 해양부장관 입력2024.04.03", "촉구하고 있다. Facebook",
                  {},
                  1}));

INSTANTIATE_TEST_SUITE_P(
    SixthClasses, PageRules,
    ::testing::Values(
        // A headline's dateline in brackets dates the release when nothing else does.
        RuleRow{"dateline_in_brackets_ends_the_headline",
                "Briefing by the Spokesperson of the Ministry, A. Costa (Lisbon, December 11, 2024)\n"
                "The spokesperson spoke about the situation in the northern sea and the talks on quotas.\n",
                "Briefing by the Spokesperson of the Ministry, A. Costa (Lisbon, December 11, 2024)", "2024-12-11",
                "The spokesperson spoke about the situation in the northern sea and the talks on quotas."},
        // A date the headline is about is no dateline: no place before it.
        RuleRow{"date_in_the_headline_is_no_dateline",
                "Statement on the anniversary of the Armistice of July 27, 1953\n"
                "The ministry marks the anniversary with a ceremony in the capital this morning.\n",
                "Statement on the anniversary of the Armistice of July 27, 1953", "",
                "The ministry marks the anniversary with a ceremony in the capital this morning."},
        // The site's date in its header, its name and slogan between it and the headline: not
        // the release's; a publication label would vouch for it.
        RuleRow{"site_date_above_name_and_slogan",
                "Monday, December 7, 2026\nHarbor News\nYour daily paper since 1901\n\n"
                "Quota talks resume in Lisbon after a break of two weeks\n\n"
                "The talks on the quotas resumed in Lisbon this morning after a break.\n",
                "Quota talks resume in Lisbon after a break of two weeks", "",
                "The talks on the quotas resumed in Lisbon this morning after a break."},
        RuleRow{"labelled_date_above_name_and_slogan",
                "Posted 2024-05-03\nHarbor News\nYour daily paper since 1901\n\n"
                "Quota talks resume in Lisbon after a break of two weeks\n\n"
                "The talks on the quotas resumed in Lisbon this morning after a break.\n",
                "Quota talks resume in Lisbon after a break of two weeks", "2024-05-03",
                "The talks on the quotas resumed in Lisbon this morning after a break."},
        // The date right above the headline, or with a line between, is still the release's.
        RuleRow{"date_a_line_above", "2024-05-03\nPress Releases\nQuota talks resume\n"
                "The talks on the quotas resumed in Lisbon this morning after a break.\n",
                "Quota talks resume", "2024-05-03", "The talks on the quotas resumed in Lisbon this morning after a break."},
        // An archive banner in Korean and its second line of notice above a body in English
        // with no headline: the notice is the banner's, the title the body's first sentence.
        RuleRow{"korean_archive_notice_above_an_english_body",
                "이 웹사이트는 제9대 해양청장 임기 종료에 따라 기록관이 이관받아 서비스하는 기록물입니다. 자료의 열람만 "
                "가능하며 수정 · 추가 · 삭제는 불가능합니다.\n"
                "다만, 개인의 정보를 보호받기 원하시는 분은 관련 내용을 기록물 담당자에게 요청해 주시면 신속히 검토하여 "
                "조치해 드리겠습니다. 감사합니다.\n"
                "The Commissioner received the captains of the northern fleet at the harbour office this morning.\n"
                "The captains presented the season's catch report.\n",
                "The Commissioner received the captains of the northern fleet at the harbour office this morning", "",
                "The Commissioner received the captains of the northern fleet at the harbour office this morning.\n\n"
                "The captains presented the season's catch report."},
        // A page of one line without entries: kept, titled by its first sentence, undated.
        RuleRow{"single_line_without_entries",
                "Ministers meet in Lisbon on quotas The ministers of the two countries met in Lisbon on 3 May 2024 "
                "to agree on the quotas. Photo Agency\n",
                "Ministers meet in Lisbon on quotas The ministers of the two countries met in Lisbon on 3 May 2024 to "
                "agree on the quotas", "",
                "Ministers meet in Lisbon on quotas The ministers of the two countries met in Lisbon on 3 May 2024 to "
                "agree on the quotas. Photo Agency"}));

}  // namespace
}  // namespace dipsearch
