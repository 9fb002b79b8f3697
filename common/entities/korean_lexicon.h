// The small Korean word lists entity matching needs without a dictionary: what may follow a
// name inside a word, title endings, words that are never names, common surnames.
#pragma once

#include <cstddef>
#include <string_view>

namespace dipsearch::entities::detail {

// True when the rest of a Hangul word after a country name is only particles and the nouns
// that attach to country names: "" , "은", "과의", "측", "정부는", "대사관에서".
// 인도 + "적" (humanitarian) or 인도 + "양" (Indian Ocean) are not.
bool is_country_continuation(std::string_view rest);
// The endings of 하다 after a verbal noun, with particles after them: 하는, 한, 했던, 하기로
// (방한하는 정상, 방한했던 장관).
bool is_hada_ending(std::string_view rest);

// Same for a person's name: particles, titles and honorifics ("장관은", "님", "외교부장관과").
bool is_person_continuation(std::string_view rest);

// True when the rest of a word after a leader's name is the time or the government they lead,
// with particles: 정부, 행정부가, 정권의, 체제 (이재명정부, 부시 행정부, 김정은 체제).
bool is_leader_era(std::string_view rest);

// True when the text starts with a word that marks a country as a country (정부, 측, 대사관,
// 내, 사태…): the context needed by ambiguous names such as 수단 ("means").
bool starts_with_country_cue(std::string_view text);

// True when the text starts with a government or foreign-office word (국무장관, 외무상,
// 외교부, 정부…): after it a lone abbreviation names a country (미 국무장관, 북 외무성).
bool starts_with_foreign_office(std::string_view text);

// True when the text starts with a word of relations or talks between two countries (관계,
// 정상회담, 대화, 협상, 간…): what makes 남북 and 북미 name the Koreas and the U.S.
bool starts_with_relation(std::string_view text);

// True when the text starts with an embassy-like word (대사, 대사관, 공관, 대표부, 미군…): the
// context of 주 + abbreviation (주미대사, 주중 대사관), since 주중 is also "on weekdays".
bool starts_with_post(std::string_view text);

// When the Hangul word ends with an official's title (장관은, 외교부장관, 특별대표가, 대사),
// the byte length of the word up to the end of the title, particle dropped; else 0.
size_t title_head_length(std::string_view hangul_word);

// Words that may stand inside a Korean title before its head: 외교부, 신임, 前, 제1…
bool is_title_modifier(std::string_view hangul_word);

// An international body or its usual name inside a title: 유엔, 나토, 아세안, and names of
// organizations (국제원자력기구, 세계은행, 유엔개발계획, 아프리카연합).
bool is_international_body(std::string_view hangul_word);

// Frequent words that precede titles but are not names: 정부, 양국, 한편, 이날, 신임…
bool is_name_stopword(std::string_view hangul_word);

// Verb forms: words holding a past or future marker (방문했던, 살아왔지만, 하겠다), which
// names never hold.
bool is_verb_form(std::string_view hangul_word);

// Foreign given names as Korean media transliterate them (데이비드, 네드, 모하메드): the first
// word of a two-word foreign name written without its Latin spelling.
bool is_foreign_given_name(std::string_view hangul_word);
// The length in bytes of a connective that opens a sentence (다음으로, 아울러, 한편, 또한)
// when the word goes on past it with two syllables or more, as when a saved page lost the
// space after it; else 0.
size_t glued_connective_length(std::string_view hangul_word);
// The particles of Western names as Korean transliterates them: 반 (van), 데 (de), 다 (da),
// 폰 (von), 빈 (bin), 알 (al), 델 (del), 라 (la), 도스 (dos).
bool is_name_particle(std::string_view hangul_word);

// One- or two-syllable Korean family names (김, 이, 남궁…).
bool is_korean_surname(std::string_view hangul);

// True when the last syllable is one that usually ends a word with a particle or a verb
// ending (은, 는, 를, 의, 에, 과, 며…): such a word is not taken as a name. A family name and
// two syllables ending in 운 other than an adjective's (이도운, not 어려운) are a name.
bool ends_like_particle(std::string_view hangul_word);

// Whether 부 comes right before a title's head, its last `head_size` bytes: 부장관, 부총리,
// 부대변인 are deputies, whom 장관, 총리, 대변인 do not name.
bool deputy_before_head(std::string_view title, size_t head_size);

}  // namespace dipsearch::entities::detail
