// Finding officials in Korean text (see korean_mentions.h).
#include "common/entities/korean_mentions.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "common/entities/korean_lexicon.h"

namespace dipsearch::entities::detail {

void KoreanMentions::registry_names() {
  for (size_t i = 0; i < s_.n; ++i) {
    const Token& t = s_.ts[i];
    if (t.kind != Tok::kHangul || s_.owner[i] >= 0 || !t_.word_start(i)) continue;
    // A saved page that lost a space glues a name to the connective before it (다음으로김철수
    // 차관은): only registry names are looked for behind one.
    const size_t glued = glued_connective_length(t.norm);
    const std::string_view word = std::string_view(t.norm).substr(glued);
    if (!s_.names.may_start_hangul(word)) continue;
    Mention m;
    std::string_view rest;
    bool weak = false;
    bool found = false;
    bool era = false;
    const std::vector<uint32_t>* phrases = glued == 0 ? s_.names.phrases_from(t.norm) : nullptr;
    if (phrases != nullptr) {
      for (uint32_t index : *phrases) {
        const OfficialNames::HangulPhrase& phrase = s_.names.phrase(index);
        const size_t n = phrase.words.size();
        bool ok = i + n <= s_.n;
        for (size_t k = 1; k < n && ok; ++k) {
          const Token& u = s_.ts[i + k];
          const std::string_view w = phrase.words[k];
          if (u.kind != Tok::kHangul || !u.space_before || u.line_before) {
            ok = false;
          } else if (k + 1 < n) {
            ok = u.norm == w;
          } else {
            ok = u.norm.substr(0, w.size()) == w && is_person_continuation(u.norm.substr(w.size()));
            if (ok) rest = u.norm.substr(w.size());
          }
        }
        if (!ok) continue;
        m.first = static_cast<uint32_t>(i);
        m.end = static_cast<uint32_t>(i + n);
        m.official = static_cast<int>(phrase.official);
        const Token& last = s_.ts[i + n - 1];
        const uint32_t name_end =
            last.begin + static_cast<uint32_t>(last.norm.size() - rest.size());
        m.name = std::string(s_.ts.text().substr(t.begin, name_end - t.begin));
        found = true;
        break;
      }
    }
    if (!found) {
      const PrefixTrie::Matches pm = s_.names.one_word_prefixes(word);
      for (size_t k = pm.count; k-- > 0 && !found;) {
        const std::string_view r = word.substr(pm.items[k].length);
        const uint32_t official = s_.names.one_word_official(pm.items[k].value);
        // 이재명정부: a leader's name glued to the government it leads; 윤석열표 (정책): the
        // leader's own brand of a policy.
        era = (is_leader_era(r) || r == "\xED\x91\x9C") && leads_a_government(official);
        if (!era && !is_person_continuation(r)) continue;
        rest = era ? std::string_view() : r;
        m.first = static_cast<uint32_t>(i);
        m.end = static_cast<uint32_t>(i + 1);
        m.official = static_cast<int>(official);
        m.name = std::string(word.substr(0, pm.items[k].length));
        // Behind a connective, a short name (왕이, 박진) is too likely a word's tail.
        weak = s_.names.one_word_weak(pm.items[k].value) || glued > 0;
        found = true;
      }
    }
    if (!found) continue;
    m.hangul = true;
    const size_t last = m.end - 1;
    // The bracketed Latin spelling after the name is part of the mention.
    if (rest.empty() && last + 1 < s_.n && s_.ts[last + 1].norm == "(" &&
        !s_.ts[last + 1].space_before) {
      size_t k = last + 2;
      while (k < s_.n && s_.ts[k].kind != Tok::kHangul && s_.ts[k].norm != ")" && k - last < 10)
        ++k;
      if (k < s_.n && s_.ts[k].norm == ")") {
        for (size_t j = last + 2; j < k; ++j) s_.owner[j] = static_cast<int>(s_.mentions.size());
      }
    }
    // 이재명정부 외교부 장관 조현: the words after an era name another's title, not the leader's.
    if (!era) {
      m.title = t_.title_after(last, rest);
      if (m.title.empty()) m.title = t_.title_before(m.first);  // 외교부 제1차관 최종건은
    }
    // 왕이, 박진 only with a title; a leader's short name also before their administration.
    if (weak && m.title.empty() && !era &&
        !(rest.empty() && leads_a_government(static_cast<uint32_t>(m.official)) &&
          leader_era_after(last))) {
      continue;
    }
    i = last;
    s_.add(std::move(m));
  }
}

bool KoreanMentions::leads_a_government(uint32_t official) const {
  static constexpr std::array<std::string_view, 4> kHeads = {"대통령", "총리", "국무위원장",
                                                             "총비서"};
  for (const OfficialRole& role : s_.names.registry().all()[official].roles) {
    const std::string_view t = role.title_ko;
    for (std::string_view head : kHeads) {
      if (t.size() < head.size() || t.substr(t.size() - head.size()) != head) continue;
      if (!deputy_before_head(t, head.size())) return true;  // 부총리 leads no government
    }
  }
  return false;
}

bool KoreanMentions::leader_era_after(size_t last) const {
  const size_t k = last + 1;
  if (k >= s_.n || !s_.ts[k].space_before || s_.ts[k].line_before) return false;
  const Token& t = s_.ts[k];
  if (t.kind == Tok::kHangul) return is_leader_era(t.norm);
  // A term by its ordinal: 트럼프 2기, 오바마 2기 행정부.
  constexpr std::string_view kTerm = "\xEA\xB8\xB0";  // 기
  return t.kind == Tok::kNumber && t.norm.size() == 1 && k + 1 < s_.n &&
         !s_.ts[k + 1].space_before && s_.ts[k + 1].kind == Tok::kHangul &&
         s_.ts[k + 1].norm.substr(0, kTerm.size()) == kTerm &&
         (s_.ts[k + 1].norm.size() == kTerm.size() ||
          is_person_continuation(s_.ts[k + 1].norm.substr(kTerm.size())));
}

// Three syllables with a family name first (최종문), or four with a two-syllable one (남궁민수).
bool KoreanMentions::korean_looking(std::string_view word) const {
  const size_t syl = syllables(word);
  return (syl == 3 && is_korean_surname(word.substr(0, 3))) ||
         (syl == 4 && is_korean_surname(word.substr(0, 6)));
}

// The Hangul of a word that is one Hangul token, or several joined by hyphens (알-하르씨):
// the syllables without the hyphens; empty for any other word.
std::string KoreanMentions::hangul_word(size_t e) const {
  const Eojeol& w = t_.eojeols()[e];
  std::string out;
  for (uint32_t k = w.first; k < w.end; ++k) {
    const Token& t = s_.ts[k];
    const bool part = (k - w.first) % 2 == 0;
    if (part ? t.kind != Tok::kHangul : t.norm != "-") return {};
    if (part) out.append(t.norm);
  }
  return (w.end - w.first) % 2 == 1 ? out : std::string();
}

// A single Hangul word that may be (part of) a name: not a stopword, a title word, a country,
// or a verb form (방문했던, 살아왔지만: past and future markers never occur in names).
bool KoreanMentions::name_candidate(size_t e) const {
  const Eojeol& w = t_.eojeols()[e];
  const std::string word = hangul_word(e);
  if (word.empty()) return false;
  for (uint32_t k = w.first; k < w.end; ++k) {
    if (s_.owner[k] >= 0 || s_.hit_of[k] >= 0) return false;
  }
  return !is_name_stopword(word) && !is_title_modifier(word) && title_head_length(word) == 0 &&
         !is_verb_form(word);
}

// A Korean name whose given name is also a title's head (윤주석: 윤 and 주석), right before a
// title of its own (윤주석 영사안전국장): the title after it shows it is the name.
bool KoreanMentions::name_ending_in_a_head(size_t e) const {
  const Eojeol& w = t_.eojeols()[e];
  const std::string word = hangul_word(e);
  if (w.end - w.first != 1 || s_.owner[w.first] >= 0 || s_.hit_of[w.first] >= 0) return false;
  return syllables(word) == 3 && is_korean_surname(word.substr(0, 3)) &&
         title_head_length(word.substr(3)) == 6 && !is_name_stopword(word);
}

// Whether a word and the title's first word after it name a local government's body, not a
// person: 부산시 의회 의장, 수원시 교육청 (a city, province, county or district, and the
// council or office that belongs to it).
bool KoreanMentions::names_a_local_body(std::string_view word, std::string_view next) {
  static const std::array<std::string_view, 4> places = {"시", "도", "군", "구"};
  // Not 의원 or 청장: 이상구 의원, 김진도 청장 are people.
  static const std::array<std::string_view, 3> bodies = {"의회", "교육청", "청사"};
  if (word.size() < 6) return false;
  const std::string_view last = word.substr(word.size() - 3);
  bool place = false;
  for (std::string_view p : places) place = place || last == p;
  if (!place) return false;
  for (std::string_view b : bodies) {
    if (next.substr(0, b.size()) == b) return true;
  }
  return false;
}

// Whether eojeol e opens its line, after nothing but punctuation (▲, ○, -): a row of a list,
// a transcript or minutes.
bool KoreanMentions::row_start(size_t e) const {
  const Eojeol& w = t_.eojeols()[e];
  if (w.line_before) return true;
  for (size_t k = w.first; k-- > 0;) {
    const Token& t = s_.ts[k];
    if (t.kind != Tok::kPunct) return false;
    if (t.line_before) return true;
  }
  return true;
}

namespace {

// Whether a word of two syllables or more is a verb qualifying the noun after it (부임한,
// 임명된, 근무하던): it ends like a particle (한, 된, 던) yet links nothing to the office.
bool adnominal_verb(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"\xED\x95\x9C", "\xEB\x90\x9C",
                                                  "\xEB\x8D\x98"};  // 한, 된, 던
  if (word.size() < 6) return false;
  const std::string_view last = word.substr(word.size() - 3);
  for (std::string_view ending : kEndings) {
    if (last == ending) return true;
  }
  return false;
}

}  // namespace

