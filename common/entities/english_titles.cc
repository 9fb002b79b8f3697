// Parsing English titles (see english_titles.h).
#include "common/entities/english_titles.h"

#include <vector>

#include "common/entities/official_words.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities::detail {

bool EnglishTitles::starts_at(size_t i) const {
  const Token& t = s_.ts[i];
  if (t.kind != Tok::kWord || !(t.cap || t.upper) || !s_.is_title_word(i)) return false;
  if (i > 0 && !t.line_before) {
    const Token& p = s_.ts[i - 1];
    if (p.kind == Tok::kWord && (p.cap || p.upper) && s_.is_title_word(i - 1)) return false;
    if (p.norm == "-" && i >= 2 && s_.is_title_word(i - 2)) return false;
  }
  return true;
}

TitleSpan EnglishTitles::parse(size_t i) const {
  TitleSpan out;
  size_t pos = i;
  size_t head_end = 0;
  while (pos < s_.n) {
    const Token& t = s_.ts[pos];
    if (pos > i && t.line_before) break;
    if (t.kind == Tok::kWord && (t.cap || t.upper || (pos > i && s_.ts[pos - 1].norm == "-"))) {
      const bool general = pos > i && t.norm == "general";  // Secretary-General, Director General
      if (s_.is_head(pos) || general) {
        head_end = pos + 1;
        ++pos;
        continue;
      }
      if (s_.is_pre(pos)) {
        ++pos;
        continue;
      }
      break;
    }
    // A head in lower case after a capitalized word before it: "Foreign minister Yun".
    if (t.kind == Tok::kWord && head_end == 0 && pos > i && s_.is_pre(pos - 1) &&
        s_.ts[pos - 1].cap && head_words().count(t.norm) != 0) {
      head_end = pos + 1;
      ++pos;
      continue;
    }
    // "Ambassador Extraordinary and Plenipotentiary": two heads joined by "and".
    if (t.norm == "and" && head_end == pos && pos + 1 < s_.n && !s_.ts[pos + 1].line_before &&
        s_.ts[pos + 1].cap && s_.is_head(pos + 1) && !s_.is_pre(pos + 1)) {
      ++pos;
      continue;
    }
    if (t.norm == "-" && !t.space_before && pos + 1 < s_.n && !s_.ts[pos + 1].space_before &&
        s_.ts[pos + 1].kind == Tok::kWord &&
        (s_.is_title_word(pos + 1) || s_.ts[pos + 1].norm == "general")) {
      ++pos;
      continue;
    }
    // "Chargé d'Affaires", "Charge d’affaires".
    if (head_end == pos && pos + 2 < s_.n && t.norm == "d" && t.space_before &&
        s_.ts[pos + 1].norm == "'" && s_.ts[pos + 2].norm == "affaires" &&
        s_.ts[pos - 1].norm.substr(0, 5) == "charg") {
      pos += 3;
      head_end = pos;
      continue;
    }
    // "Ambassador-designate to the ROK", "President-elect": an office not yet taken is still
    // the office the text names.
    if (head_end == pos && t.norm == "-" && pos + 1 < s_.n && !s_.ts[pos + 1].space_before &&
        (s_.ts[pos + 1].norm == "designate" || s_.ts[pos + 1].norm == "elect")) {
      pos += 2;
      head_end = pos;
      continue;
    }
    // "Ambassador-at-large for Climate Change".
    if (head_end == pos && t.norm == "-" && pos + 3 < s_.n && s_.ts[pos + 1].norm == "at" &&
        s_.ts[pos + 2].norm == "-" && s_.ts[pos + 3].norm == "large" &&
        !s_.ts[pos + 3].space_before) {
      pos += 4;
      head_end = pos;
      continue;
    }
    break;
  }
  if (head_end == 0) return out;
  size_t end = head_end;
  struct Segment {
    size_t start;
    bool of_country;
  };
  std::vector<Segment> segments;
  while (s_.same_line(end) && s_.ts[end].kind == Tok::kWord &&
         (s_.ts[end].norm == "of" || s_.ts[end].norm == "for" || s_.ts[end].norm == "to" ||
          s_.ts[end].norm == "on")) {
    size_t q = end + 1;
    if (s_.same_line(q) && s_.ts[q].norm == "the") ++q;
    int units = 0;
    bool only_countries = true;
    while (s_.same_line(q)) {
      if (s_.hit_start[q] >= 0) {
        const CountryHit& h = s_.hits[static_cast<size_t>(s_.hit_start[q])];
        if (h.count == 0) only_countries = false;  // Korean Peninsula
        q = h.end;
        ++units;
        continue;
      }
      const Token& u = s_.ts[q];
      // Acronyms name bodies inside titles too: "of the CPC Central Committee".
      if (u.kind == Tok::kWord &&
          ((u.cap && s_.is_complement(q)) || (u.upper && u.raw.size() >= 2))) {
        ++q;
        ++units;
        only_countries = false;
        continue;
      }
      // Joiners inside a body's name: "Trade and Industry", "Parliamentarians’ Union".
      const bool possessive = u.norm == "'" && !u.space_before;
      if (units > 0 && (u.norm == "and" || u.norm == "&" || u.norm == "-" || possessive) &&
          s_.same_line(q + 1) &&
          (s_.hit_start[q + 1] >= 0 ||
           ((s_.ts[q + 1].cap || s_.ts[q + 1].upper) && s_.is_complement(q + 1)))) {
        ++q;
        continue;
      }
      // A body's acronym in brackets: "for the Democratic People's Republic of Korea (DPRK)".
      if (units > 0 && u.norm == "(") {
        size_t r = q + 1;
        while (s_.same_line(r) && r < q + 5 && s_.ts[r].kind == Tok::kWord && s_.ts[r].upper) ++r;
        if (r > q + 1 && s_.same_line(r) && s_.ts[r].norm == ")") {
          q = r + 1;
          continue;
        }
      }
      // Words of a body's name that are not title words, up to the word that ends it: "of
      // the Asian and Oceanian Affairs Bureau".
      if (const size_t body_end = body_name_end(q)) {
        q = body_end;
        ++units;
        only_countries = false;
        continue;
      }
      break;
    }
    if (units == 0) break;
    segments.push_back(Segment{end, s_.ts[end].norm == "of" && only_countries});
    end = q;
  }
  out.ok = true;
  out.end = end;
  out.text_end = end;
  // "Special Representative … of the ROK": the country qualifier is not part of the title.
  while (!segments.empty() && segments.back().of_country) {
    out.text_end = segments.back().start;
    segments.pop_back();
  }
  // Two offices held together: "Spokesperson and Deputy Minister for Public Affairs".
  if (out.text_end == end && s_.same_line(end) && s_.ts[end].norm == "and" &&
      s_.same_line(end + 1) && (s_.ts[end + 1].cap || s_.ts[end + 1].upper) &&
      s_.is_title_word(end + 1)) {
    const TitleSpan second = parse(end + 1);
    if (second.ok) {
      out.end = second.end;
      out.text_end = second.text_end;
    }
  }
  return out;
}

