// The shared state of one official extraction (see official_scan.h).
#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

ScanState::ScanState(const OfficialNames& names, const TokenStream& ts,
                     const std::vector<CountryHit>& hits, uint16_t korea)
    : names(names),
      ts(ts),
      hits(hits),
      n(ts.size()),
      korea(korea),
      owner(ts.size(), -1),
      hit_start(ts.size(), -1),
      hit_of(ts.size(), -1),
      word_class(ts.size(), 0) {
  // One lookup per capitalized word (and per word after a hyphen: Director-General).
  for (size_t i = 0; i < n; ++i) {
    const Token& t = ts[i];
    if (t.kind == Tok::kHangul) has_hangul = true;
    if (t.kind != Tok::kWord) continue;
    if (t.cap || t.upper || (i > 0 && !t.space_before && ts[i - 1].norm == "-")) {
      word_class[i] = names.word_class(t);
    }
  }
  for (size_t h = 0; h < hits.size(); ++h) {
    hit_start[hits[h].first] = static_cast<int>(h);
    for (uint32_t t = hits[h].first; t < hits[h].end && t < n; ++t) {
      hit_of[t] = static_cast<int>(h);
    }
  }
}

void ScanState::add(Mention m) {
  const int index = static_cast<int>(mentions.size());
  for (uint32_t t = m.first; t < m.end; ++t) {
    if (owner[t] < 0) owner[t] = index;
  }
  mentions.push_back(std::move(m));
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace dipsearch::entities::detail