// Whether the title at eojeol e opens its clause, or follows only words without a particle,
// verbs that qualify it (새로 부임한) or 저는: a speaker naming himself (12대 주태국대사,
// 여러분, 외교부 대변인; 안녕하세요 저는 주미대사), not a line saying what follows (아래는
// 장관 연설문입니다).
bool KoreanMentions::introduces_oneself(size_t e) const {
  constexpr std::string_view kI = "\xEC\xA0\x80\xEB\x8A\x94";  // 저는
  const auto& words = t_.eojeols();
  for (size_t j = e; j > 0 && !words[j].hard_before && !words[j].line_before; --j) {
    if (hangul_word(j - 1) == kI) return true;
    const Token& last = s_.ts[words[j - 1].core_end - 1];
    if (last.kind != Tok::kHangul || !ends_like_particle(last.norm)) continue;
    if (!adnominal_verb(last.norm)) return false;
    // The verb's own adverb or complement (새로, 대사로) may stand before it.
    if (j == 1 || words[j - 1].hard_before || words[j - 1].line_before) return true;
    --j;
  }
  return true;
}

// A Korean name as rows write it: two to four syllables, a family name first (홍길, 홍길동).
bool KoreanMentions::korean_name_of_row(std::string_view word) const {
  const size_t syl = syllables(word);
  return syl >= 2 && syl <= 4 && !ends_like_particle(word) &&
         (is_korean_surname(word.substr(0, 3)) || (syl >= 3 && is_korean_surname(word.substr(0, 6))));
}

