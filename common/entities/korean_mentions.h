// Finding officials in Korean text: registry names at word starts with their particles and
// titles (강경화 장관은, 미르와이스 나브), and unknown people by the title after their name
// (최종문 외교부 제2차관, 하야시 요시마사 日 관방장관, 호세 마누엘 알바레스(José Manuel
// Albares) 스페인 외교장관), rows of minutes that list people after their office (위원 홍길동
// 김철수 이영희); a surname with a title (정 장관) is a short mention.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/entities/korean_titles.h"
#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

class KoreanMentions {
 public:
  explicit KoreanMentions(ScanState& state) : s_(state), t_(state) {}

  // Adds the mentions of the Korean lines to the state, registry names first.
  void find() {
    registry_names();
    titled_names();
    rows_of_names();
    rows_title_first();
  }

 private:
  void registry_names();
  void titled_names();
  void rows_title_first();
  void rows_of_names();
  bool row_start(size_t e) const;
  bool introduces_oneself(size_t e) const;
  bool korean_name_of_row(std::string_view word) const;

  // Three syllables with a family name first (최종문), or four with a two-syllable one.
  bool korean_looking(std::string_view word) const;
  // Whether `word` before a title starting with `next` is a place whose body the title names
  // (부산시 의회 의장), not a person.
  static bool names_a_local_body(std::string_view word, std::string_view next);
  bool name_ending_in_a_head(size_t e) const;
  // A single Hangul word that may be (part of) a name.
  bool name_candidate(size_t e) const;
  // A word that may stand before the last word of a foreign name: 하야시 요시마사.
  bool foreign_name_part(size_t e) const;
  // The first eojeol of a foreign name of three to five words ending at eojeol c, from the
  // first one found so far (name_first).
  size_t extend_foreign_name(size_t name_first, size_t c) const;
  // The Hangul of eojeol e when it is one Hangul word (알-하르씨 joined by hyphens), else "".
  std::string hangul_word(size_t e) const;
  size_t past_place_after_spelling(size_t first) const;
  // Whether the word before eojeol c is a foreign given name (데이비드 맥알리스터).
  bool given_name_before(size_t c) const;
  static bool closing_quote(const Token& t) { return t.norm == "'" || t.norm == "\""; }
  // Whether registry official `official` ever led a state or a government (대통령, 총리,
  // 국무위원장): the people whose name names an administration (부시 행정부).
  bool leads_a_government(uint32_t official) const;
  // Whether the word after token `last` is the administration or the term of the leader
  // named there: 부시 행정부, 트럼프 2기.
  bool leader_era_after(size_t last) const;

  ScanState& s_;
  const KoreanTitles t_;
};

}  // namespace dipsearch::entities::detail