// Where the name of a body starting at q ends: after a word such as Bureau, Department or
// Office, reached through capitalized words (and "and", a possessive) on the same line; 0 when
// none is.
size_t EnglishTitles::body_name_end(size_t q) const {
  static const WordSet ends = {"bureau",    "department", "ministry",  "office",   "division",
                               "agency",    "council",    "committee", "commission", "service",
                               "institute", "authority",  "directorate", "secretariat", "board",
                               "center",    "centre",     "foundation", "administration",
                               "talks",     "negotiations", "society",  "association",
                               "federation", "corporation", "company",  "times",  "conference"};
  for (size_t r = q; r < q + 8 && s_.same_line(r); ++r) {
    const Token& u = s_.ts[r];
    if (u.norm == "-" && r > q && !u.space_before) continue;  // "Six-Party Talks"
    // "the People's Political Consultative Conference".
    if (u.norm == "'" && r > q && !u.space_before && s_.same_line(r + 1) &&
        s_.ts[r + 1].norm == "s" && !s_.ts[r + 1].space_before) {
      ++r;
      continue;
    }
    if (u.kind != Tok::kWord && u.kind != Tok::kNumber) return 0;
    if (!(u.cap || u.upper)) {
      if (u.norm != "and") return 0;
      continue;
    }
    if (ends.count(u.norm)) return r + 1;
  }
  return 0;
}

bool EnglishTitles::private_body(size_t first, size_t end) const {
  static const WordSet private_ends = {"society", "association", "federation", "corporation",
                                       "company", "times"};
  bool country = false;
  bool foundation = false;
  for (size_t q = first; q < end && q < s_.n; ++q) {
    const Token& t = s_.ts[q];
    if (s_.hit_of[q] >= 0) country = true;
    if (!t.cap || t.kind != Tok::kWord) continue;
    if (private_ends.count(t.norm)) return true;
    foundation = foundation || t.norm == "foundation";
    if (t.norm == "council" && q + 3 < s_.n && s_.same_line(q + 3) &&
        (s_.ts[q + 1].norm == "on" || s_.ts[q + 1].norm == "of") &&
        s_.ts[q + 2].norm == "foreign" && s_.ts[q + 3].norm == "relations") {
      return true;
    }
  }
  return foundation && !country;
}

size_t EnglishTitles::after_comma(size_t comma) const {
  size_t q = comma + 1;
  if (s_.same_line(q) && s_.ts[q].norm == "the") ++q;
  if (s_.same_line(q) && s_.hit_start[q] >= 0 &&
      s_.hits[static_cast<size_t>(s_.hit_start[q])].count > 0) {
    q = s_.hits[static_cast<size_t>(s_.hit_start[q])].end;
    if (s_.same_line(q + 1) && s_.ts[q].norm == "'" && s_.ts[q + 1].norm == "s") q += 2;
  }
  if (!s_.same_line(q)) return 0;
  const Token& t = s_.ts[q];
  if (t.kind != Tok::kWord || !(t.cap || t.upper) || !s_.is_title_word(q)) return 0;
  return q;
}

}  // namespace dipsearch::entities::detail