// Rows of minutes and lists that give the office first and then the name: ○외교부장관
// 홍길동, ◯위원장 홍길동; and anywhere, a speaker who names himself after his office:
// 주태국대사 홍길동입니다.
void KoreanMentions::rows_title_first() {
  constexpr std::string_view kCopula = "\xEC\x9E\x85\xEB\x8B\x88\xEB\x8B\xA4";  // 입니다
  const auto& words = t_.eojeols();
  for (size_t e = 0; e + 1 < words.size(); ++e) {
    const size_t hl = t_.head_length(e);
    if (hl == 0) continue;
    const Token& head = s_.ts[words[e].core_end - 1];
    if (words[e].core_end - words[e].first != 1 || hl != head.norm.size()) continue;
    const size_t n = e + 1;
    if (words[n].hard_before || words[n].line_before || !name_candidate(n)) continue;
    std::string word = hangul_word(n);
    const bool self_named = word.size() > kCopula.size() &&
                            std::string_view(word).substr(word.size() - kCopula.size()) == kCopula;
    if (self_named) {
      word.resize(word.size() - kCopula.size());
      if (is_name_stopword(word) || !introduces_oneself(e)) continue;
    } else if (!row_start(e)) {
      continue;
    }
    // Three syllables or more: two-syllable words after a title are mostly nouns (대변인
    // 정례 브리핑, 장관 주최 리셉션).
    if (!korean_looking(word) || ends_like_particle(word)) continue;
    Mention m;
    m.hangul = true;
    m.first = words[n].first;
    m.end = words[n].end;
    m.name = word;
    m.title = t_.title_text(e, e, hl);
    s_.add(std::move(m));
  }
}

