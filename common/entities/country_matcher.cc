// Country matching over the token stream. Each name is compiled once: English names into
// token sequences keyed by their first word, Korean and Hanja names into code-point tries.
#include "common/entities/country_matcher.h"

#include <algorithm>
#include <sstream>
#include <unordered_set>

#include "common/entities/country_menus.h"
#include "common/entities/korean_lexicon.h"
#include "common/text/normalize.h"

namespace dipsearch::entities::detail {
namespace {

bool has_han(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (is_han(decode_utf8_at(s, i))) return true;
  }
  return false;
}

bool is_honorific(std::string_view w) {
  return w == "mr" || w == "mrs" || w == "ms" || w == "dr" || w == "prof" || w == "sir" ||
         w == "miss";
}

// Capitalized words that may stand right before an ambiguous country name (Chad, Jordan)
// without making it part of a person's name.
bool allowed_before_ambiguous(std::string_view w) {
  static const WordSet set = {
      "the",      "in",       "to",      "from",     "with",    "of",        "for",
      "and",      "between",  "visit",   "visits",   "visited", "king",      "queen",
      "president", "embassy", "kingdom", "republic", "government", "state",  "minister",
      "ambassador", "on",     "at",      "by",       "via",     "both",      "including"};
  return set.count(w) != 0;
}

bool is_separator(const Token& t) {
  return t.kind == Tok::kPunct && (t.norm == "\xC2\xB7" || t.norm == "-" || t.norm == "/");
}

}  // namespace

CountryMatcher::CountryMatcher(const CountryCatalog& catalog) : catalog_(catalog) {
  const auto& names = catalog.names();
  for (uint32_t n = 0; n < names.size(); ++n) {
    const std::string& text = names[n].text;
    if (text::has_hangul(text)) {
      if (text.find(' ') != std::string::npos) {
        HangulPhrase phrase;
        std::istringstream in(text);
        std::string w;
        while (in >> w) phrase.words.push_back(w);
        phrase.name = n;
        phrases_.push_back(std::move(phrase));
      } else {
        hangul_.insert(text, n);
      }
      hangul_initials_.insert_first(text);
    } else if (has_han(text)) {
      han_.insert(text, n);
    } else {
      const TokenStream ts(text);
      LatinPattern p;
      for (const Token& t : ts.tokens()) {
        p.norm.emplace_back(t.norm);
        p.raw.emplace_back(t.raw);
        p.cap.push_back(t.kind == Tok::kWord && (t.cap || t.upper));
      }
      if (p.norm.empty()) continue;
      p.name = n;
      latin_.push_back(std::move(p));
    }
  }
  for (uint32_t i = 0; i < latin_.size(); ++i) {
    const std::string& first = latin_[i].norm[0];
    latin_first_[first].push_back(i);
    if (!latin_[i].cap[0]) {
      const auto byte = static_cast<unsigned char>(first[0]);
      lower_first_[byte] |= 1u << std::min<size_t>(first.size(), 31);
    }
  }
  latin_first_.for_each([&](std::string_view, std::vector<uint32_t>& list) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return latin_[a].norm.size() > latin_[b].norm.size();
    });
  });
  for (uint32_t i = 0; i < phrases_.size(); ++i) {
    phrase_first_[phrases_[i].words[0]].push_back(i);
    size_t end = 0;
    phrase_initials_.push_back(decode_utf8_at(phrases_[i].words[0], end));
  }
  std::sort(phrase_initials_.begin(), phrase_initials_.end());
  for (auto& [first, list] : phrase_first_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
  }
  hangul_initials_.insert_first("\xEC\xA3\xBC");  // 주, the mission prefix (주미대사)
  korea_ = static_cast<uint16_t>(std::max(0, catalog.index_of("KR")));
}

void CountryMatcher::add_codes(CountryHit& hit, uint32_t name) const {
  for (uint16_t c : catalog_.names()[name].countries) hit.add(c);
}

