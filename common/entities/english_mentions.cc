// Finding officials in English text (see english_mentions.h).
#include "common/entities/english_mentions.h"

#include <string>

#include "common/entities/korean_lexicon.h"
#include "common/entities/official_key.h"
#include "common/entities/official_words.h"

namespace dipsearch::entities::detail {
namespace {

// Regnal numbers after a name: "Elizabeth II", "Abdullah III" (not "I", also a pronoun).
bool is_regnal_number(const Token& t) {
  static const WordSet numbers = {"ii", "iii", "iv", "vi", "vii", "viii", "ix"};
  return t.kind == Tok::kWord && t.upper && numbers.count(t.norm) > 0;
}

}  // namespace

void EnglishMentions::registry_names() {
  const auto& index = s_.names.registry().latin_index();
  for (size_t i = 0; i < s_.n; ++i) {
    const Token& t = s_.ts[i];
    if (t.kind != Tok::kWord || !(t.cap || t.upper) || s_.owner[i] >= 0) continue;
    if (!s_.may_start_registry_name(i)) continue;
    std::string acc;
    size_t j = i;
    int words = 0;
    size_t best_end = 0;
    int best = -1;
    int best_words = 0;
    while (j < s_.n && words < 6) {
      const Token& u = s_.ts[j];
      if (j > i && u.line_before) break;
      if (u.kind == Tok::kWord) {
        acc += compact_token(u);
        ++words;
        ++j;
        auto it = index.find(acc);
        const bool continues = j + 1 < s_.n && s_.ts[j].norm == "-" && !s_.ts[j].space_before &&
                               s_.ts[j + 1].kind == Tok::kWord && !s_.ts[j + 1].space_before;
        if (it != index.end() && !continues) {
          best_end = j;
          best = static_cast<int>(it->second);
          best_words = words;
        }
        continue;
      }
      const bool joined_next = j + 1 < s_.n && !u.space_before && s_.ts[j + 1].kind == Tok::kWord &&
                               !s_.ts[j + 1].space_before;
      if (u.norm == "," && words == 1 && !u.space_before && is_korean_surname_latin(acc) &&
          s_.same_line(j + 1) && s_.ts[j + 1].kind == Tok::kWord && s_.ts[j + 1].cap) {
        ++j;  // a Korean family name set off by a comma: "Kang, Kyung-wha"
      } else if (u.norm == "-" && joined_next) {
        ++j;
      } else if (u.norm == "." && s_.ts[j - 1].kind == Tok::kWord && s_.ts[j - 1].raw.size() == 1) {
        ++j;  // an initial: "S. Jaishankar"
      } else if (u.norm == "'" && joined_next && s_.ts[j + 1].norm != "s") {
        ++j;  // O'Brien, not Nab's
      } else {
        break;
      }
    }
    if (best < 0) continue;
    if (best_words == 1 && !single_word_ok(i, best_end)) continue;
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.end = static_cast<uint32_t>(best_end);
    m.official = best;
    m.name = std::string(s_.raw(i, best_end));
    s_.add(std::move(m));
    i = best_end - 1;
  }
}

// A one-word spelling (Blinken, Lavrov) must not be part of someone else's name; in a
// headline every word is capitalized, so neighbours prove nothing there.
bool EnglishMentions::single_word_ok(size_t first, size_t end) const {
  if (s_.ts[first].headline) return true;
  static const WordSet allowed = {"the", "and", "with", "by",    "from", "to",
                                  "of",  "for", "met",  "meets", "said", "says"};
  if (first > 0 && !s_.ts[first].line_before) {
    const Token& p = s_.ts[first - 1];
    if (p.kind == Tok::kWord && p.cap && !p.upper && !s_.is_title_word(first - 1) &&
        !s_.is_complement(first - 1) && !allowed.count(p.norm)) {
      return false;
    }
  }
  if (s_.same_line(end)) {
    // "the Biden Administration" names Biden; "Blinken Smith" is someone else.
    const Token& n = s_.ts[end];
    if (n.kind == Tok::kWord && n.cap && !n.upper && n.norm != "administration" &&
        n.norm != "government") {
      return false;
    }
  }
  return true;
}

bool EnglishMentions::name_word(size_t q) const {
  const Token& t = s_.ts[q];
  if (t.kind != Tok::kWord || !t.cap) return false;
  if (t.upper && t.raw.size() > 1) return false;  // ROK, UN
  if (t.upper) return false;                      // initials are handled by the caller
  if (s_.hit_of[q] >= 0 || (s_.word_class[q] & (kPre | kHead | kComplement | kNonName)) != 0) {
    return false;
  }
  return true;
}

// A word in capitals that may be a name: letters with a vowel, no country, no word of titles
// or bodies ("KOBAYASHI", "YUN"; not "ROK", "NATO", "MINISTER").
bool EnglishMentions::capital_name_word(size_t q) const {
  const Token& t = s_.ts[q];
  if (t.kind != Tok::kWord || !t.upper || t.raw.size() < 2 || t.raw.size() > 12) return false;
  if (s_.hit_of[q] >= 0 || (s_.word_class[q] & (kPre | kHead | kComplement | kNonName)) != 0) {
    return false;
  }
  bool vowel = false;
  for (char c : t.norm) vowel = vowel || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  return vowel;
}

// A family name in capitals before the given name, as Japanese and Korean releases write it:
// "KOBAYASHI Maki", "KIM Wan-joong".
bool EnglishMentions::capital_family_name(size_t q) const {
  return capital_name_word(q) && s_.same_line(q + 1) && s_.ts[q + 1].space_before &&
         name_word(q + 1);
}


EnglishMentions::NameSpan EnglishMentions::parse_name(size_t p) const {
  NameSpan out;
  size_t q = p;
  while (q < s_.n && out.groups < 5) {
    const Token& t = s_.ts[q];
    if (q > p && t.line_before) break;
    // A given name cut short, leading the name: "Ma. Teresa X" (Maria), "Md. X" (Mohammad).
    static const WordSet given_abbreviations = {"ma", "md", "mohd", "muhd", "wm", "jos", "thos"};
    if (out.groups == 0 && t.kind == Tok::kWord && t.cap && !t.upper &&
        given_abbreviations.count(t.norm) && q + 2 < s_.n && s_.ts[q + 1].norm == "." && !s_.ts[q + 1].space_before &&
        s_.same_line(q + 2) && name_word(q) && name_word(q + 2)) {
      q += 2;
      ++out.groups;
      continue;
    }
    if (name_word(q) || (out.groups == 0 && capital_family_name(q))) {
      ++q;
      while (q + 1 < s_.n && s_.ts[q].norm == "-" && !s_.ts[q].space_before &&
             s_.ts[q + 1].kind == Tok::kWord && !s_.ts[q + 1].space_before) {
        q += 2;
      }
      ++out.groups;
      continue;
    }
    if (out.groups > 0 && is_regnal_number(t)) {
      ++q;
      ++out.groups;
      continue;
    }
    // "King" after a given name is the family name when no name follows it: "Special Envoy
    // Robert King met …", not "Hun Sen King Norodom".
    if (out.groups > 0 && t.kind == Tok::kWord && t.cap && !t.upper && t.norm == "king" &&
        !(s_.same_line(q + 1) && s_.ts[q + 1].kind == Tok::kWord && s_.ts[q + 1].cap)) {
      ++q;
      ++out.groups;
      break;
    }
    // A Korean family name in capitals after the given name ends the name: "Jong-su LEE".
    if (out.groups > 0 && capital_name_word(q) && is_korean_surname_latin(t.norm)) {
      ++q;
      ++out.groups;
      break;
    }
    // An initial ("Antony J. Blinken", "S. Jaishankar") before another name word, or before
    // a particle inside the name ("Albert F. del X").
    if (t.kind == Tok::kWord && t.upper && t.raw.size() == 1 && q + 2 < s_.n &&
        s_.ts[q + 1].norm == "." && !s_.ts[q + 1].space_before &&
        (name_word(q + 2) || (out.groups > 0 && !s_.ts[q + 2].cap &&
                              name_particles().count(s_.ts[q + 2].norm)))) {
      q += 2;
      continue;
    }
    // Lower-case particles inside Western names: "von der Leyen", "da Rocha", "bin Salman".
    if (out.groups > 0 && t.kind == Tok::kWord && !t.cap && name_particles().count(t.norm)) {
      size_t r = q + 1;
      if (r + 1 < s_.n && s_.ts[r].kind == Tok::kWord && !s_.ts[r].cap &&
          name_particles().count(s_.ts[r].norm)) {
        ++r;
      }
      if (r < s_.n && !s_.ts[r].line_before && name_word(r)) {
        q = r;
        continue;
      }
    }
    break;
  }
  out.end = q;
  return out;
}

// The token after an honorific at i (Mr., Ms., Dr., H.E., His Excellency), or 0.
size_t EnglishMentions::honorific_end(size_t i, bool* excellency) const {
  static const WordSet plain = {"mr",  "mrs",   "ms",  "dr",  "prof",      "amb",       "sir",
                                "madam", "mme", "hon", "rev", "honorable", "honourable",
                                "sayyid", "sayyida"};
  const Token& t = s_.ts[i];
  if (t.kind != Tok::kWord || !t.cap || (s_.word_class[i] & kHonorific) == 0) return 0;
  if (plain.count(t.norm)) {
    *excellency = false;
    size_t p = i + 1;
    if (p < s_.n && s_.ts[p].norm == "." && !s_.ts[p].space_before) ++p;
    return p;
  }
  if (t.raw == "H" && i + 3 < s_.n && s_.ts[i + 1].norm == "." && s_.ts[i + 2].raw == "E") {
    *excellency = true;
    if (s_.ts[i + 3].norm == ".") return i + 4;
    // "H.E Ahmed X": the last full stop left out, a capitalized name right after.
    const Token& next = s_.ts[i + 3];
    if (next.space_before && !next.line_before && next.kind == Tok::kWord && next.cap) return i + 3;
    return 0;
  }
  if ((t.norm == "his" || t.norm == "her") && i + 1 < s_.n && s_.ts[i + 1].norm == "excellency") {
    *excellency = true;
    return i + 2;
  }
  return 0;
}

// Past a one-word qualifier in brackets after a title, which says which of several offices
// of that name: "Secretary (East) X", "Deputy Director (Asia) X".
size_t EnglishMentions::qualifier_end(size_t p) const {
  if (p + 3 > s_.n || s_.ts[p].norm != "(" || !s_.same_line(p + 2)) return p;
  const Token& word = s_.ts[p + 1];
  if (word.kind != Tok::kWord || !word.cap || s_.ts[p + 2].norm != ")") return p;
  return p + 3;
}

// Past a military rank abbreviated before the name: "Deputy Commander Lt. Gen. X", "Adm. X".
size_t EnglishMentions::rank_end(size_t p) const {
  static const WordSet ranks = {"lt", "gen", "maj", "col", "adm", "brig", "capt", "cdr", "cmdr"};
  while (p + 1 < s_.n && s_.same_line(p) && s_.ts[p].kind == Tok::kWord && s_.ts[p].cap &&
         ranks.count(s_.ts[p].norm) && s_.ts[p + 1].norm == "." && !s_.ts[p + 1].space_before) {
    p += 2;
  }
  return p;
}

// A month that is also a family name, right after a title and not before a day: "Prime
// Minister May of the UK", not "Minister May 5".
bool EnglishMentions::month_as_name(size_t p) const {
  static const WordSet months = {"may", "june", "april", "august"};
  const Token& t = s_.ts[p];
  if (t.kind != Tok::kWord || !t.cap || t.upper || !months.count(t.norm)) return false;
  return !s_.same_line(p + 1) || s_.ts[p + 1].kind != Tok::kNumber;
}

// Whether every word of tokens [first, end) is in capitals: a speaker's label in a
// transcript ("SECRETARY KERRY:", "FOREIGN MINISTER YUN:"), where the name is in capitals too.
bool EnglishMentions::all_capitals(size_t first, size_t end) const {
  for (size_t q = first; q < end; ++q) {
    if (s_.ts[q].kind == Tok::kWord && !s_.ts[q].upper) return false;
  }
  return true;
}

// A name in capitals after a title in capitals: one to three such words.
EnglishMentions::NameSpan EnglishMentions::parse_capital_name(size_t p) const {
  NameSpan out;
  size_t q = p;
  while (q < s_.n && out.groups < 3 && (q == p || s_.same_line(q)) && capital_name_word(q)) {
    ++q;
    while (q + 1 < s_.n && s_.ts[q].norm == "-" && !s_.ts[q].space_before &&
           s_.ts[q + 1].kind == Tok::kWord && s_.ts[q + 1].upper && !s_.ts[q + 1].space_before) {
      q += 2;
    }
    ++out.groups;
  }
  out.end = q;
  return out;
}

// Whether the title of tokens [first, end) is a monarch's, whose one name is the whole name.
bool EnglishMentions::monarch(size_t first, size_t end) const {
  static const WordSet heads = {"king", "queen", "emperor", "empress", "emir", "sultan"};
  for (size_t q = first; q < end; ++q) {
    if (heads.count(s_.ts[q].norm)) return true;
  }
  return false;
}

void EnglishMentions::titled_names() {
  for (size_t i = 0; i < s_.n; ++i) {
    if ((s_.word_class[i] & (kPre | kHead)) == 0 || !titles_.starts_at(i)) continue;
    const TitleSpan title = titles_.parse(i);
    if (!title.ok) continue;
    size_t p = qualifier_end(title.end);
    bool excellency = false;
    if (p < s_.n && s_.same_line(p)) {
      if (const size_t h = honorific_end(p, &excellency)) p = h;
      p = rank_end(p);
    }
    // "the Ukrainian Foreign Minister, Dmytro Kuleba, …": a full name after a comma.
    bool after_comma = false;
    if (s_.same_line(p) && s_.ts[p].norm == "," && s_.same_line(p + 1)) {
      after_comma = true;
      ++p;
    }
    if (!s_.same_line(p)) continue;
    const std::string text(s_.raw(i, title.text_end));
    if (s_.owner[p] >= 0) {
      Mention& m = s_.mentions[static_cast<size_t>(s_.owner[p])];
      if (m.first == p && m.title.empty()) m.title = text;
      i = title.end - 1;
      continue;
    }
    NameSpan name = all_capitals(i, title.end) ? parse_capital_name(p) : parse_name(p);
    if (name.groups == 0 && month_as_name(p)) name = NameSpan{1, p + 1};
    const bool closed = !s_.same_line(name.end) || s_.ts[name.end].norm == "," ||
                        s_.ts[name.end].norm == "." || s_.ts[name.end].norm == ")" ||
                        s_.ts[name.end].norm == ";";
    if (after_comma && (name.groups < 2 || !closed)) {
      i = title.end - 1;
      continue;
    }
    if (name.groups >= 1) {
      Mention m;
      m.first = static_cast<uint32_t>(p);
      m.end = static_cast<uint32_t>(name.end);
      m.name = std::string(s_.raw(p, name.end));
      m.title = text;
      m.private_office = titles_.private_body(i, title.text_end);
      // "Deputy Minister Nab" is a short mention; "King Abdullah" is the whole name.
      m.short_form = name.groups == 1 && !monarch(i, title.end);
      // A possessive proves a name even in a headline: "Spokesperson Hong Gil-dong's Briefing".
      const bool possessive = s_.same_line(name.end + 1) && s_.ts[name.end].norm == "'" &&
                              s_.ts[name.end + 1].norm == "s";
      m.headline = s_.ts[p].headline && !possessive;
      s_.add(std::move(m));
      i = name.end - 1;
    } else {
      i = title.end - 1;
    }
  }
}

// "his Indian counterpart Sushma Swaraj", "my Korean counterpart, Kim Jong-hoon,": a full name
// after the word counterpart is an official, whose office the release states elsewhere.
void EnglishMentions::counterparts() {
  for (size_t i = 0; i + 1 < s_.n; ++i) {
    const std::string_view w = s_.ts[i].norm;
    if (w.size() != 11 || w != "counterpart") continue;
    size_t p = i + 1;
    if (s_.same_line(p) && s_.ts[p].norm == ",") ++p;
    if (!s_.same_line(p) || s_.owner[p] >= 0) continue;
    const NameSpan name = parse_name(p);
    if (name.groups < 2) continue;
    Mention m;
    m.first = static_cast<uint32_t>(p);
    m.end = static_cast<uint32_t>(name.end);
    m.name = std::string(s_.raw(p, name.end));
    s_.add(std::move(m));
    i = name.end - 1;
  }
}

// "Prime Ministers Hong Gil-dong and Taro Yamada", "Directors-General Kim and Tanaka": the
// names after a title in the plural, joined by "and" or commas. The plural is no one's title.
void EnglishMentions::plural_titles() {
  for (size_t i = 0; i + 1 < s_.n; ++i) {
    if ((s_.word_class[i] & kPluralHead) == 0) continue;
    size_t p = i + 1;
    if (p + 1 < s_.n && s_.ts[p].norm == "-" && s_.ts[p + 1].norm == "general") p += 2;
    for (int names = 0; names < 4 && s_.same_line(p); ++names) {
      if (s_.owner[p] >= 0) {
        p = s_.mentions[static_cast<size_t>(s_.owner[p])].end;
      } else {
        const NameSpan name = parse_name(p);
        if (name.groups == 0) break;
        Mention m;
        m.first = static_cast<uint32_t>(p);
        m.end = static_cast<uint32_t>(name.end);
        m.name = std::string(s_.raw(p, name.end));
        m.short_form = name.groups == 1;
        m.headline = s_.ts[p].headline;
        s_.add(std::move(m));
        p = name.end;
      }
      if (!s_.same_line(p) || (s_.ts[p].norm != "and" && s_.ts[p].norm != ",")) break;
      ++p;
      if (s_.same_line(p) && s_.ts[p].norm == "and") ++p;
    }
  }
}

void EnglishMentions::honorific_names() {
  for (size_t i = 0; i < s_.n; ++i) {
    if ((s_.word_class[i] & kHonorific) == 0) continue;
    bool excellency = false;
    size_t p = honorific_end(i, &excellency);
    if (p == 0) continue;
    bool more = false;
    if (s_.same_line(p)) {
      if (const size_t q = honorific_end(p, &more)) {
        p = q;  // "H.E. Mr. X"
        excellency = excellency || more;
      }
    }
    if (!s_.same_line(p) || s_.owner[p] >= 0) continue;
    if (hangul_name_after_honorific(p)) {
      // An English page that writes a Korean guest's name in Hangul: "The Honorable 홍길동,".
      Mention m;
      m.first = static_cast<uint32_t>(p);
      m.end = static_cast<uint32_t>(p + 1);
      m.name = s_.ts[p].norm;
      m.hangul = true;
      m.needs_title = !excellency;
      s_.add(std::move(m));
      continue;
    }
    const NameSpan name = parse_name(p);
    if (name.groups == 0) continue;  // "Mr. President"
    Mention m;
    m.first = static_cast<uint32_t>(p);
    m.end = static_cast<uint32_t>(name.end);
    m.name = std::string(s_.raw(p, name.end));
    m.short_form = name.groups == 1;
    m.needs_title = !excellency;  // an honorific is no capital a headline puts on any word
    s_.add(std::move(m));
    i = name.end - 1;
  }
}

// A Korean name in Hangul, alone up to a comma or the line's end: three or four syllables,
// a family name first.
bool EnglishMentions::hangul_name_after_honorific(size_t p) const {
  const Token& t = s_.ts[p];
  if (t.kind != Tok::kHangul) return false;
  const size_t syl = syllables(t.norm);
  const bool korean = (syl == 3 && is_korean_surname(t.norm.substr(0, 3))) ||
                      (syl == 4 && is_korean_surname(t.norm.substr(0, 6)));
  return korean && (!s_.same_line(p + 1) || s_.ts[p + 1].norm == ",");
}

// "Mr. Lee Kyung-chul, Special Representative for Afghanistan and Pakistan of the ROK,".
// The office named after the comma also beats a one-word courtesy title before the name
// ("Ambassador Monica Juma, Cabinet Secretary for Foreign Affairs of Kenya").
void EnglishMentions::titles_after_names() {
  for (Mention& m : s_.mentions) {
    // Korean mentions take their titles in Korean; a Hangul name an English honorific
    // introduced takes the English office after it.
    if ((m.hangul && !m.needs_title) || m.title.find(' ') != std::string::npos) continue;
    const size_t e = m.end;
    if (!s_.same_line(e) || s_.ts[e].norm != ",") continue;
    if (e + 1 < s_.n && s_.ts[e + 1].line_before) {
      // The guests a speech greets, one a line: "The Honorable Hong Gil-dong," and on the
      // next line his office, alone on its line ("Member of the National Assembly,").
      if (!m.title.empty()) continue;
      const size_t q = e + 1;
      if (!titles_.starts_at(q)) continue;
      const TitleSpan title = titles_.parse(q);
      if (!title.ok) continue;
      const bool alone = !s_.same_line(title.end) ||
                         (s_.ts[title.end].norm == "," && !s_.same_line(title.end + 1));
      if (alone) m.title = std::string(s_.raw(q, title.text_end));
      continue;
    }
    const size_t q = titles_.after_comma(e);
    if (q == 0) continue;
    const TitleSpan title = titles_.parse(q);
    if (!title.ok) continue;
    m.title = std::string(s_.raw(q, title.text_end));
    m.private_office = titles_.private_body(q, title.text_end);
  }
}

// "… met Sung Kim, U.S. Special Representative for North Korea.": a full name (two words or
// more) followed by a comma and an office is an official, as after an honorific. The office
// must end there: in "In New York, Special Representative Lee met …" it is Lee's.
void EnglishMentions::appositions() {
  for (size_t c = 2; c < s_.n; ++c) {
    if (s_.ts[c].norm != "," || !s_.same_line(c) || s_.ts[c].headline || s_.owner[c - 1] >= 0)
      continue;
    const size_t q = titles_.after_comma(c);
    if (q == 0) continue;
    const TitleSpan title = titles_.parse(q);
    if (!title.ok) continue;
    if (s_.same_line(title.end)) {
      const Token& after = s_.ts[title.end];
      if (after.kind == Tok::kWord && (after.cap || after.upper)) continue;
    }
    // The longest run of name words that ends at the comma, not led by a capitalized word.
    const size_t first = name_ending_at(c, 8, false);
    if (first == c) continue;
    Mention m;
    m.first = static_cast<uint32_t>(first);
    m.end = static_cast<uint32_t>(c);
    m.name = std::string(s_.raw(first, c));
    m.title = std::string(s_.raw(q, title.text_end));
    m.private_office = titles_.private_body(q, title.text_end);
    s_.add(std::move(m));
  }
}

size_t EnglishMentions::name_ending_at(size_t end, size_t reach, bool title_may_lead) const {
  size_t first = end;
  for (size_t s = end - 1; s + reach >= end && !s_.ts[s + 1].line_before; --s) {
    if (name_word(s) || capital_family_name(s)) {
      const NameSpan name = parse_name(s);
      bool led = s > 0 && s_.same_line(s) && s_.ts[s - 1].kind == Tok::kWord &&
                 (s_.ts[s - 1].cap || s_.ts[s - 1].upper);
      if (led && title_may_lead) led = !s_.is_title_word(s - 1) && !s_.is_complement(s - 1);
      if (name.end == end && name.groups >= 2 && !led) first = s;
    }
    if (s == 0 || s_.ts[s].line_before) break;
  }
  for (size_t t = first; t < end; ++t) {
    if (s_.owner[t] >= 0) return end;
  }
  return first;
}

void EnglishMentions::names_of_ministries() {
  static const WordSet bodies = {"ministry", "embassy", "department", "consulate", "mission"};
  for (size_t c = 2; c + 2 < s_.n; ++c) {
    if (s_.ts[c].norm != "of" || !s_.same_line(c) || s_.ts[c].headline || s_.owner[c - 1] >= 0)
      continue;
    size_t b = c + 1;
    if (s_.same_line(b) && s_.ts[b].norm == "the") ++b;
    if (!s_.same_line(b) || !s_.ts[b].cap || !bodies.count(s_.ts[b].norm)) continue;
    // The longest run of name words that ends before "of"; a capitalized word before it must
    // be part of a title or a body's name ("… Policy Bureau Park Cheol-su of the Ministry").
    const size_t first = name_ending_at(c, 6, true);
    if (first == c) continue;
    Mention m;
    m.first = static_cast<uint32_t>(first);
    m.end = static_cast<uint32_t>(c);
    m.name = std::string(s_.raw(first, c));
    s_.add(std::move(m));
  }
}

}  // namespace dipsearch::entities::detail