// Rows of minutes that list several people after one office: 출석 위원 홍길동 김철수 이영희,
// 위원 홍길동 김철수. Three names or more in a row (two when the office opens the line): two
// Korean-looking words after a title are sometimes nouns (대사 신임장 제정식).
void KoreanMentions::rows_of_names() {
  const auto& words = t_.eojeols();
  for (size_t e = 0; e + 2 < words.size(); ++e) {
    const size_t hl = t_.head_length(e);
    if (hl == 0 || words[e].core_end - words[e].first != 1) continue;
    if (hl != s_.ts[words[e].core_end - 1].norm.size()) continue;  // 위원은: a sentence
    size_t k = e + 1;
    while (k < words.size() && !words[k].line_before && name_candidate(k)) {
      const std::string word = hangul_word(k);
      if (!korean_looking(word) || ends_like_particle(word)) break;
      ++k;
    }
    const size_t count = k - (e + 1);
    if (count < (row_start(e) ? 2u : 3u)) continue;
    const std::string title = t_.title_text(e, e, hl);
    for (size_t n = e + 1; n < k; ++n) {
      Mention m;
      m.hangul = true;
      m.first = words[n].first;
      m.end = words[n].end;
      m.name = hangul_word(n);
      m.title = title;
      s_.add(std::move(m));
    }
    e = k - 1;
  }
}

// A word that may stand before the last word of a foreign name: 하야시 요시마사, 옌스
// 스톨텐베르그. Not a verb form (만난, 방문한), which ends like a particle.
bool KoreanMentions::foreign_name_part(size_t e) const {
  if (!name_candidate(e)) return false;
  const std::string word = hangul_word(e);
  const size_t syl = syllables(word);
  // 마르셀로, 파울로 end like a particle (-로) but are given names.
  return syl >= 1 && syl <= 6 && (!ends_like_particle(word) || is_foreign_given_name(word));
}

// Whether the words before the last word of a foreign name, from eojeol c - 1 leftwards, go on
// past the two words every foreign name may have: a particle of a Western name (후안 라몬 데
// 라 푸엔테, 마리아 라우라 다 호샤) with a name word before it, the word before a particle, or
// a known given name. Returns the first eojeol of the name, at most five words long.
size_t KoreanMentions::extend_foreign_name(size_t name_first, size_t c) const {
  const auto& words = t_.eojeols();
  bool after_particle = false;
  while (c - name_first + 1 < 5 && name_first > 0 && !words[name_first].line_before) {
    const size_t b = name_first - 1;
    // A middle initial: 마크 W. 램버트.
    if (words[name_first].hard_before) {
      const uint32_t tok = words[name_first].first;
      if (tok < 3 || s_.ts[tok - 1].norm != "." || s_.ts[tok - 2].kind != Tok::kWord ||
          !s_.ts[tok - 2].upper || s_.ts[tok - 2].raw.size() != 1 || !s_.ts[tok - 2].space_before ||
          t_.eojeol_of()[tok - 3] < 0) {
        break;
      }
      const size_t given = static_cast<size_t>(t_.eojeol_of()[tok - 3]);
      if (words[given].end != tok - 2 || !foreign_name_part(given)) break;
      name_first = given;
      continue;
    }
    if (!name_candidate(b)) break;
    const std::string before = hangul_word(b);
    const bool particle = is_name_particle(before) && b > 0 && !words[b].hard_before &&
                          !words[b].line_before &&
                          (foreign_name_part(b - 1) || is_name_particle(hangul_word(b - 1)));
    if (particle || (after_particle && foreign_name_part(b)) || is_foreign_given_name(before)) {
      after_particle = particle;
      name_first = b;
      continue;
    }
    break;
  }
  // A name does not start with a particle.
  while (name_first < c && is_name_particle(hangul_word(name_first))) ++name_first;
  return name_first;
}

