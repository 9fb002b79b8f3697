// Dropping the country names of page chrome (see country_menus.h).
#include "common/entities/country_menus.h"

namespace dipsearch::entities::detail {
namespace {

// What stands around names in a menu line: list numbers, bullets ("o"), separators. Not a
// comma: "Egypt, Sudan, Libya" is a list written in a sentence.
bool is_filler(const Token& t) {
  return (t.kind == Tok::kPunct && t.norm != ",") || t.kind == Tok::kNumber ||
         (t.kind == Tok::kWord && t.raw.size() == 1 && !t.cap);
}

// Whether the tokens [first, end) hold a line of prose: six words or more.
bool has_prose(const TokenStream& ts, size_t first, size_t end) {
  size_t words = 0;
  for (size_t t = first; t < end; ++t) {
    if (ts[t].line_before) words = 0;
    if (!is_filler(ts[t]) && ++words >= 6) return true;
  }
  return false;
}

}  // namespace

// Menus and link lists of page chrome name countries one a line ("Japan", "China", …), or
// several on a line with nothing else. Two such lines in a row, or one naming three countries
// or more, are dropped when they open or close the text (no prose before or after them); a
// list between paragraphs is content.
void drop_country_menus(const TokenStream& ts, std::vector<CountryHit>& hits) {
  struct Line {
    size_t first_hit, end_hit;  // hits [first_hit, end_hit) fill the line
    size_t first_tok, end_tok;  // its tokens; end_tok starts the next line
  };
  std::vector<Line> lines;
  size_t k = 0;
  while (k < hits.size()) {
    size_t b = hits[k].first;
    while (b > 0 && !ts[b].line_before && is_filler(ts[b - 1])) --b;
    if (hits[k].count == 0 || !ts[b].line_before) {
      ++k;
      continue;
    }
    size_t j = k;
    size_t e = hits[k].end;
    bool fills = true;
    while (true) {
      while (e < ts.size() && !ts[e].line_before && is_filler(ts[e])) ++e;
      if (e >= ts.size() || ts[e].line_before) break;
      if (j + 1 < hits.size() && hits[j + 1].first == e && hits[j + 1].count > 0) {
        e = hits[++j].end;
        continue;
      }
      fills = false;
      break;
    }
    if (fills) lines.push_back(Line{k, j + 1, b, e});
    k = j + 1;
  }
  std::vector<bool> drop;
  for (size_t a = 0; a < lines.size();) {
    size_t z = a + 1;
    while (z < lines.size() && lines[z].first_tok == lines[z - 1].end_tok) ++z;
    const bool menu = z - a >= 2 || lines[a].end_hit - lines[a].first_hit >= 3;
    if (menu && (!has_prose(ts, 0, lines[a].first_tok) ||
                 !has_prose(ts, lines[z - 1].end_tok, ts.size()))) {
      drop.resize(hits.size(), false);
      for (size_t h = lines[a].first_hit; h < lines[z - 1].end_hit; ++h) drop[h] = true;
    }
    a = z;
  }
  if (drop.empty()) return;
  size_t out = 0;
  for (size_t h = 0; h < hits.size(); ++h) {
    if (!drop[h]) hits[out++] = hits[h];
  }
  hits.resize(out);
}

}  // namespace dipsearch::entities::detail
