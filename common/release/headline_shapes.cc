// The shapes of lines that look like headlines and are not (a place, an office's name, a
// topic's name, a speech's sentence) and of those that are, read from the words alone.
#include "common/release/headline_shapes.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>

#include "common/release/text_lines.h"
#include "common/text/normalize.h"

namespace dipsearch::release {
namespace {

// What an event is called where a transcript's heading names it and its place ("Doorstop
// Interview, Canberra", "Press Conference, Jakarta"): such a line is a headline, not a place.
constexpr std::string_view kEventNouns[] = {"interview", "conference", "doorstop", "remarks", "statement",
                                            "briefing", "speech", "address", "transcript", "meeting",
                                            "availability", "roundtable", "summit", "visit"};

// Verbs of headlines about an office's holder ("… Secretary-General Calls on … Ambassador"):
// an office's name has none, in capitals or not.
constexpr std::string_view kHeadlineVerbs[] = {"calls", "meets", "holds", "visits", "receives", "hosts", "signs",
                                               "attends", "welcomes", "pays", "discusses", "congratulates"};

// Whether one of `joiners` stands inside `word`, joining two parts ("한-몽골", "Korea–Japan").
bool joins_two_parts(std::string_view word, std::initializer_list<std::string_view> joiners) {
  for (std::string_view joiner : joiners) {
    const size_t at = word.find(joiner);
    if (at != std::string_view::npos && at > 0 && at + joiner.size() < word.size()) return true;
  }
  return false;
}

}  // namespace

bool is_capitalized(std::string_view word) {
  return !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= '0' && word[0] <= '9') ||
                           static_cast<unsigned char>(word[0]) >= 0x80);
}

bool is_event_noun(std::string_view lower) {
  for (std::string_view noun : kEventNouns) {
    if (lower == noun) return true;
  }
  return false;
}

bool is_place(std::string_view text) {
  const auto words = split_words(text);
  if (words.size() < 2 || words.size() > 4 || text.find(',') == std::string_view::npos) return false;
  // "주미대사관, … 총영사회의 개최": who held what, not a place.
  if (text::has_hangul(text) && names_a_korean_meeting(words)) return false;
  for (std::string_view word : words) {
    const std::string lower = ascii_lower(word);
    if (is_event_noun(lower)) return false;
    if (word == "of" || word == "the") continue;
    if (!is_capitalized(word) || word.find_first_of("0123456789") != std::string_view::npos) return false;
  }
  return true;
}

// A meeting's name, however it ends: two partners ("한-몽골", "한·캐나다"), a joint body
// ("공동위원회"), a session (회의) or its holding (개최).
bool names_a_korean_meeting(const std::vector<std::string_view>& words) {
  for (std::string_view word : words) {
    for (std::string_view marker : {"공동", "회의", "개최"}) {
      if (word.find(marker) != std::string_view::npos) return true;
    }
    if (joins_two_parts(word, {"-", "·", "ㆍ", "・"})) return true;
  }
  return false;
}

// A Korean office or its holder: a few words ending in the office's noun ("안토니 블링컨 미
// 국무장관", "남북정상회담 준비위원회"), a signature or the issuing body, not a headline, which
// says what the office did ("… 대사 부임", "장관 회담") or names a meeting ("한-몽골 공동위원회").
// The nouns are not shared with the entity code's hangul_heads (entities/office_holders.cc):
// those are the titles whose holders the registry matches (외무상, 주석, no bodies or missions),
// a different list, and the page reader does not link the entity library.
bool names_a_korean_office(std::string_view text) {
  constexpr size_t kMaxWords = 4;
  const auto words = split_words(text);
  if (words.empty() || words.size() > kMaxWords || text.find_first_of("0123456789\"',") != std::string_view::npos) {
    return false;
  }
  for (std::string_view quote : {"“", "”", "‘", "’"}) {
    if (text.find(quote) != std::string_view::npos) return false;
  }
  if (names_a_korean_meeting(words)) return false;
  for (std::string_view noun : {"장관", "차관", "대사", "총영사", "대변인", "사무총장", "위원장", "위원회", "대통령", "총리"}) {
    if (ends_with(words.back(), noun)) return true;
  }
  return false;
}

// Proper names around an office's noun, and nothing but "of", "in", "for", "the", "and".
bool names_an_office(std::string_view text) {
  if (text::has_hangul(text)) return names_a_korean_office(text);
  // An office and the name of its holder ("Spokesperson and Deputy Minister for Public
  // Relations Hong Gil-dong") runs longer than an office alone.
  constexpr size_t kMaxWords = 12;
  const auto words = split_words(text);
  if (words.size() < 2 || words.size() > kMaxWords) return false;
  // Offices have no numbers; headlines have dates and ordinals ("…, 10-14 November").
  if (text.find_first_of("0123456789") != std::string_view::npos) return false;
  bool office = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string lower = ascii_lower(words[i]);
    // "Press Statement of the Vice Minister for …" is a document the office issued: a headline.
    if (is_event_noun(lower)) return false;
    for (std::string_view verb : kHeadlineVerbs) {
      if (lower == verb) return false;
    }
    for (std::string_view noun : {"ministry", "embassy", "consulate", "mission", "department", "office",
                                  "government", "secretary-general", "presidency", "spokesperson", "spokesman", "bureau"}) {
      if (lower == noun) office = true;
    }
    // "Deputy Secretary, Bureau of …" and "Secretary of State" name offices; "Secretary
    // Blinken's Remarks" is news about the holder.
    if (lower == "secretary" || lower == "secretary,") {
      const bool post = lower.back() == ',' || i + 1 == words.size() || words[i + 1] == "of" ||
                        words[i + 1] == "for" || words[i + 1] == "General";
      if (!post) return false;
      office = true;
    }
    // "Former Minister for Trade" and "Office of the Minister for Foreign Affairs" name
    // offices; "Foreign Minister Meets …" is news.
    if (lower == "minister" || lower == "ministers") {
      if (!(i + 1 < words.size() && (words[i + 1] == "for" || words[i + 1] == "of"))) return false;
      office = true;
    }
    const bool small = lower == "of" || lower == "in" || lower == "for" || lower == "the" || lower == "and";
    if (!small && !is_capitalized(words[i])) return false;
  }
  return office;
}