// The first word of a two-word name before eojeol c: a foreign given name (데이비드, 네드,
// 모하메드) right before it.
bool KoreanMentions::given_name_before(size_t c) const {
  if (c == 0 || t_.eojeols()[c].hard_before || t_.eojeols()[c].line_before) return false;
  return name_candidate(c - 1) && is_foreign_given_name(hangul_word(c - 1));
}

// A title's first eojeol, taken back over one word that is no title word when a name's Latin
// spelling stands right before the title: 칼둔 알-무바락(Khaldoon Al-Mubarak) UAE 아부다비
// 행정청장, where the place is part of the office. `first` when there is none.
size_t KoreanMentions::past_place_after_spelling(size_t first) const {
  const auto& words = t_.eojeols();
  size_t b = first;
  bool place = false;
  for (int steps = 0; steps < 3 && b > 0 && !words[b].hard_before && !words[b].line_before;
       ++steps) {
    --b;
    if (t_.titleish(b)) continue;
    const std::string word = hangul_word(b);
    if (place || word.empty() || ends_like_particle(word) || is_verb_form(word)) return first;
    place = true;
  }
  if (!place || !words[b].hard_before || words[b].line_before) return first;
  std::string latin;
  bool hanja = false;
  size_t open = 0;
  if (!t_.bracket_before(words[b].first, &latin, &hanja, &open) || latin.empty()) return first;
  return b;
}

