// What a line's words alone say about it as a headline: a place, an office's name, a topic's
// name and a speech's sentence look like headlines and are not. headline_scorer weighs them.
#pragma once

#include <string_view>
#include <vector>

namespace dipsearch::release {

// Starts with a capital, a digit or a non-ASCII letter (Korean has no case).
bool is_capitalized(std::string_view word);

// What an event is called ("interview", "briefing", "meeting"), in lower case.
bool is_event_noun(std::string_view lower);

// "Seoul, South Korea", "Washington, DC": names separated by a comma, nothing else.
bool is_place(std::string_view text);

// A Korean meeting's name: two partners ("한-몽골"), a joint body (공동), 회의 or 개최.
bool names_a_korean_meeting(const std::vector<std::string_view>& words);

// A Korean office or its holder alone ("… 미 국무장관", "… 준비위원회").
bool names_a_korean_office(std::string_view text);

// An office or the site's name ("Ministry of Foreign Affairs REPUBLIC OF KOREA"), in either language.
bool names_an_office(std::string_view text);

// A speech's own sentence in the formal ending ("여러분 안녕하십니까?", "… 감사드립니다."); without
// a stop only a greeting or thanks ("… 알려드립니다" heads notices).
bool speaks_formally(std::string_view text);

// A topic's or a column's name filed above its releases ("Japan-Republic of Korea Relations",
// "Consular Affairs", "홍길동 대사 칼럼").
bool names_a_topic(std::string_view text);

// A section named by the kinds of items it lists ("Speeches and Contributions", "News & Events").
bool names_kinds_of_items(std::string_view text);

// An image's description in sentence case ("Two ministers shaking hands") above a line in
// title case ("Foreign Ministers' Meeting"): the line is no subtitle of it.
bool captions_title_case(std::string_view above, std::string_view line);

}  // namespace dipsearch::release
