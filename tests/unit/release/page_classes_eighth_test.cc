// Layouts found on real pages after the eighth held-out set, each in a page written for the
// project: the rows run the checks of page_text_parser_test.
#include <gtest/gtest.h>

#include "page_layout_rows.h"

namespace dipsearch {
namespace {

INSTANTIATE_TEST_SUITE_P(
    EighthClasses, PageLayouts,
    ::testing::Values(
        // A statement named after the office that issued it ("Press Statement of the Vice
        // Minister for …") is a headline, not the office's name; the wire's lead-in under it
        // ("…, issued the following press statement on Tuesday:") is not.
        LayoutRow{"statement-of-office-en.txt", "Press Statement of the Vice Minister for Northern Fisheries", "",
                  "Lisbon, March 3 (Harbour News)", "before the season opens.", {"Press Statement of"}, 3},
        // A Korean statement signed by the office's holder above the body ("… 해양부 장관"):
        // the signature is no headline (it stays in the body, as the head's lines under a title do).
        LayoutRow{"office-signature-ko.txt", "해양부 장관의 설날 축하 메시지", "", "언론 성명\n\n제임스 오코너 해양부 장관",
                  "설날 보내시기 바랍니다.", {"축하 메시지"}, 5},
        // The issuing committee's name above the date ("… 준비위원회" / "2018-04-22"): the
        // headline above its subtitle is the title.
        LayoutRow{"issuing-committee-ko.txt", "해양청 “북해 어장 재개 결정을 크게 환영”", "2018-04-22",
                  "- 해양청장", "도움이 될 것이라고 말했다.", {"2018-04-22", "크게 환영"}, 4},
        // A news photo's caption, a sentence with the agency's credit after a slash ("…
        // 부임했다. /해양넷"), between the byline and the body: prose, not the headline above.
        LayoutRow{"caption-slash-credit-ko.txt", "북해 어업대표 홍길동 부임", "2024-12-31", "북해 주재 어업대표 홍길동이",
                  "노력하겠다고 말했다.", {"해양신문 >", "김바다"}, 3},
        // A page that lost its heading names its photo after the release ("(Photo) …") under
        // a caption, below a topic label and the date: the photo's name is the title.
        LayoutRow{"photo-label-name-en.txt", "Lisbon-Seoul Fisheries Ministers’ Meeting", "2023-07-13",
                  "On July 13, commencing", "the next meeting in Seoul.", {"(Photo)", "Relations"}, 3},
        // The same with a series of photos counted 1, 2, 3 under the date.
        LayoutRow{"photo-series-name-en.txt", "Lisbon-Seoul Fisheries Ministers’ Meeting", "2018-08-02",
                  "On August 2, commencing", "Back to Portugal-Republic of Korea Relations", {"Meeting 2"}, 4},
        // A Korean headline ending on a quoted outcry ("…아니야!”": prose would go on with its
        // verb after the quote), its deck, then the outlet and its labelled date in bar-separated
        // fields with the time in brackets ("… | 입력 : 2017/12/25 [18:47]").
        LayoutRow{"quoted-headline-bar-byline-ko.txt", "22일 북해 해양청 ”북해 단체 어장 전면 폐쇄 사실 아니야!”",
                  "2017-12-25", "관련 보도 사실 무근", "희망한다고 말했다.", {"입력 :", "해양의소리"}, 3},
        // A Korean headline in the plain form without a stop ("…, 해양방송 생중계한다") above
        // quoted decks: the headline, not the body's first sentence.
        LayoutRow{"plain-form-headline-ko.txt", "해양부 장관 정례 브리핑, 해양방송 생중계한다", "",
                  "“북해 3개국 공식 방문 결과”", "질의 응답도 생중계 방송한다.", {"장관 정례 브리핑,"}, 5},
        // A photo labelled with its caption's sentence ("(사진) … 발언하고 있다") under the date
        // names no release: the headline above the date is the title.
        LayoutRow{"photo-caption-sentence-ko.txt", "해양부 장관, 북해 3개국 순방 마무리", "2024-05-10",
                  "(사진) 홍길동 장관이 발언하고 있다", "합의를 이끌어 냈다고 밝혔다.", {"3개국 순방 마무리"}, 3}));

INSTANTIATE_TEST_SUITE_P(
    EighthClasses, PageRules,
    ::testing::Values(
        // A board's short "작성" label (written) under the body's list dates the release.
        RuleRow{"short_written_label_under_the_body",
                "북해 어장별 조업 위험도에 따른 조업경보 단계 조정\n\n"
                "해양부는 각 어장의 기상 상황과 안전 상황 등을 감안하여 조업경보 단계를 조정한다고 밝혔다.\n\n"
                "※ 조업경보 단계별 행동요령\n- 1단계 : 기상 정보 숙지\n\n작성 2023.08.04\n",
                "북해 어장별 조업 위험도에 따른 조업경보 단계 조정", "2023-08-04",
                "해양부는 각 어장의 기상 상황과 안전 상황 등을 감안하여 조업경보 단계를 조정한다고 밝혔다.\n\n"
                "※ 조업경보 단계별 행동요령\n\n- 1단계 : 기상 정보 숙지\n\n작성 2023.08.04"}));

}  // namespace
}  // namespace dipsearch
