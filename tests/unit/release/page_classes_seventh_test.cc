// Layouts found on real pages after the seventh held-out set, each in a page written for the
// project: the rows run the checks of page_text_parser_test.
#include <gtest/gtest.h>

#include "page_layout_rows.h"

namespace dipsearch {
namespace {

INSTANTIATE_TEST_SUITE_P(
    SeventhClasses, PageLayouts,
    ::testing::Values(
        // A short Korean section label opening the page above a headline of as few words: the
        // headline, not a deck of the label. The date under the body's publication label.
        LayoutRow{"section-label-ko.txt", "북해 어업 차관 방문", "2024-05-04", "북해 어업 차관은 이번 주",
                  "발행일 4 May 2024", {"해양 뉴스 스토리"}, 4},
        // A photo's credit with its copyright mark inside the body ends nothing: the
        // publication label under the last paragraph still dates the release.
        LayoutRow{"credit-in-body-ko.txt", "해양청, 북해 어장 폐쇄 계획 없어", "2013-04-05", "해양청은 북해 어장 안전에",
                  "최근 업데이트일 8 April 2013", {"어업 뉴스"}, 7},
        // A photo's caption, a sentence ending on its date, above the headline (shown twice) and
        // its byline: the caption is not the body, the headline is the title.
        LayoutRow{"caption-above-headline-en.txt", "Harbour board refuses to rule out closing the northern pier", "",
                  "The harbour board will not rule out", "repaired twenty years ago.",
                  {"A fisherman mends", "By Ana Costa"}, 3},
        // A statement whose headline opens with its dateline: the headline without it, dated
        // by it.
        LayoutRow{"dateline-headline-en.txt",
                  "Statement attributable to the Spokesperson for the Chair on the northern fisheries", "2009-04-13",
                  "The Chair welcomes the agreement", "The Chair stands ready to support these talks.",
                  {"Latest Statements", "Lisbon, 13 April 2009"}, 3},
        // A speaker's name and position line under a remarks title, above the place and date:
        // the position line names an office, the title stays.
        LayoutRow{"remarks-position-line-en.txt", "Remarks at the Northern Harbour Terminal", "2013-09-05",
                  "Ana R. Costa\n\nDeputy Secretary, Bureau of Northern Sea Affairs", "Thank you.",
                  {"Remarks at the", "September 5, 2013"}, 6},
        // A news page whose only heading is its photo's caption, the headline with the
        // photographer's credit, above the outlet's bracketed name and the lead: the caption's
        // headline, not the lead's first sentence.
        LayoutRow{"caption-headline-ko.txt", "해양부, 제3차 북해 어업 협력 회의 개최", "", "[해양일보] 해양부는 28일",
                  "할당량을 논의했다.", {"사진=", "저작권자"}, 2},
        // A page saved as one line, a breadcrumb glued to the headline, the headline again
        // after a control, then the readout's entries and date.
        LayoutRow{"single-line-repeated-en.txt", "Harbour Board Chair’s Meeting with the Northern Fleet Captains",
                  "2021-06-12", "HomeHarbour Board", "Office of the Board", {}, 1}));

INSTANTIATE_TEST_SUITE_P(
    SeventhClasses, PageRules,
    ::testing::Values(
        // A run-in dateline needs its year: "Lisbon, 13 April - …" stays in the headline.
        RuleRow{"dateline_without_year_stays_in_the_headline",
                "Lisbon, 13 April - Statement on the northern fisheries by the Chair\n"
                "The Chair welcomes the agreement of the fishing nations on the quotas of the next season.\n",
                "Lisbon, 13 April - Statement on the northern fisheries by the Chair", "",
                "The Chair welcomes the agreement of the fishing nations on the quotas of the next season."},
        // The headline shown twice, then the comments button above the body: neither the
        // copy nor the button is the body, and the button ends nothing.
        RuleRow{"headline_twice_and_comments_button_above_the_body",
                "Quota talks resume in Lisbon\n\nQuota talks resume in Lisbon\n\n2024.05.03. 오후 4:32.\n댓글\n"
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n",
                "Quota talks resume in Lisbon", "2024-05-03",
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks."},
        // The month first with slashes where no other order is possible (no month 20); where
        // both are ("05/07/2016"), no date.
        RuleRow{"month_first_with_slashes_when_certain",
                "Quota talks resume in Lisbon after a break\nFri, 05/20/2016 - 12:41\n"
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n",
                "Quota talks resume in Lisbon after a break", "2016-05-20",
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks."},
        RuleRow{"either_order_with_slashes_dates_nothing",
                "Quota talks resume in Lisbon after a break\nFri, 05/07/2016 - 12:41\n"
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n",
                "Quota talks resume in Lisbon after a break", "",
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks."},
        // A portal's list of the article's fields under its summary: the date field dates it.
        RuleRow{"date_in_a_list_of_fields_under_the_body",
                "Quota talks resume in Lisbon\n"
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n"
                "- Harbor News\n- 2024-03-07 18:59\n- Read the whole article\n",
                "Quota talks resume in Lisbon", "2024-03-07",
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n\n- Harbor News\n\n"
                "- 2024-03-07 18:59\n\n- Read the whole article"},
        // Fields set apart by spaces and bars with a labelled date among them: entries, not a
        // menu.
        RuleRow{"labelled_date_among_spaced_fields",
                "Quota talks resume in Lisbon after a break\nHarbor News  |  송고시간:2020-06-18 10:34:27  |  \n"
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks.\n",
                "Quota talks resume in Lisbon after a break", "2020-06-18",
                "The talks on the quotas resumed in Lisbon this morning after a break of two weeks."},
        // A headline written as one short sentence under nothing but a section's label.
        RuleRow{"sentence_headline_under_a_label",
                "어업 뉴스\n\n해양청: 북해 어장 주변 관측소들의 즉각적인 폐쇄 계획 전혀 없다.\n\n"
                "해양청은 북해 어장 안전에 대한 어민들의 우려에 대해 관계 기관과 긴밀히 논의 중이다.\n\n"
                "그 어떠한 결정도 내려진 바 없고, 어장의 즉각적인 폐쇄 계획 역시 없다.\n",
                "해양청: 북해 어장 주변 관측소들의 즉각적인 폐쇄 계획 전혀 없다.", "",
                "해양청은 북해 어장 안전에 대한 어민들의 우려에 대해 관계 기관과 긴밀히 논의 중이다.\n\n"
                "그 어떠한 결정도 내려진 바 없고, 어장의 즉각적인 폐쇄 계획 역시 없다."},
        // Under a headline, the same short sentence is the body's first line.
        RuleRow{"short_sentence_under_a_headline_is_the_body",
                "해양청 북해 어장 폐쇄 계획 관련 대변인 논평\n\n해양청: 북해 어장 주변 관측소들의 즉각적인 폐쇄 계획 전혀 없다.\n\n"
                "해양청은 북해 어장 안전에 대한 어민들의 우려에 대해 관계 기관과 긴밀히 논의 중이다.\n",
                "해양청 북해 어장 폐쇄 계획 관련 대변인 논평", "",
                "해양청: 북해 어장 주변 관측소들의 즉각적인 폐쇄 계획 전혀 없다.\n\n"
                "해양청은 북해 어장 안전에 대한 어민들의 우려에 대해 관계 기관과 긴밀히 논의 중이다."},
        // A caption that is a sentence is no headline: the lead's first sentence titles the page.
        RuleRow{"sentence_caption_is_no_headline",
                "The minister opens the talks at the harbour office.<Photo=Ana Costa>\n\n"
                "[Harbor News] The ministers of the two countries opened the talks on the quotas in Lisbon.\n",
                "[Harbor News] The ministers of the two countries opened the talks on the quotas in Lisbon", "",
                "[Harbor News] The ministers of the two countries opened the talks on the quotas in Lisbon."},
        // A sentence ending on a year ends like a sentence: a caption, not a headline.
        RuleRow{"caption_ending_on_a_year_is_prose",
                "Talks on quotas\n\n"
                "The ministers of the two countries met at the harbour office in Lisbon on May 3, 2024.\n",
                "Talks on quotas", "",
                "The ministers of the two countries met at the harbour office in Lisbon on May 3, 2024."},
        // A headline said once on a one-line page is no repeated headline: the first sentence,
        // shortened, and no date.
        RuleRow{"single_line_headline_said_once",
                "Harbour board chair meets the captains of the fleet The chair met the captains of the "
                "northern fleet in Lisbon on 12 June 2021 to talk about quotas.\n",
                "Harbour board chair meets the captains of the fleet The chair met the captains of the northern fleet "
                "in Lisbon on 12…",
                "",
                "Harbour board chair meets the captains of the fleet The chair met the captains of the northern fleet "
                "in Lisbon on 12 June 2021 to talk about quotas."},
        // A topic before a date is the headline's own, not a dateline: the headline stays whole.
        RuleRow{"topic_and_date_opening_a_headline_stay_in_it",
                "Harbor Council Summit, 15 May 2019 – Joint Press Statement\n\n"
                "The members of the council met in Porto and agreed to resume the quota talks.\n\n"
                "They will meet again in the spring.\n",
                "Harbor Council Summit, 15 May 2019 – Joint Press Statement", "2019-05-15",
                "The members of the council met in Porto and agreed to resume the quota talks.\n\n"
                "They will meet again in the spring."},
        // "Secretary" followed by a name is news about the holder, not a position line.
        RuleRow{"secretary_and_a_name_head_the_page",
                "Secretary Lindqvist's Opening Remarks at the Harbor Forum\n\n"
                "Good morning, and thank you all for coming to the forum in Porto today.\n\n"
                "The fleet has had a hard year, and the council has listened.\n",
                "Secretary Lindqvist's Opening Remarks at the Harbor Forum", "",
                "Good morning, and thank you all for coming to the forum in Porto today.\n\n"
                "The fleet has had a hard year, and the council has listened."},
        // An English lead under a short label stays the body's first line (the label, the only
        // line above the body, heads the page).
        RuleRow{"english_lead_under_a_label_stays_in_the_body",
                "Harbor Stories\n\nThe two ministers met in Porto on Monday to talk about the fleet's quotas.\n\n"
                "They agreed to meet again in the autumn to go on with the quota talks.\n",
                "Harbor Stories", "",
                "The two ministers met in Porto on Monday to talk about the fleet's quotas.\n\n"
                "They agreed to meet again in the autumn to go on with the quota talks."}));

}  // namespace
}  // namespace dipsearch