void KoreanMentions::titled_names() {
  for (size_t h = 0; h < t_.eojeols().size(); ++h) {
    const size_t hl = t_.head_length(h);
    if (hl == 0) continue;
    // A head followed by 겸 belongs to the next title (부총리 겸 외교장관).
    if (h + 1 < t_.eojeols().size() && t_.is_concurrently(h + 1)) continue;
    size_t first = h;
    while (first > 0 && h - first < 4 && !t_.eojeols()[first].hard_before &&
           !t_.eojeols()[first].line_before && t_.titleish_before(first - 1)) {
      --first;
    }
    first = past_place_after_spelling(first);
    if (t_.eojeols()[first].line_before) continue;
    std::string latin;
    bool hanja = false;
    size_t candidate_end_tok = t_.eojeols()[first].first;  // the name ends before this token
    if (t_.eojeols()[first].hard_before) {
      // A name in quotes before its title: ‘홍길동’ 대사, 「대니얼 위트모어(Daniel
      // Whitmore)」 대사.
      if (candidate_end_tok > 0 && closing_quote(s_.ts[candidate_end_tok - 1])) {
        --candidate_end_tok;
      }
      size_t open = 0;
      if (t_.bracket_before(candidate_end_tok, &latin, &hanja, &open)) {
        candidate_end_tok = open;
      } else if (candidate_end_tok == t_.eojeols()[first].first) {
        continue;
      }
    }
    if (candidate_end_tok == 0 || t_.eojeol_of()[candidate_end_tok - 1] < 0) continue;
    const size_t c = static_cast<size_t>(t_.eojeol_of()[candidate_end_tok - 1]);
    if (t_.eojeols()[c].end != candidate_end_tok) continue;
    if (first == c + 1 && t_.eojeols()[first].line_before) continue;
    if (s_.owner[t_.eojeols()[c].first] >= 0) continue;  // a registry name: titled already
    if (!name_candidate(c) && !(first == c + 1 && name_ending_in_a_head(c))) continue;
    const std::string word = hangul_word(c);
    const size_t syl = syllables(word);
    if (first == c + 1 && names_a_local_body(word, hangul_word(first))) continue;
    const bool given_name = latin.empty() && given_name_before(c);
    // The words of the name a bracket spells out: 성 김(Sung Kim), 호세 마누엘 알바레스(José
    // Manuel Albares). A Korean-looking name is one word whatever its romanization.
    const size_t latin_words = latin.empty() ? 0 : count_words(latin);
    Mention m;
    m.hangul = true;
    m.title = t_.title_text(first, h, hl);
    m.latin = latin;
    if (syl == 1 && latin_words < 2 && !given_name) {
      if (!is_korean_surname(word)) continue;
      m.first = t_.eojeols()[c].first;
      m.end = t_.eojeols()[c].end;
      m.name = word;
      m.short_form = true;  // 정 장관
      s_.add(std::move(m));
      continue;
    }
    const bool foreign = latin_words >= 2 || hanja || given_name || t_.foreign_title(first, h, hl);
    if (syl > (foreign ? 7u : 5u)) continue;
    // A word ending like a particle or a verb (방문한, 참석자들의) is no name, unless it is
    // the last word of a foreign name after its first and ends as such names do (아이하라
    // 다로, 요시다 가즈키: 다, 로, 가, 고, 서), which verb forms (개최된, 만난) never do.
    const std::string_view last_syllable = std::string_view(word).substr(word.size() - 3);
    // Not the particle 에서 (청와대에서 에스토니아 대통령: a place, then the title).
    const bool particle_eseo = word.size() >= 6 && word.compare(word.size() - 6, 6, "에서") == 0;
    const bool name_like_ending = (last_syllable == "다" || last_syllable == "로" ||
                                   last_syllable == "가" || last_syllable == "고" ||
                                   last_syllable == "서") &&
                                  !particle_eseo;
    const bool after_name_part = foreign && name_like_ending && c > 0 &&
                                 !t_.eojeols()[c].hard_before && !t_.eojeols()[c].line_before &&
                                 foreign_name_part(c - 1) &&
                                 !korean_looking(hangul_word(c - 1)) &&
                                 syllables(hangul_word(c - 1)) >= 2;
    if (ends_like_particle(word) && latin.empty() && !after_name_part) continue;
    // A speaker's row in a transcript (▲홍길 행정관: …) names a person even in two syllables.
    const bool speaker = row_start(c) && s_.same_line(t_.eojeols()[h].end) &&
                         s_.ts[t_.eojeols()[h].end].norm == ":" && korean_name_of_row(word);
    const bool looks_korean = korean_looking(word) || speaker;
    // Otherwise a one-word name must look Korean, or stand before a foreign title (마자오쉬
    // 중국 외교부 부부장): 국방 장관, 문화 장관 and 북핵 수석대표 are not people.
    if (!looks_korean && latin.empty() && !foreign) continue;
    // Foreign names often come in two words (하야시 요시마사 日 관방장관, 아이보시 고이치
    // 주한일본대사): take the word before too, or as many as the bracket spells.
    size_t name_first = c;
    // A Korean-looking last word takes a word before it only when that one is long enough to
    // be a foreign given name (아이보시 고이치), not an adverb (혹시 최선희 외무상).
    const size_t want = latin_words >= 2 && !looks_korean         ? std::min<size_t>(latin_words, 4)
                        : foreign && !t_.eojeols()[c].hard_before ? 2
                                                                  : 1;
    while (c - name_first + 1 < want && name_first > 0 && !t_.eojeols()[name_first].hard_before &&
           !t_.eojeols()[name_first].line_before && foreign_name_part(name_first - 1)) {
      const std::string before = hangul_word(name_first - 1);
      const bool given = is_foreign_given_name(before);
      if (latin_words < 2 && !given) {
        if (looks_korean && (korean_looking(before) || syllables(before) < 3)) break;
        if (syllables(before) < 2) break;
      }
      --name_first;
    }
    // Longer foreign names, which only their own words tell: no bracket counts them.
    // A last word that looks Korean (나흐얀) after a particle of a foreign name (알) is foreign.
    const bool particle_before =
        c > 0 && !t_.eojeols()[c].hard_before && is_name_particle(hangul_word(c - 1));
    if (foreign && latin_words < 2 && (!looks_korean || particle_before)) {
      name_first = extend_foreign_name(name_first, c);
    }
    m.first = t_.eojeols()[name_first].first;
    m.end = t_.eojeols()[c].end;
    m.name = std::string(s_.raw(m.first, m.end));
    s_.add(std::move(m));
  }
}

}  // namespace dipsearch::entities::detail