std::vector<CountryHit> CountryMatcher::find(const TokenStream& ts) const {
  std::vector<CountryHit> hits;
  std::vector<CountryHit> pending;
  size_t i = 0;
  while (i < ts.size()) {
    const Token& t = ts[i];
    switch (t.kind) {
      case Tok::kWord:
        // Names start with a capital, so most words need no lookup at all; the few that start
        // with a lower-case word ("inter-Korean") are screened by first letter and length.
        if (!t.cap && !t.upper && !may_start_lower(t.norm)) {
          ++i;
        } else {
          i = match_latin(ts, i, hits);
        }
        break;
      case Tok::kHangul:
        if (i == 0 || t.space_before || ts[i - 1].kind == Tok::kPunct) {
          i = match_hangul(ts, i, hits, pending);
        } else {
          ++i;  // inside a word: 중 in 회의중, 미 in 2미터
        }
        break;
      case Tok::kHan:
        i = match_han(ts, i, hits);
        break;
      default:
        ++i;
    }
  }
  // Ambiguous Korean names count when another country stands right next to them
  // (이집트, 수단, 리비아).
  if (!pending.empty()) {
    const size_t found = hits.size();
    for (const CountryHit& p : pending) {
      for (size_t h = 0; h < found; ++h) {
        if (hits[h].count > 0 && hits[h].end + 2 >= p.first && hits[h].first <= p.end + 2) {
          hits.push_back(p);
          break;
        }
      }
    }
    std::sort(hits.begin(), hits.end(),
              [](const CountryHit& a, const CountryHit& b) { return a.first < b.first; });
  }
  drop_country_menus(ts, hits);
  return hits;
}

size_t CountryMatcher::match_latin(const TokenStream& ts, size_t i,
                                   std::vector<CountryHit>& hits) const {
  const std::vector<uint32_t>* candidates = latin_first_.find(ts[i].norm);
  if (candidates == nullptr) return i + 1;
  for (uint32_t index : *candidates) {
    const LatinPattern& p = latin_[index];
    const size_t n = p.norm.size();
    if (i + n > ts.size()) continue;
    const CountryAlias& name = catalog_.names()[p.name];
    const bool exact = (name.flags & kAliasExactCase) != 0;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      const Token& u = ts[i + k];
      if ((k > 0 && u.line_before) || u.norm != p.norm[k]) {
        ok = false;
      } else if (u.kind == Tok::kWord) {
        if (p.cap[k] && !(u.cap || u.upper)) ok = false;
        if (exact && u.raw != p.raw[k]) ok = false;
      }
    }
    if (!ok) continue;
    const size_t end = i + n;
    // "US$ 10 million" is a currency, not a mention.
    if (exact && end < ts.size() && ts[end].norm == "$" && !ts[end].space_before) continue;
    CountryHit hit;
    hit.first = static_cast<uint32_t>(i);
    hit.end = static_cast<uint32_t>(end);
    if (name.countries.empty()) {
      hits.push_back(hit);  // a stop phrase swallows the names inside it
      return end;
    }
    if ((name.flags & kAliasContext) && !english_context_ok(ts, i, end)) continue;
    add_codes(hit, p.name);
    hits.push_back(hit);
    return end;
  }
  return i + 1;
}

// Person and place cues around an ambiguous name: "Mr. Chad Smith", "Michael Jordan", "Georgia
// Tech", and the U.S. state: "the State of Georgia", "Georgia, U.S.", "Georgia (USA)". A town
// before it proves nothing: "Amman, Jordan" and "Atlanta, Georgia" look alike.
// Capitals prove nothing in a headline ("Korea-Jordan Talks"), honorifics still do.
bool CountryMatcher::english_context_ok(const TokenStream& ts, size_t first, size_t end) const {
  auto same_line = [&](size_t t) { return t < ts.size() && !ts[t].line_before; };
  if (first >= 2 && same_line(first) && same_line(first - 1) && ts[first - 1].norm == "of" &&
      ts[first - 2].norm == "state") {
    return false;
  }
  if (same_line(end) && same_line(end + 1) && (ts[end].norm == "," || ts[end].norm == "(")) {
    const Token& n = ts[end + 1];
    if (n.kind == Tok::kWord && (n.cap || n.upper) &&
        (n.norm == "u" || n.norm == "usa" || n.norm == "united")) {
      return false;
    }
  }
  if (first > 0 && !ts[first].line_before) {
    const Token& p = ts[first - 1];
    if (p.kind == Tok::kWord && is_honorific(p.norm)) return false;
    if (p.norm == "." && first >= 2 && ts[first - 2].kind == Tok::kWord &&
        is_honorific(ts[first - 2].norm)) {
      return false;
    }
    if (p.kind == Tok::kWord && p.cap && !p.upper && !allowed_before_ambiguous(p.norm) &&
        !p.headline) {
      return false;
    }
  }
  if (end < ts.size() && !ts[end].line_before && !ts[end].headline) {
    const Token& n = ts[end];
    if (n.kind == Tok::kWord && n.cap && !n.upper) return false;
  }
  return true;
}