// The formal endings of speech ("여러분 안녕하십니까?", "… 감사드립니다."): a speech's words,
// which headlines quote but never say in their own voice. Without a stop only a greeting or a
// thanks counts: a notice's headline may end in the same form ("… 중단을 알려드립니다").
bool speaks_formally(std::string_view text) {
  bool stopped = false;
  while (ends_with(text, ".") || ends_with(text, "?") || ends_with(text, "!")) {
    text.remove_suffix(1);
    stopped = true;
  }
  if (!text::has_hangul(text)) return false;
  if (!stopped) return ends_with(text, "안녕하십니까") || ends_with(text, "감사합니다") || ends_with(text, "감사드립니다");
  return ends_with(text, "니다") || ends_with(text, "니까");
}

// A section named by the kinds of items it lists ("Speeches and Contributions", "News &
// Events"): plural nouns joined by "and" or "&".
bool names_kinds_of_items(std::string_view text) {
  const auto words = split_words(text);
  constexpr std::string_view kKinds[] = {"speeches", "contributions", "news", "events", "releases", "statements",
                                         "remarks", "interviews", "briefings", "articles", "publications",
                                         "announcements", "notices", "photos", "videos", "columns", "op-eds"};
  if (words.size() != 3 || (words[1] != "and" && words[1] != "&")) return false;
  const auto kind = [&](std::string_view word) {
    return std::find(std::begin(kKinds), std::end(kKinds), ascii_lower(word)) != std::end(kKinds);
  };
  return kind(words[0]) && kind(words[2]);
}

// A topic's or a series' name, filed above its releases wherever it stands in the head
// ("Japan-Republic of Korea Relations", "Consular Affairs", "홍길동 대사 칼럼", "Speeches and
// Contributions"): headlines say what happened, and none ends in the name of a field or a column.
// Relations are a topic's name only when the partners lead ("Korea-China Relations", "Korea and
// Japan Relations"): a speech or an op-ed names them after its subject ("Future of Korea-China
// Relations", "Strengthening Korea-ASEAN Relations").
bool names_a_topic(std::string_view text) {
  constexpr size_t kMaxWords = 5;
  const auto words = split_words(text);
  if (words.empty() || words.size() > kMaxWords) return false;
  if (text::has_hangul(text)) return words.size() >= 2 && words.back() == "칼럼";
  if (names_kinds_of_items(text)) return true;
  if (words.size() < 2 || (words.back() != "Relations" && words.back() != "Affairs" && words.back() != "Column")) {
    return false;
  }
  for (std::string_view word : words) {
    if (word != "of" && word != "and" && word != "the" && !is_capitalized(word)) return false;
  }
  if (words.back() != "Relations") return true;
  // Two partners joined by a hyphen or a dash ("Korea-Japan", "Korea–Japan"), first or after
  // the country's long form ("Republic of Korea-Japan"); not after a subject ("Future of …").
  const auto joins_partners = [](std::string_view word) { return joins_two_parts(word, {"-", "\u2010", "\u2013"}); };
  const bool long_form = words.size() == 4 && words[0] == "Republic" && words[1] == "of";
  if (joins_partners(words.front()) || (long_form && joins_partners(words[2]))) return true;
  // "Bilateral Relations": a section's name, not a deed ("Strengthening Relations").
  if (words.size() == 2 && !ends_with(words[0], "ing")) return true;
  return words.size() == 4 && words[1] == "and";
}

namespace {

// English in sentence case, the first word alone capitalized ("Two ministers shaking hands"),
// or in title case, every word of four letters or more capitalized ("Foreign Ministers' Meeting").
bool in_case(std::string_view text, bool title_case) {
  constexpr size_t kMinWords = 3, kMinTitledLetters = 4;
  const auto words = split_words(text);
  if (words.size() < kMinWords || text::has_hangul(text)) return false;
  for (size_t i = 1; i < words.size(); ++i) {
    if (title_case && words[i].size() >= kMinTitledLetters && !is_capitalized(words[i])) return false;
    if (!title_case && is_capitalized(words[i])) return false;
  }
  return true;
}

}  // namespace

// An image's description in sentence case above a title-case line: a subtitle is written in
// its headline's case or plainer, never a sentence-case line's title-case deck.
bool captions_title_case(std::string_view above, std::string_view line) {
  return in_case(above, false) && in_case(line, true);
}

}  // namespace dipsearch::release
