// Korean words and the titles they hold (see korean_titles.h).
#include "common/entities/korean_titles.h"

#include "common/entities/korean_lexicon.h"

namespace dipsearch::entities::detail {
namespace {

bool is_separator(const Token& t) {
  return t.kind == Tok::kPunct && (t.norm == "\xC2\xB7" || t.norm == "-" || t.norm == "/");
}

}  // namespace

KoreanTitles::KoreanTitles(const ScanState& state) : s_(state) {
  eojeol_of_.assign(s_.n, -1);
  // Korean names and titles never span lines: only lines with Hangul need eojeols.
  bool hard = false;
  size_t line_end = 0;       // end of the current line
  bool korean_line = false;  // whether it holds Hangul
  for (size_t i = 0; i < s_.n; ++i) {
    const Token& t = s_.ts[i];
    if (i >= line_end) {
      korean_line = false;
      line_end = i;
      do {
        korean_line = korean_line || s_.ts[line_end].kind == Tok::kHangul;
        ++line_end;
      } while (line_end < s_.n && !s_.ts[line_end].line_before);
    }
    if (!korean_line) {
      hard = true;
      continue;
    }
    const bool joined = !t.space_before && !eojeols_.empty() && eojeols_.back().end == i;
    // An acronym in brackets written onto a word stays with it, inside titles too:
    // 미국 국가안보회의(NSC) 인도태평양조정관, 국제원자력기구(IAEA) 사무총장.
    if (t.norm == "(" && joined && !hard) {
      if (const size_t close = acronym_bracket_close(i)) {
        for (size_t k = i; k <= close; ++k) eojeol_of_[k] = static_cast<int>(eojeols_.size() - 1);
        eojeols_.back().end = static_cast<uint32_t>(close + 1);
        i = close;
        continue;
      }
    }
    if (t.kind == Tok::kPunct && !(is_separator(t) && joined)) {
      hard = true;
      continue;
    }
    if (joined && !hard) {
      Eojeol& e = eojeols_.back();
      const bool bracketed = e.core_end != e.end;
      e.end = static_cast<uint32_t>(i + 1);
      if (!bracketed) e.core_end = e.end;
    } else {
      Eojeol e;
      e.first = static_cast<uint32_t>(i);
      e.end = static_cast<uint32_t>(i + 1);
      e.core_end = e.end;
      e.hard_before = hard;
      e.line_before = t.line_before;
      eojeols_.push_back(e);
    }
    eojeol_of_[i] = static_cast<int>(eojeols_.size() - 1);
    hard = false;
  }
  head_len_.resize(eojeols_.size());
  for (size_t e = 0; e < eojeols_.size(); ++e) {
    const Token& last = s_.ts[eojeols_[e].core_end - 1];
    head_len_[e] = last.kind == Tok::kHangul ? title_head_length(last.norm) : 0;
  }
}

// The ")" of a bracket opened at `open` that holds only acronyms (NSC, IAEA, G-20), or 0.
size_t KoreanTitles::acronym_bracket_close(size_t open) const {
  bool acronym = false;
  for (size_t k = open + 1; k < s_.n && k <= open + 6 && !s_.ts[k].line_before; ++k) {
    const Token& u = s_.ts[k];
    if (u.norm == ")") return acronym ? k : 0;
    if (u.kind == Tok::kWord && u.upper && u.raw.size() >= 2) {
      acronym = true;
    } else if (!(u.kind == Tok::kNumber || u.norm == "-" || u.norm == "&" || u.norm == "/")) {
      return 0;
    }
  }
  return 0;
}

// Words inside a Korean title before its head: 외교부, 신임, 중국, 日, 아프가니스탄·파키스탄,
// UN, 제1.
bool KoreanTitles::titleish(size_t e) const {
  const Eojeol& w = eojeols_[e];
  if (w.core_end - w.first == 1 && s_.ts[w.first].kind == Tok::kHangul &&
      is_title_modifier(s_.ts[w.first].norm)) {
    return true;
  }
  bool all_country = true;
  bool all_acronym = true;
  for (uint32_t t = w.first; t < w.core_end; ++t) {
    const Token& u = s_.ts[t];
    if (u.kind == Tok::kPunct) continue;
    const int h = s_.hit_of[t];
    if (h < 0 || !s_.hits[static_cast<size_t>(h)].bare) all_country = false;
    if (!(u.kind == Tok::kWord && u.upper)) all_acronym = false;
  }
  if (all_country || all_acronym) return true;
  // 제1, 제2; 前 (former), 現 (current).
  const Token& f = s_.ts[w.first];
  if (w.core_end - w.first == 2 && f.norm == "\xEC\xA0\x9C" &&
      s_.ts[w.first + 1].kind == Tok::kNumber) {
    return true;
  }
  return w.core_end - w.first == 1 && (f.norm == "\xE5\x89\x8D" || f.norm == "\xE7\x8F\xBE");
}

// 겸 ("and concurrently") joins two titles: 부총리 겸 외교장관.
bool KoreanTitles::is_concurrently(size_t e) const {
  const Eojeol& w = eojeols_[e];
  return w.end - w.first == 1 && s_.ts[w.first].norm == "\xEA\xB2\xB8";
}

// A title word standing before 겸 counts as part of the title.
bool KoreanTitles::titleish_before(size_t e) const {
  if (titleish(e)) return true;
  if (e + 1 >= eojeols_.size() || !is_concurrently(e + 1)) return false;
  const Token& last = s_.ts[eojeols_[e].core_end - 1];
  return head_length(e) == last.norm.size() && last.kind == Tok::kHangul;
}

// After a title ending at eojeol `head`, a second one joined by 겸: the eojeol of its head.
size_t KoreanTitles::concurrent_head(size_t head) const {
  size_t e = head + 1;
  if (e >= eojeols_.size() || !is_concurrently(e) || eojeols_[e].hard_before) return head;
  for (size_t k = e + 1; k < eojeols_.size() && k <= e + 3; ++k) {
    if (eojeols_[k].hard_before || eojeols_[k].line_before) break;
    if (head_length(k) > 0) return k;
    if (!titleish(k)) break;
  }
  return head;
}

// A bracket group that ends just before token `close_end` after a name: its Latin text
// ("(Meerwais Nab)") or whether it holds Hanja ("(杉山晋輔)"), and the index of its "(".
bool KoreanTitles::bracket_before(size_t close_end, std::string* latin, bool* hanja,
                                  size_t* open) const {
  if (close_end == 0 || s_.ts[close_end - 1].norm != ")") return false;
  const size_t close = close_end - 1;
  for (size_t k = close; k-- > 0 && close - k <= 10;) {
    if (s_.ts[k].norm == "(") {
      *open = k;
      bool letters = false;
      for (size_t j = k + 1; j < close; ++j) {
        if (s_.ts[j].kind == Tok::kWord) {
          letters = true;
        } else if (s_.ts[j].kind == Tok::kHan) {
          *hanja = true;
        } else if (s_.ts[j].kind != Tok::kPunct) {
          return false;
        }
      }
      if (letters && !*hanja) *latin = std::string(s_.raw(k + 1, close));
      return true;
    }
  }
  return false;
}

std::string KoreanTitles::title_text(size_t first_eojeol, size_t head_eojeol,
                                     size_t head_len) const {
  const Token& last = s_.ts[eojeols_[head_eojeol].core_end - 1];
  const uint32_t b = s_.ts[eojeols_[first_eojeol].first].begin;
  return std::string(s_.ts.text().substr(b, last.begin + head_len - b));
}

// The title after a registry name: in the same word (강경화장관은) or in the next words,
// past a bracket with the Latin spelling (정의용(Chung Eui-yong) 외교부 장관).
std::string KoreanTitles::title_after(size_t token, std::string_view rest) const {
  if (!rest.empty()) {
    const size_t hl = title_head_length(rest);
    return hl > 0 ? std::string(rest.substr(0, hl)) : std::string();
  }
  size_t e = static_cast<size_t>(eojeol_of_[token]) + 1;
  // Only a bracket may stand between the name and its title.
  const size_t after = eojeols_[e - 1].end;
  const bool bracket = after < s_.n && s_.ts[after].norm == "(";
  if (bracket) {
    size_t close = after + 1;
    while (close < s_.n && close - after <= 10 && s_.ts[close].norm != ")" &&
           !s_.ts[close].line_before) {
      ++close;
    }
    if (close >= s_.n || s_.ts[close].norm != ")") return {};
    while (e < eojeols_.size() && eojeols_[e].first <= close) ++e;
  }
  const size_t start = e;
  for (size_t count = 0; e < eojeols_.size() && count < 6; ++e, ++count) {
    const bool hard = eojeols_[e].hard_before && !(e == start && bracket);
    if (hard || eojeols_[e].line_before) break;
    if (head_length(e) > 0) {
      const size_t last = concurrent_head(e);
      return title_text(start, last, head_length(last));
    }
    if (!titleish(e)) break;
  }
  return {};
}

// A title standing right before the name, without particle: 美 국무장관 블링컨.
std::string KoreanTitles::title_before(size_t token) const {
  const size_t e = static_cast<size_t>(eojeol_of_[token]);
  if (e == 0 || eojeols_[e].hard_before || eojeols_[e].line_before) return {};
  const size_t h = e - 1;
  const Token& last = s_.ts[eojeols_[h].core_end - 1];
  const size_t hl = head_length(h);
  if (hl == 0 || hl != last.norm.size()) return {};
  size_t first = h;
  while (first > 0 && h - first < 4 && !eojeols_[first].hard_before &&
         !eojeols_[first].line_before && titleish_before(first - 1)) {
    --first;
  }
  return title_text(first, h, hl);
}

bool KoreanTitles::word_start(size_t i) const {
  return i == 0 || s_.ts[i].space_before || s_.ts[i - 1].kind == Tok::kPunct;
}

// Whether the title [first, head] is another country's or an international body's: a country
// other than Korea in it (일본 외무상, 주한미국대사), a foreign office (국무장관, 외교부장),
// or an international organization (NATO 사무총장, 유엔 사무총장, 국제원자력기구 사무총장).
bool KoreanTitles::foreign_title(size_t first, size_t h, size_t hl) const {
  static const WordSet foreign_heads = {"외교부장", "국무장관", "외무장관", "관방장관",
                                        "외무상",   "외상",     "부부장"};
  for (uint32_t t = eojeols_[first].first; t < eojeols_[h].core_end; ++t) {
    const Token& u = s_.ts[t];
    if (u.kind == Tok::kWord && u.upper && u.raw.size() >= 2) return true;  // NATO, UN
    if (u.kind == Tok::kHangul && is_international_body(u.norm)) return true;
    const int hi = s_.hit_of[t];
    if (hi < 0) continue;
    const CountryHit& ch = s_.hits[static_cast<size_t>(hi)];
    for (uint8_t k = 0; k < ch.count; ++k) {
      if (ch.countries[k] != s_.korea) return true;
    }
  }
  const Token& head_tok = s_.ts[eojeols_[h].core_end - 1];
  for (size_t len = 3; len <= hl; len += 3) {
    if (foreign_heads.count(head_tok.norm.substr(hl - len, len))) return true;
  }
  return false;
}

}  // namespace dipsearch::entities::detail