// Longest unit (abbreviation or full name) starting the word: its length and name index.
// With `whole`, the rest of the word must be a country continuation (particles, 관계…).
size_t CountryMatcher::unit_at(std::string_view word, bool whole, CountryHit& hit,
                               bool* abbreviation) const {
  const PrefixTrie::Matches m = hangul_.prefixes(word);
  // A unit that starts a stop phrase is no country: 중 in 주한중남미외교단.
  if (m.count > 0 && catalog_.names()[m.items[m.count - 1].value].countries.empty()) return 0;
  for (size_t k = m.count; k-- > 0;) {
    const CountryAlias& name = catalog_.names()[m.items[k].value];
    if (name.countries.empty() || (name.flags & (kAliasContext | kAliasPrefix | kAliasRelation))) {
      continue;
    }
    if (whole && !is_country_continuation(word.substr(m.items[k].length))) continue;
    add_codes(hit, m.items[k].value);
    if (abbreviation != nullptr) *abbreviation = (name.flags & kAliasCompound) != 0;
    return m.items[k].length;
  }
  return 0;
}

bool CountryMatcher::han_units(std::string_view run, CountryHit& hit) const {
  size_t pos = 0;
  CountryHit local = hit;
  while (pos < run.size()) {
    const PrefixTrie::Matches m = han_.prefixes(run.substr(pos));
    if (m.count == 0) return false;  // 中小企業: not every character is a country
    const PrefixTrie::Match& longest = m.items[m.count - 1];
    for (uint16_t c : catalog_.names()[longest.value].countries) local.add(c);
    pos += longest.length;
  }
  hit = local;
  return true;
}

// 한·미·일, 한-아프가니스탄, 아프가니스탄·파키스탄: at least two of the parts must be
// countries; a lone abbreviation beside a common noun (일·가정, 중·장기) is not.
bool CountryMatcher::compound(const TokenStream& ts, const Parts& parts, CountryHit& hit) const {
  int units = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Token& t = ts[parts[k]];
    const bool last = k + 1 == parts.size();
    CountryHit unit;
    if (t.kind == Tok::kHan) {
      if (!han_units(t.norm, unit) || unit.count == 0) continue;
    } else {
      const PrefixTrie::Matches m = hangul_.prefixes(t.norm);
      // A part that starts a stop phrase is no country: 중남미 in 한-중남미 is Latin America.
      if (m.count > 0 && catalog_.names()[m.items[m.count - 1].value].countries.empty()) continue;
      bool found = false;
      for (size_t j = m.count; j-- > 0 && !found;) {
        const CountryAlias& name = catalog_.names()[m.items[j].value];
        if (name.countries.empty() || (name.flags & (kAliasContext | kAliasPrefix))) continue;
        const std::string_view rest = t.norm.substr(m.items[j].length);
        if (!(rest.empty() || (last && is_country_continuation(rest)))) continue;
        add_codes(unit, m.items[j].value);
        if (last) hit.bare = rest.empty();
        found = true;
      }
      if (!found) continue;
    }
    ++units;
    for (uint8_t c = 0; c < unit.count; ++c) hit.add(unit.countries[c]);
  }
  return units >= 2 && hit.count >= 2;
}

// Korea paired with a region or an organization: 한-아프리카, 한-카리브, 한·중남미, 한-EU.
// Korean names itself first in such pairs, and 한 before a separator is not "one"; a partner of
// one syllable is left alone (한·두 is "one or two"). Where the partner starts (it is still
// matched on its own: 한-UAE names the Emirates too), or 0.
size_t CountryMatcher::korea_and_partner(const TokenStream& ts, size_t i) const {
  constexpr std::string_view kKorea = "\xED\x95\x9C";  // 한
  if (ts[i].norm != kKorea || i + 2 >= ts.size() || !is_separator(ts[i + 1]) ||
      ts[i + 1].space_before) {
    return 0;
  }
  const Token& partner = ts[i + 2];
  if (partner.space_before || partner.line_before) return 0;
  const bool region = partner.kind == Tok::kHangul && syllables(partner.norm) >= 2;
  const bool acronym = partner.kind == Tok::kWord && partner.upper && partner.raw.size() >= 2;
  return region || acronym ? i + 2 : 0;
}

