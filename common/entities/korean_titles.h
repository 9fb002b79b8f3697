// Korean words (eojeol: space-delimited, hard punctuation also separates) and the titles
// they hold: where a title ends (장관은 → 장관), what may stand inside one (외교부, 신임, 日,
// 제1), titles joined by 겸, the title after or before a name, and whether a title is a foreign
// government's or an international body's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

struct Eojeol {
  uint32_t first = 0;  // tokens [first, end)
  uint32_t end = 0;
  uint32_t core_end = 0;  // end of the word before an acronym bracket written onto it: (NSC)
  bool hard_before = false;
  bool line_before = false;
};

class KoreanTitles {
 public:
  // Splits the lines holding Hangul into eojeols.
  explicit KoreanTitles(const ScanState& state);

  const std::vector<Eojeol>& eojeols() const { return eojeols_; }
  // token → its eojeol, -1 outside Korean lines.
  const std::vector<int>& eojeol_of() const { return eojeol_of_; }

  // Length of the title ending eojeol e (its last token: 장관은 → 장관), or 0.
  size_t head_length(size_t e) const { return head_len_[e]; }
  // Words inside a Korean title before its head: 외교부, 신임, 중국, 日, UN, 제1.
  bool titleish(size_t e) const;
  // 겸 ("and concurrently") joins two titles: 부총리 겸 외교장관.
  bool is_concurrently(size_t e) const;
  // A title word standing before 겸 counts as part of the title.
  bool titleish_before(size_t e) const;
  // After a title ending at eojeol `head`, a second one joined by 겸: the eojeol of its head.
  size_t concurrent_head(size_t head) const;
  // A bracket group that ends just before token `close_end` after a name: its Latin text
  // ("(Meerwais Nab)") or whether it holds Hanja ("(杉山晋輔)"), and the index of its "(".
  bool bracket_before(size_t close_end, std::string* latin, bool* hanja, size_t* open) const;
  // The text of the title from eojeol `first_eojeol` to the head ending `head_eojeol`.
  std::string title_text(size_t first_eojeol, size_t head_eojeol, size_t head_len) const;
  // The title after a registry name ending at `token`: in the same word (`rest`: 장관은) or
  // in the next words, past a bracket with the Latin spelling (정의용(Chung Eui-yong) 외교부
  // 장관).
  std::string title_after(size_t token, std::string_view rest) const;
  // A title standing right before the name starting at `token`, without particle: 美 국무장관
  // 블링컨.
  std::string title_before(size_t token) const;
  // Whether token i starts a word (after a space or punctuation).
  bool word_start(size_t i) const;
  // Whether the title [first, head] is another country's or an international body's.
  bool foreign_title(size_t first, size_t h, size_t hl) const;

 private:
  // The ")" of a bracket opened at `open` that holds only acronyms (NSC, IAEA, G-20), or 0.
  size_t acronym_bracket_close(size_t open) const;

  const ScanState& s_;
  std::vector<Eojeol> eojeols_;
  std::vector<int> eojeol_of_;
  std::vector<size_t> head_len_;  // eojeol → length of the title it ends, or 0
};

}  // namespace dipsearch::entities::detail
