// Layouts found on real pages after the ninth held-out set and in the linking sets, each in a
// page written for the project: the rows run the checks of page_text_parser_test.
#include <gtest/gtest.h>

#include "page_layout_rows.h"

namespace dipsearch {
namespace {

INSTANTIATE_TEST_SUITE_P(
    NinthClasses, PageLayouts,
    ::testing::Values(
        // A topic's name above the date ("… Relations") and an image's description in sentence
        // case above the title-case headline: the headline, no deck of the description.
        LayoutRow{"topic-label-caption-en.txt", "Lisbon-Seoul Fisheries Ministers’ Meeting", "2024-03-09",
                  "On March 9, commencing", "every month.", {"Relations", "walking along"}, 2},
        // The topic's name right above a headline as long as itself: a label, not a headline
        // with its deck.
        LayoutRow{"topic-label-same-length-en.txt", "Lisbon-Seoul Fisheries Ministers’ Talks", "2022-05-02",
                  "On May 2, Ms. Ana Costa", "northern banks.", {"Relations", "Talks"}, 2},
        // A Korean column's name ("… 대사 칼럼") above the column's headline and its author.
        LayoutRow{"column-name-ko.txt", "코스타 아나(安娜) 주한포르투갈대사 갑진년 신년사", "", "코스타 아나 주한포르투갈대사",
                  "나누었습니다.", {"칼럼", "신년사"}, 3},
        // Short section labels and menus above a Korean headline and its subtitle: the first
        // line shaped like a headline leads.
        LayoutRow{"section-labels-headline-ko.txt", "홍 대사의 갑진년 신년사", "", "홍 대사의 갑진년 새해 인사",
                  "노력해 나가겠습니다.", {"대사관 안내", "신년사"}, 4},
        // A social menu's heading ("공관 소셜미디어") and a numbered trail whose last entry is
        // the page's short name ("1. 공관소개" / "2. 공관장 인사"): that name is the title.
        LayoutRow{"social-menu-trail-ko.txt", "공관장 인사", "", "저희 대사관 홈페이지를", "동반자입니다.",
                  {"소셜미디어", "공관소개"}, 3},
        // A headline in capitals about an office's holder ("… SECRETARY-GENERAL CALLS ON …"):
        // its verb makes it news, not an office's name.
        LayoutRow{"capitals-office-verb-en.txt",
                  "NORTH SEA FISHERIES COUNCIL SECRETARY-GENERAL CALLS ON PORTUGUESE AMBASSADOR", "",
                  "SEOUL - Portuguese Ambassador", "northern banks.", {"EMBASSY", "CALLS ON"}, 2},
        // A speech's greeting in the formal ending ("여러분 안녕하십니까?"), said twice: the
        // speech's words, not its title.
        LayoutRow{"speech-greeting-ko.txt", "송년 어업인의 밤 축사", "", "홍길동", "깊이 감사드립니다.", {"축사"}, 8},
        // A Korean headline naming the host and its meeting after a comma ("…대사관, … 회의
        // 개최"): no dateline's place.
        LayoutRow{"host-comma-meeting-ko.txt", "주북해대사관, 북해지역 어업영사회의 개최", "",
                  "16, 17일 리스본서…어민 지원 강화 강조", "참석했다.", {"회의 개최"}, 3},
        // A page cut under its headline: the outlet's plug ("… 구독신청 하기") above the dated
        // byline is the site's, and the page is kept with its subtitle (shown twice) for a body.
        LayoutRow{"subscribe-plug-cut-ko.txt", "홍길동 단장 “북해 어업 협력 분위기 지속 노력”", "2024-02-27",
                  "어선단·연구단 방문 세부사안 논의", "세부사안 논의", {"구독신청", "뉴시스", "등록"}, 2},
        // An archive banner of two lines (the records notice, then how to ask for a removal
        // from the web records): the prose under it is the release, titled by its first sentence.
        LayoutRow{"archive-two-lines-ko.txt", "오늘 북해는 어민 여러분과 함께 가장 주목받는 바다가 되었습니다", "",
                  "오늘 북해는", "다시 확인했습니다.", {"웹기록물", "이 웹사이트는"}, 3},
        // A photo's caption with its date in brackets ("… storm warning. (Mar. 4, 2023)") under
        // the headline, and a player's HTML5 notice: the caption is prose, the notice chrome.
        LayoutRow{"caption-bracket-date-en.txt", "Need to Protect the Northern Fishing Banks", "",
                  "Trawlers of the northern fleet", "beyond their quotas this year.", {"HTML5"}, 4},
        // The headline shown twice, then its short form above the date ("Farewell Speech"):
        // the opening words of a repeated headline label it (and stay in the body, as the
        // head's lines under a title do).
        LayoutRow{"short-form-above-date-en.txt", "Farewell Speech by the 12th Minister of the Sea", "2024-04-08",
                  "Farewell Speech\n\nEmployees of the Ministry", "Thank you.", {"Contributions", "By Sea Minister"}, 4},
        // A section named by its kinds of items ("Speeches and Contributions") above a short
        // headline shown twice: the headline leads, no deck of the section's name.
        LayoutRow{"items-section-short-headline-en.txt", "Inaugural Speech", "", "Members of the Sea Ministry family,",
                  "finish the work.", {"Contributions"}, 3},
        // A headline with its date run on after a space in the year-first numeric form ("… Held
        // in Porto 2023.11.26"): the date, out of the title.
        LayoutRow{"headline-numeric-date-en.txt", "Lisbon-Seoul Fisheries Ministers’ Meeting Held in Porto",
                  "2023-11-26", "On November 26, 2023", "next year in Seoul.", {"2023.11.26"}, 2},
        // A stored page opening with its date label run into the story ("date 2024-05-24
        // The northern banks …"): the labelled date, and no label in the title taken from the story.
        LayoutRow{"date-label-story-en.txt",
                  "The northern banks fisheries council cut next year's cod quota by a tenth on Friday", "2024-05-24",
                  "", "the three largest fleets.", {}, 2},
        // A speech's delivery note ("As Prepared for Delivery –") under its dateline: a label of
        // the text, not its headline (the head's lines stay in the body, as under any title).
        LayoutRow{"delivery-note-en.txt", "[Minister Costa’s Remarks] Dinner of the Harbour Pilots’ Guild",
                  "2022-03-14", "Ana Costa", "Thank you.", {"Remarks]"}, 6},
        // A speech's dateline of time, date and venue ("10:30 on March 3, 2021 at the Great Hall
        // of …"): the date.
        LayoutRow{"time-venue-dateline-en.txt",
                  "Opening Remarks at the 2021 Harbour Safety Workshop of the Porto Sea Institute", "2021-03-03",
                  "", "Thank you.", {"10:30"}, 5},
        // The writer's label twice (the board's account, then the person) above the labelled
        // date, in label and value lines: the date.
        LayoutRow{"writer-twice-date-ko.txt", "2021 북해 어업 연구 학술대회 축사", "2021-05-10", "",
                  "감사합니다.", {"조회수"}, 6}));

INSTANTIATE_TEST_SUITE_P(
    NinthClasses, PageRules,
    ::testing::Values(
        // A day and month either way round ("06/08/2024") settled by the same line's compact
        // stamp of the date ("ID: 240806_2"): 6 August.
        RuleRow{"uncertain_date_settled_by_its_stamp",
                "Sea Agency\n\nRemarks by the Director during her visit to Porto\n\n"
                "Porto, 06/08/2024 - 11:13, ID: 240806_2\n\nI wanted to thank you for your time.\n",
                "Remarks by the Director during her visit to Porto", "2024-08-06",
                "I wanted to thank you for your time."},
        // Without the stamp, or with one that matches neither order, no date.
        RuleRow{"uncertain_date_without_a_matching_stamp",
                "Sea Agency\n\nRemarks by the Director during her visit to Porto\n\n"
                "Porto, 06/08/2024 - 11:13, ID: 240901_2\n\nI wanted to thank you for your time.\n",
                "Remarks by the Director during her visit to Porto", "", "I wanted to thank you for your time."},
        // Other delivery notes are labels too, with the headline above them.
        RuleRow{"check_against_delivery_is_no_headline",
                "Check against delivery\n\nAddress by the Sea Minister to the Fisheries Council\n\n"
                "Dear members of the council, thank you for coming to Porto today.\n",
                "Address by the Sea Minister to the Fisheries Council", "",
                "Dear members of the council, thank you for coming to Porto today."},
        RuleRow{"as_delivered_is_no_headline",
                "Address by the Sea Minister to the Fisheries Council\n\n(As delivered)\n\n"
                "Dear members of the council, thank you for coming to Porto today.\n",
                "Address by the Sea Minister to the Fisheries Council", "",
                "Dear members of the council, thank you for coming to Porto today."},
        // A date and words after "at" that are no venue's name: prose, no date.
        RuleRow{"date_at_prose_is_no_dateline",
                "Address by the Sea Minister to the Fisheries Council\n\n"
                "May 10, 2019 at the hall where the ministers of the council first met\n\n"
                "Dear members of the council, thank you for coming to Porto today.\n",
                "Address by the Sea Minister to the Fisheries Council", "",
                "May 10, 2019 at the hall where the ministers of the council first met\n\n"
                "Dear members of the council, thank you for coming to Porto today."},
        // A headline ending in a year alone keeps it: only a full numeric date is run on.
        RuleRow{"headline_ending_in_a_year_keeps_it",
                "Sea Council Adopts Its Fisheries Plan for 2024\n\n"
                "The council adopted its plan for the northern banks on Monday in Porto.\n",
                "Sea Council Adopts Its Fisheries Plan for 2024", "",
                "The council adopted its plan for the northern banks on Monday in Porto."},
        // A notice's short headline in the formal ending without a stop ("… 알려드립니다") is
        // no speech's sentence: it leads over the short line under it.
        RuleRow{"formal_notice_headline_without_a_stop",
                "여권 발급 업무 일시 중단을 알려드립니다\n\n전산 설비 교체 기간\n\n2024-05-02\n\n"
                "전산 설비를 바꾸는 동안 5월 7일부터 9일까지 여권을 발급하지 않습니다.\n",
                "여권 발급 업무 일시 중단을 알려드립니다", "2024-05-02",
                "전산 설비 교체 기간\n\n전산 설비를 바꾸는 동안 5월 7일부터 9일까지 여권을 발급하지 않습니다."},
        RuleRow{"formal_introduction_headline_without_a_stop",
                "해외안전여행 앱을 새롭게 소개합니다\n\n여행 경보를 한눈에\n\n2024-05-03\n\n"
                "여행 경보와 영사 콜센터 번호를 한 화면에서 볼 수 있는 앱이 나왔습니다.\n",
                "해외안전여행 앱을 새롭게 소개합니다", "2024-05-03",
                "여행 경보를 한눈에\n\n여행 경보와 영사 콜센터 번호를 한 화면에서 볼 수 있는 앱이 나왔습니다."},
        // Relations named after the subject of a speech or an op-ed ("Future of …", "Strengthening
        // …"): a headline, not a topic's label, over its subtitle.
        RuleRow{"relations_after_a_subject_is_a_headline",
                "Future of Portugal-Korea Relations\n\nNeighbours who talk more\n\nMarch 4, 2024\n\n"
                "Neighbours cannot move apart, so they must learn to talk more often.\n",
                "Future of Portugal-Korea Relations", "2024-03-04",
                "Neighbours who talk more\n\nNeighbours cannot move apart, so they must learn to talk more often."},
        RuleRow{"relations_after_a_deed_is_a_headline",
                "Strengthening Korea-ASEAN Relations\n\nTen more years\n\nMarch 3, 2024\n\n"
                "Our partnership has grown for thirty-five years, and the next ten will decide its shape.\n",
                "Strengthening Korea-ASEAN Relations", "2024-03-03",
                "Ten more years\n\nOur partnership has grown for thirty-five years, and the next ten will decide its shape."},
        // A notice of a newsletter's subscription ("… 구독 신청 안내") is the headline, not the
        // outlet's plug for itself.
        RuleRow{"subscription_notice_is_a_headline",
                "알림마당\n\n해양부 뉴스레터 구독 신청 안내\n\n2024-06-10\n\n"
                "매달 첫째 주에 나오는 뉴스레터를 이메일로 받아 보실 수 있습니다.\n",
                "해양부 뉴스레터 구독 신청 안내", "2024-06-10", "매달 첫째 주에 나오는 뉴스레터를 이메일로 받아 보실 수 있습니다."},
        // A headline ending in a period's last day, or in a date after "Since": the date is what
        // the headline is about, not its own, and the title stays whole.
        RuleRow{"headline_ending_in_a_period_keeps_it_ko",
                "어업인 교류 신고·신청 기간 2023.11.12 ~ 2024.02.10\n\n"
                "북해 어업인 교류 행사에 참여하실 분은 기간 안에 신청해 주시기 바랍니다.\n",
                "어업인 교류 신고·신청 기간 2023.11.12 ~ 2024.02.10", "",
                "북해 어업인 교류 행사에 참여하실 분은 기간 안에 신청해 주시기 바랍니다."},
        RuleRow{"headline_ending_in_a_dashed_period_keeps_it_en",
                "Harbour Pilots Exchange Week 2023.11.20 - 2023.11.26\n\n"
                "Pilots of both harbours will meet in Porto for a week of training.\n",
                "Harbour Pilots Exchange Week 2023.11.20 - 2023.11.26", "",
                "Pilots of both harbours will meet in Porto for a week of training."},
        RuleRow{"headline_ending_in_a_date_since_loses_to_the_dateline",
                "Photo Exhibition: 70 Years Since 1953.07.27\n\nMarch 5, 2024\n\n"
                "The embassy shows photographs of the fishing fleets of both countries.\n",
                "Photo Exhibition: 70 Years Since 1953.07.27", "2024-03-05",
                "The embassy shows photographs of the fishing fleets of both countries."},
        // A date run on after a space that is not the release's: the title stays whole.
        RuleRow{"headline_date_after_a_space_loses_to_the_dateline",
                "Fisheries Exhibition Held in Porto 2023.11.26\n\nMarch 5, 2024\n\n"
                "The embassy shows photographs of the fishing fleets of both countries.\n",
                "Fisheries Exhibition Held in Porto 2023.11.26", "2024-03-05",
                "The embassy shows photographs of the fishing fleets of both countries."},
        // An event notice's first paragraph opening with its date label ("Date: 15 October 2022
        // … Venue: …"): the event's day, not the release's, which stands above the headline.
        RuleRow{"event_date_label_loses_to_the_head_date",
                "September 20, 2022\n\nFisheries Film Night at the Embassy\n\n"
                "Date: 15 October 2022 (Sat.) 14:00 Venue: Grand Hall, Embassy of Portugal\n",
                "Fisheries Film Night at the Embassy", "2022-09-20",
                "Date: 15 October 2022 (Sat.) 14:00 Venue: Grand Hall, Embassy of Portugal"},
        // The outlet's plug asking for a subscription and its alerts ("… 구독하기 · 알림 설정"):
        // the site's, though it names an alert.
        RuleRow{"subscribe_and_alert_plug_is_chrome",
                "북해 어업 협력 회의 개최\n\n2024-06-11\n\n유튜브 채널 구독하기 · 알림 설정\n\n"
                "두 나라 어업 당국이 리스본에서 북해 어장 보호 방안을 논의했습니다.\n",
                "북해 어업 협력 회의 개최", "2024-06-11", "두 나라 어업 당국이 리스본에서 북해 어장 보호 방안을 논의했습니다."},
        // A stored page's date label with no such day: no date.
        RuleRow{"stored_date_label_with_an_invalid_day",
                "Sea Council Cuts the Cod Quota\n\n"
                "date 2024-02-30 The council cut next year's cod quota by a tenth on Friday.\n",
                "Sea Council Cuts the Cod Quota", "",
                "date 2024-02-30 The council cut next year's cod quota by a tenth on Friday."}));

}  // namespace
}  // namespace dipsearch