size_t CountryMatcher::match_hangul(const TokenStream& ts, size_t i, std::vector<CountryHit>& hits,
                                    std::vector<CountryHit>& pending) const {
  const Token& t = ts[i];
  if (!hangul_initials_.contains_first(t.norm)) return i + 1;  // most words: no name starts so
  const auto& names = catalog_.names();
  CountryHit hit;
  hit.first = static_cast<uint32_t>(i);
  hit.end = static_cast<uint32_t>(i + 1);

  // Names of several words (남아프리카 공화국) and stop phrases (범죄인 인도).
  size_t first_end = 0;
  const char32_t first = decode_utf8_at(t.norm, first_end);
  if (auto pf = std::binary_search(phrase_initials_.begin(), phrase_initials_.end(), first)
                    ? phrase_first_.find(t.norm)
                    : phrase_first_.end();
      pf != phrase_first_.end()) {
    for (uint32_t index : pf->second) {
      const HangulPhrase& phrase = phrases_[index];
      const size_t n = phrase.words.size();
      if (i + n > ts.size()) continue;
      const bool stop = names[phrase.name].countries.empty();
      bool ok = true;
      for (size_t k = 1; k < n && ok; ++k) {
        const Token& u = ts[i + k];
        if (u.kind != Tok::kHangul || !u.space_before || u.line_before) {
          ok = false;
        } else if (k + 1 < n) {
          ok = u.norm == phrase.words[k];
        } else {
          const std::string_view w = phrase.words[k];
          ok = u.norm.substr(0, w.size()) == w &&
               (stop || is_country_continuation(u.norm.substr(w.size())));
        }
      }
      if (!ok) continue;
      hit.end = static_cast<uint32_t>(i + n);
      add_codes(hit, phrase.name);
      hits.push_back(hit);
      return i + n;
    }
  }

  // Parts joined by a middle dot, hyphen or slash.
  Parts parts;
  parts.push_back(i);
  for (size_t j = i; j + 2 < ts.size() && parts.size() < parts.capacity();) {
    // Separators may come doubled where a saved page lost the part between them (한··중).
    size_t k = j + 1;
    while (k + 1 < ts.size() && k < j + 3 && is_separator(ts[k]) && !ts[k].space_before) ++k;
    const Token& next = ts[k];
    if (k == j + 1 || k >= ts.size() || next.space_before ||
        (next.kind != Tok::kHangul && next.kind != Tok::kHan)) {
      break;
    }
    parts.push_back(k);
    j = k;
  }
  if (parts.size() >= 2) {
    // A stop phrase written across the parts blocks them all: 인도·태평양 is the Indo-Pacific.
    std::string joined;
    for (size_t p : parts) joined += ts[p].norm;
    const PrefixTrie::Matches stops = hangul_.prefixes(joined);
    for (size_t k = 0; k < stops.count; ++k) {
      if (names[stops.items[k].value].countries.empty() && stops.items[k].length > t.norm.size()) {
        hit.end = static_cast<uint32_t>(parts.back() + 1);
        hits.push_back(hit);
        return hit.end;
      }
    }
    CountryHit c = hit;
    if (compound(ts, parts, c)) {
      c.end = static_cast<uint32_t>(parts.back() + 1);
      hits.push_back(c);
      return c.end;
    }
  }
  if (const size_t end = korea_and_partner(ts, i)) {
    hit.add(korea_);
    hit.bare = false;
    hit.end = static_cast<uint32_t>(end);
    hits.push_back(hit);
    return end;
  }

  // One word: the longest name that starts it and whose rest is particles or nouns.
  const PrefixTrie::Matches m = hangul_.prefixes(t.norm);
  for (size_t k = m.count; k-- > 0;) {
    const uint32_t n = m.items[k].value;
    const CountryAlias& name = names[n];
    const std::string_view rest = t.norm.substr(m.items[k].length);
    if (name.countries.empty()) {
      hits.push_back(hit);  // 북미, 중미: blocks 북 + 미 whatever follows
      return i + 1;
    }
    if (name.flags & kAliasCompound) continue;
    if (name.flags & kAliasRelation) {
      // 남북관계, 북미 정상회담 name the pair; 북미 지역 and 남북전쟁 name neither, and block the
      // shorter names inside (북, 미) like a stop phrase.
      const bool next_relation = rest.empty() && i + 1 < ts.size() &&
                                 ts[i + 1].kind == Tok::kHangul && ts[i + 1].space_before &&
                                 !ts[i + 1].line_before && starts_with_relation(ts[i + 1].norm);
      if (starts_with_relation(rest) || next_relation) {
        add_codes(hit, n);
        hit.bare = false;
      }
      hits.push_back(hit);
      return i + 1;
    }
    if (!(name.flags & kAliasPrefix) && !is_country_continuation(rest) &&
        !((name.flags & kAliasVisit) && is_hada_ending(rest))) {
      continue;
    }
    add_codes(hit, n);
    hit.bare = rest.empty();
    if (name.flags & kAliasContext) {
      bool cue = !rest.empty() && starts_with_country_cue(rest);
      if (!cue && i + 1 < ts.size() && ts[i + 1].kind == Tok::kHangul && !ts[i + 1].line_before) {
        cue = starts_with_country_cue(ts[i + 1].norm);
      }
      if (!cue) {
        pending.push_back(hit);
        return i + 1;
      }
    }
    hits.push_back(hit);
    return i + 1;
  }

  // A lone abbreviation before a government word: 미 국무장관, 일 외무상, 북 외무성. Not 한,
  // which is also "one" (한 정부 관계자: a government official).
  for (size_t k = m.count; k-- > 0;) {
    const CountryAlias& name = names[m.items[k].value];
    if (m.items[k].length != t.norm.size() || !(name.flags & kAliasCompound) ||
        name.countries.size() != 1 || name.countries[0] == korea_) {
      continue;
    }
    if (i + 1 < ts.size() && ts[i + 1].kind == Tok::kHangul && ts[i + 1].space_before &&
        !ts[i + 1].line_before && starts_with_foreign_office(ts[i + 1].norm)) {
      add_codes(hit, m.items[k].value);
      hits.push_back(hit);
      return i + 1;
    }
  }

  // Abbreviations run together: 한미, 한중일, 한아프가니스탄 (Korea first, as Korean writes).
  {
    CountryHit c = hit;
    bool korea_first = false;
    for (size_t k = 0; k < m.count; ++k) {
      const CountryAlias& name = names[m.items[k].value];
      if ((name.flags & kAliasCompound) && name.countries.size() == 1 &&
          name.countries[0] == korea_) {
        korea_first = true;
      }
    }
    if (korea_first) {
      size_t pos = 0;
      int units = 0;
      while (pos < t.norm.size()) {
        const size_t len = unit_at(t.norm.substr(pos), false, c);
        if (len == 0) break;
        pos += len;
        ++units;
      }
      if (units >= 2 && c.count >= 2) {
        c.bare = false;
        hits.push_back(c);
        return i + 1;
      }
    }
  }

  // 주 + country: the mission there (주미대사, 주아프가니스탄 대사관, 주한미군).
  constexpr std::string_view kResident = "\xEC\xA3\xBC";  // 주
  if (t.norm.size() > kResident.size() && t.norm.substr(0, kResident.size()) == kResident) {
    CountryHit c = hit;
    const std::string_view w = t.norm.substr(kResident.size());
    size_t pos = 0;
    int units = 0;
    bool full_name = false;
    while (pos < w.size()) {
      bool abbreviation = false;
      const size_t len = unit_at(w.substr(pos), false, c, &abbreviation);
      if (len == 0) break;
      if (units == 0) full_name = !abbreviation;
      pos += len;
      ++units;
    }
    const std::string_view rest = w.substr(pos);
    bool ok = units >= 2;
    if (units == 1) {
      const bool next_post = rest.empty() && i + 1 < ts.size() &&
                             ts[i + 1].kind == Tok::kHangul && !ts[i + 1].line_before &&
                             starts_with_post(ts[i + 1].norm);
      ok = starts_with_post(rest) || next_post || (full_name && is_country_continuation(rest));
    }
    if (ok && c.count > 0) {
      c.bare = rest.empty();  // 주한 in 주한 미국대사 is part of a title
      hits.push_back(c);
    }
  }
  return i + 1;
}

size_t CountryMatcher::match_han(const TokenStream& ts, size_t i,
                                 std::vector<CountryHit>& hits) const {
  const Token& t = ts[i];
  // Attached to a number or a word it is not a country: 7日 (the 7th), 회의中 (during).
  if (i > 0 && !t.space_before &&
      (ts[i - 1].kind == Tok::kNumber || ts[i - 1].kind == Tok::kWord ||
       ts[i - 1].kind == Tok::kHangul)) {
    return i + 1;
  }
  CountryHit hit;
  hit.first = static_cast<uint32_t>(i);
  hit.end = static_cast<uint32_t>(i + 1);
  if (han_units(t.norm, hit) && hit.count > 0) hits.push_back(hit);
  return i + 1;
}

}  // namespace dipsearch::entities::detail
