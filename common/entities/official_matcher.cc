// Official extraction in three steps over one token stream: find mentions (registry names,
// title patterns, honorifics) in English and Korean, attach the titles stated around them,
// then resolve short mentions to the full names found in the same release.
#include "common/entities/official_matcher.h"

#include <algorithm>
#include <cstdint>
#include <sstream>

#include "common/entities/extractor.h"
#include "common/entities/korean_lexicon.h"
#include "common/entities/official_key.h"
#include "common/text/normalize.h"

namespace dipsearch::entities::detail {
namespace {

using Set = WordSet;

// Words that open an English title before its head ("Vice", "Foreign", "Chief Cabinet").
const Set& pre_words() {
  static const Set set = {
      "vice",      "deputy",   "first",    "second",   "third",     "senior",   "foreign",
      "prime",     "special",  "chief",    "assistant", "under",    "permanent", "acting",
      "executive", "principal", "cabinet", "state",    "national",  "security", "defense",
      "defence",   "trade",    "finance",  "unification", "interior", "parliamentary", "high",
      "crown",     "grand",    "external", "economic", "political", "former",  "lord",
      "affairs",   "home"};  // "External Affairs Minister", "Home Affairs Minister"
  return set;
}

// Heads of English titles: a title must contain one.
const Set& head_words() {
  static const Set set = {
      "minister",    "secretary",  "spokesperson", "spokesman",  "spokeswoman", "ambassador",
      "president",   "representative", "director", "envoy",    "chairman",    "chairperson",
      "chair",       "commissioner", "premier",   "chancellor", "adviser",     "advisor",
      "counselor",   "counsellor", "consul",      "governor",   "mayor",       "senator",
      "speaker",     "coordinator", "king",       "queen",      "emir",        "sultan",
      "prince",      "princess",   "commander",   "negotiator", "delegate",    "administrator",
      "head",        "executive",
      "extraordinary", "plenipotentiary"};  // "Ambassador Extraordinary and Plenipotentiary"
  return set;
}

// What may follow "of", "for", "to", "on" inside a title ("Minister of Foreign Affairs",
// "Special Representative for Korean Peninsula Peace and Security Affairs").
const Set& complement_words() {
  static const Set set = {
      "foreign",    "affairs",     "state",       "defense",     "defence",    "national",
      "trade",      "political",   "economic",    "economy",     "unification", "finance",
      "justice",    "interior",    "home",        "security",    "cooperation", "international",
      "development", "industry",   "energy",      "commerce",    "culture",    "health",
      "welfare",    "environment", "education",   "planning",    "strategy",   "strategic",
      "multilateral", "bilateral", "global",      "public",      "diplomacy",  "policy",
      "peace",      "asian",       "pacific",     "asia",        "europe",     "european",
      "eurasian",   "african",     "africa",      "middle",      "east",       "eastern",
      "west",       "western",     "north",       "northern",    "south",      "southern",
      "northeast",  "southeast",   "central",     "nuclear",     "disarmament", "nonproliferation",
      "non",        "proliferation", "legal",     "consular",    "protocol",   "climate",
      "change",     "human",       "rights",      "arms",        "control",    "science",
      "technology", "agriculture", "fisheries",   "oceans",      "maritime",   "infrastructure",
      "transport",  "labor",       "labour",      "employment",  "gender",     "equality",
      "family",     "personnel",   "management",  "administration", "safety", "relations",
      "operations", "communications", "united",   "nations",     "un",         "asean",
      "humanitarian", "assistance", "overseas",   "koreans",     "treaties",   "emergency",
      "cyber",      "space",       "resources",   "sustainable", "growth",     "innovation",
      "digital",    "information", "intelligence", "crisis",     "response",   "counter",
      "terrorism",  "counterterrorism", "affair", "americas",    "latin",      "american",
      "korean",     "peninsula",   "g20",         "apec",        "oecd",       "eu",
      "nato",       "iaea",        "who",         "wto",         "unesco",     "unicef",
      "geneva",     "new",         "york",        "vienna",      "relief",     "aid",
      "commonwealth", "francophonie", "veterans", "patriots",  "ministry",   "indo",
      "council",    "office",      "department",  "house",       "presidential", "union",
      "commission", "committee",   "agency",      "organization", "organisation", "bank",
      "fund",       "programme",   "program",     "forum",       "assembly",   "parliament",
      "senate",     "institute",   "foundation",  "alliance",    "partnership", "community",
      "federation", "league",      "secretariat", "communist",   "party",      "bureau",
      "chiefs",     "staff",       "joint",       "world",       "arctic"};
  return set;
}

// Capitalized words that are not names, so a name after a title stops before them.
const Set& non_name_words() {
  static const Set set = {
      "january",   "february",  "march",     "april",    "may",       "june",     "july",
      "august",    "september", "october",   "november", "december",  "monday",   "tuesday",
      "wednesday", "thursday",  "friday",    "saturday", "sunday",    "the",      "government",
      "ministry",  "embassy",   "republic",  "kingdom",  "office",    "council",  "committee",
      "commission", "agency",   "department", "bureau",  "headquarters", "conference", "summit",
      "meeting",   "meetings",  "forum",     "dialogue", "talks",     "consultations",
      "consultation", "statement", "press",  "release",  "joint",     "day",      "week",
      "year",      "session",   "visit",     "ceremony", "agreement", "treaty",   "declaration",
      "initiative", "program",  "programme", "project",  "fund",      "bank",     "university",
      "institute", "center",    "centre",    "foundation", "association", "organization",
      "organisation", "union",  "party",     "parliament", "assembly", "congress", "house",
      "court",     "army",      "navy",      "force",    "forces",    "and",      "said",
      "during",    "after",     "before",    "also",     "who",       "which",    "his",
      "her",       "their",     "its",       "this",     "that",      "these",    "he",
      "she",       "they",      "we",        "it",       "korea",     "korean",   "world",
      "general",   "secretariat", "team",    "group",    "delegation", "side",    "sides",
      "people",    "war",       "sea",       "ocean",    "island",    "islands",  "in",
      "on",        "at",        "of",        "for",      "to",        "with",     "excellency",
      "honorable", "honourable", "mr",       "mrs",      "ms",        "dr",       "both",
      "all",       "a",         "an",        "as",       "by",        "from",     "is",
      "was",       "will",      "has",       "had",      "have",      "met",      "meets",
      "held",      "holds",     "attended",  "attends",  "delivered", "delivers", "expressed",
      "noted",     "welcomed",  "stressed",  "called",   "outcome",   "results",  "remarks",
      "opening",   "closing",   "keynote",   "address",  "speech",    "message",  "letter",
      "courtesy",  "call",      "phone",     "telephone", "video",    "online",   "virtual",
      "bilateral", "trilateral", "multilateral", "high-level", "level", "policy", "covid",
      // Headline verbs ("Vice Minister Congratulates New …").
      "visits",    "receives",  "hosts",     "calls",    "discusses", "signs",    "pays",
      "participates", "condoles", "expresses", "welcomes", "announces", "addresses", "launches",
      "leads",     "joins",     "concludes", "opens",    "issues",    "releases", "travels",
      "returns",   "departs",   "arrives",   "speaks",   "has",       "makes",    "gives",
      "sends",     "congratulates", "co-chairs", "co-hosts", "attend", "hold", "meet",
      "visited",   "received",  "hosted",    "discussed", "signed",   "paid",     "announced",
      "outcome",   "result",    "briefing",  "interview", "contribution", "article", "op-ed"};
  return set;
}

// Lower-case words inside Western names (Ursula von der Leyen).
const Set& name_particles() {
  static const Set set = {"von", "van", "der", "den", "de", "da", "do", "dos", "du",
                          "bin", "binti", "al", "el", "la", "le", "di", "ibn"};
  return set;
}

// Word classes, one bit each (a word may be in several lists).
enum WordClass : uint8_t {
  kPre = 1,
  kHead = 2,
  kComplement = 4,
  kNonName = 8,
  kHonorific = 16,
  kRegistryFirst = 32,  // first word of a registry spelling
};

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Honorifics before names ("H" opens "H.E.", "his"/"her" open "His Excellency").
const Set& honorific_words() {
  static const Set set = {"mr", "mrs", "ms", "dr", "prof", "amb", "sir", "madam", "mme",
                          "hon", "rev", "h", "his", "her"};
  return set;
}

// Compact Latin form of one word token (letters and digits, accents folded).
std::string compact_token(const Token& t) {
  bool ascii = true;
  for (unsigned char c : t.raw) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? std::string(t.norm) : compact_latin(t.raw);
}

struct TitleSpan {
  bool ok = false;
  size_t end = 0;       // first token after the title
  size_t text_end = 0;  // end of the title as kept (a trailing "of <country>" dropped)
};

struct NameSpan {
  int groups = 0;  // words of the name, hyphenated parts counted once
  size_t end = 0;
};

struct Mention {
  uint32_t first = 0;  // name tokens [first, end)
  uint32_t end = 0;
  int official = -1;   // registry index
  std::string name;    // as written
  std::string latin;   // Latin spelling given in brackets after a Hangul name
  std::string title;
  bool hangul = false;
  bool short_form = false;   // surname with a title: resolves, never stands alone
  bool needs_title = false;  // "Mr. X" is an official only with a title
  bool headline = false;     // found in a Title Case line, where any word is capitalized
};

struct Eojeol {  // a Korean space-delimited word (hard punctuation also separates)
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t core_end = 0;  // end of the word before an acronym bracket written onto it: (NSC)
  bool hard_before = false;
  bool line_before = false;
};

}  // namespace

// The working state of one extraction (everything per call, nothing shared).
class OfficialScan {
 public:
  OfficialScan(const OfficialMatcher& m, const TokenStream& ts, const std::vector<CountryHit>& hits)
      : m_(m), ts_(ts), hits_(hits), n_(ts.size()), owner_(ts.size(), -1),
        hit_start_(ts.size(), -1), hit_of_(ts.size(), -1), class_(ts.size(), 0) {
    // One lookup per capitalized word (and per word after a hyphen: Director-General).
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts[i];
      if (t.kind == Tok::kHangul) has_hangul_ = true;
      if (t.kind != Tok::kWord) continue;
      if (t.cap || t.upper || (i > 0 && !t.space_before && ts[i - 1].norm == "-")) {
        class_[i] = m.word_class(t);
      }
    }
    for (size_t h = 0; h < hits.size(); ++h) {
      hit_start_[hits[h].first] = static_cast<int>(h);
      for (uint32_t t = hits[h].first; t < hits[h].end && t < n_; ++t) {
        hit_of_[t] = static_cast<int>(h);
      }
    }
  }

  std::vector<OfficialMention> run(std::string_view date, std::string_view lang) {
    latin_registry();
    latin_titles();
    latin_honorifics();
    latin_titles_after();
    latin_appositions();
    if (has_hangul_) {
      build_eojeols();
      hangul_registry();
      hangul_titles();
    }
    return resolve(date, lang);
  }

 private:
  std::string_view raw(size_t first_tok, size_t end_tok) const {
    const uint32_t b = ts_[first_tok].begin;
    const uint32_t e = ts_[end_tok - 1].end;
    return ts_.text().substr(b, e - b);
  }

  // Records a mention; its tokens belong to it unless an earlier mention holds them.
  void add(Mention m) {
    const int index = static_cast<int>(mentions_.size());
    for (uint32_t t = m.first; t < m.end; ++t) {
      if (owner_[t] < 0) owner_[t] = index;
    }
    mentions_.push_back(std::move(m));
  }

  bool same_line(size_t t) const { return t < n_ && !ts_[t].line_before; }
  bool is_pre(size_t t) const { return (class_[t] & kPre) != 0; }
  bool is_head(size_t t) const { return (class_[t] & kHead) != 0; }
  bool is_title_word(size_t t) const { return (class_[t] & (kPre | kHead)) != 0; }
  bool is_complement(size_t t) const { return (class_[t] & kComplement) != 0; }
  bool may_start_registry_name(size_t t) const { return (class_[t] & kRegistryFirst) != 0; }

  // ---- English ---------------------------------------------------------------------------

  void latin_registry() {
    const auto& index = m_.registry_.latin_index();
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts_[i];
      if (t.kind != Tok::kWord || !(t.cap || t.upper) || owner_[i] >= 0) continue;
      if (!may_start_registry_name(i)) continue;
      std::string acc;
      size_t j = i;
      int words = 0;
      size_t best_end = 0;
      int best = -1;
      int best_words = 0;
      while (j < n_ && words < 6) {
        const Token& u = ts_[j];
        if (j > i && u.line_before) break;
        if (u.kind == Tok::kWord) {
          acc += compact_token(u);
          ++words;
          ++j;
          auto it = index.find(acc);
          const bool continues = j + 1 < n_ && ts_[j].norm == "-" && !ts_[j].space_before &&
                                 ts_[j + 1].kind == Tok::kWord && !ts_[j + 1].space_before;
          if (it != index.end() && !continues) {
            best_end = j;
            best = static_cast<int>(it->second);
            best_words = words;
          }
          continue;
        }
        const bool joined_next = j + 1 < n_ && !u.space_before && ts_[j + 1].kind == Tok::kWord &&
                                 !ts_[j + 1].space_before;
        if (u.norm == "-" && joined_next) {
          ++j;
        } else if (u.norm == "." && ts_[j - 1].kind == Tok::kWord && ts_[j - 1].raw.size() == 1) {
          ++j;  // an initial: "S. Jaishankar"
        } else if (u.norm == "'" && joined_next && ts_[j + 1].norm != "s") {
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
      m.name = std::string(raw(i, best_end));
      add(std::move(m));
      i = best_end - 1;
    }
  }

  // A one-word spelling (Blinken, Lavrov) must not be part of someone else's name; in a
  // headline every word is capitalized, so neighbours prove nothing there.
  bool single_word_ok(size_t first, size_t end) const {
    if (ts_[first].headline) return true;
    static const Set allowed = {"the", "and", "with", "by", "from", "to", "of", "for",
                                "met", "meets", "said", "says"};
    if (first > 0 && !ts_[first].line_before) {
      const Token& p = ts_[first - 1];
      if (p.kind == Tok::kWord && p.cap && !p.upper && !is_title_word(first - 1) &&
          !is_complement(first - 1) && !allowed.count(p.norm)) {
        return false;
      }
    }
    if (same_line(end)) {
      // "the Biden Administration" names Biden; "Blinken Smith" is someone else.
      const Token& n = ts_[end];
      if (n.kind == Tok::kWord && n.cap && !n.upper && n.norm != "administration" &&
          n.norm != "government") {
        return false;
      }
    }
    return true;
  }

  bool title_start(size_t i) const {
    const Token& t = ts_[i];
    if (t.kind != Tok::kWord || !(t.cap || t.upper) || !is_title_word(i)) return false;
    if (i > 0 && !t.line_before) {
      const Token& p = ts_[i - 1];
      if (p.kind == Tok::kWord && (p.cap || p.upper) && is_title_word(i - 1)) return false;
      if (p.norm == "-" && i >= 2 && is_title_word(i - 2)) return false;
    }
    return true;
  }

  TitleSpan parse_title(size_t i) const {
    TitleSpan out;
    size_t pos = i;
    size_t head_end = 0;
    while (pos < n_) {
      const Token& t = ts_[pos];
      if (pos > i && t.line_before) break;
      if (t.kind == Tok::kWord && (t.cap || t.upper || (pos > i && ts_[pos - 1].norm == "-"))) {
        const bool general = pos > i && t.norm == "general";  // Secretary-General, Director General
        if (is_head(pos) || general) {
          head_end = pos + 1;
          ++pos;
          continue;
        }
        if (is_pre(pos)) {
          ++pos;
          continue;
        }
        break;
      }
      // "Ambassador Extraordinary and Plenipotentiary": two heads joined by "and".
      if (t.norm == "and" && head_end == pos && pos + 1 < n_ && !ts_[pos + 1].line_before &&
          ts_[pos + 1].cap && is_head(pos + 1) && !is_pre(pos + 1)) {
        ++pos;
        continue;
      }
      if (t.norm == "-" && !t.space_before && pos + 1 < n_ && !ts_[pos + 1].space_before &&
          ts_[pos + 1].kind == Tok::kWord &&
          (is_title_word(pos + 1) || ts_[pos + 1].norm == "general")) {
        ++pos;
        continue;
      }
      // "Ambassador-at-large for Climate Change".
      if (head_end == pos && t.norm == "-" && pos + 3 < n_ && ts_[pos + 1].norm == "at" &&
          ts_[pos + 2].norm == "-" && ts_[pos + 3].norm == "large" && !ts_[pos + 3].space_before) {
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
    while (same_line(end) && ts_[end].kind == Tok::kWord &&
           (ts_[end].norm == "of" || ts_[end].norm == "for" || ts_[end].norm == "to" ||
            ts_[end].norm == "on")) {
      size_t q = end + 1;
      if (same_line(q) && ts_[q].norm == "the") ++q;
      int units = 0;
      bool only_countries = true;
      while (same_line(q)) {
        if (hit_start_[q] >= 0) {
          const CountryHit& h = hits_[static_cast<size_t>(hit_start_[q])];
          if (h.count == 0) only_countries = false;  // Korean Peninsula
          q = h.end;
          ++units;
          continue;
        }
        const Token& u = ts_[q];
        // Acronyms name bodies inside titles too: "of the CPC Central Committee".
        if (u.kind == Tok::kWord &&
            ((u.cap && is_complement(q)) || (u.upper && u.raw.size() >= 2))) {
          ++q;
          ++units;
          only_countries = false;
          continue;
        }
        if (units > 0 && (u.norm == "and" || u.norm == "&" || u.norm == "-") && same_line(q + 1) &&
            (hit_start_[q + 1] >= 0 ||
             ((ts_[q + 1].cap || ts_[q + 1].upper) && is_complement(q + 1)))) {
          ++q;
          continue;
        }
        break;
      }
      if (units == 0) break;
      segments.push_back(Segment{end, ts_[end].norm == "of" && only_countries});
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
    if (out.text_end == end && same_line(end) && ts_[end].norm == "and" && same_line(end + 1) &&
        (ts_[end + 1].cap || ts_[end + 1].upper) && is_title_word(end + 1)) {
      const TitleSpan second = parse_title(end + 1);
      if (second.ok) {
        out.end = second.end;
        out.text_end = second.text_end;
      }
    }
    return out;
  }

  bool name_word(size_t q) const {
    const Token& t = ts_[q];
    if (t.kind != Tok::kWord || !t.cap) return false;
    if (t.upper && t.raw.size() > 1) return false;  // ROK, UN
    if (t.upper) return false;                      // initials are handled by the caller
    if (hit_of_[q] >= 0 || (class_[q] & (kPre | kHead | kComplement | kNonName)) != 0) {
      return false;
    }
    return true;
  }

  NameSpan parse_name(size_t p) const {
    NameSpan out;
    size_t q = p;
    while (q < n_ && out.groups < 4) {
      const Token& t = ts_[q];
      if (q > p && t.line_before) break;
      if (name_word(q)) {
        ++q;
        while (q + 1 < n_ && ts_[q].norm == "-" && !ts_[q].space_before &&
               ts_[q + 1].kind == Tok::kWord && !ts_[q + 1].space_before) {
          q += 2;
        }
        ++out.groups;
        continue;
      }
      // An initial ("Antony J. Blinken", "S. Jaishankar") before another name word.
      if (t.kind == Tok::kWord && t.upper && t.raw.size() == 1 && q + 2 < n_ &&
          ts_[q + 1].norm == "." && !ts_[q + 1].space_before && name_word(q + 2)) {
        q += 2;
        continue;
      }
      // Lower-case particles inside Western names: "von der Leyen", "da Rocha", "bin Salman".
      if (out.groups > 0 && t.kind == Tok::kWord && !t.cap && name_particles().count(t.norm)) {
        size_t r = q + 1;
        if (r + 1 < n_ && ts_[r].kind == Tok::kWord && !ts_[r].cap &&
            name_particles().count(ts_[r].norm)) {
          ++r;
        }
        if (r < n_ && !ts_[r].line_before && name_word(r)) {
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
  size_t honorific_end(size_t i, bool* excellency) const {
    static const Set plain = {"mr", "mrs", "ms", "dr", "prof", "amb", "sir", "madam", "mme",
                              "hon", "rev"};
    const Token& t = ts_[i];
    if (t.kind != Tok::kWord || !t.cap || (class_[i] & kHonorific) == 0) return 0;
    if (plain.count(t.norm)) {
      *excellency = false;
      size_t p = i + 1;
      if (p < n_ && ts_[p].norm == "." && !ts_[p].space_before) ++p;
      return p;
    }
    if (t.raw == "H" && i + 3 < n_ && ts_[i + 1].norm == "." && ts_[i + 2].raw == "E" &&
        ts_[i + 3].norm == ".") {
      *excellency = true;
      return i + 4;
    }
    if ((t.norm == "his" || t.norm == "her") && i + 1 < n_ && ts_[i + 1].norm == "excellency") {
      *excellency = true;
      return i + 2;
    }
    return 0;
  }

  void latin_titles() {
    for (size_t i = 0; i < n_; ++i) {
      if ((class_[i] & (kPre | kHead)) == 0 || !title_start(i)) continue;
      const TitleSpan title = parse_title(i);
      if (!title.ok) continue;
      size_t p = title.end;
      bool excellency = false;
      if (p < n_ && same_line(p)) {
        if (const size_t h = honorific_end(p, &excellency)) p = h;
      }
      // "the Ukrainian Foreign Minister, Dmytro Kuleba, …": a full name after a comma.
      bool after_comma = false;
      if (same_line(p) && ts_[p].norm == "," && same_line(p + 1)) {
        after_comma = true;
        ++p;
      }
      if (!same_line(p)) continue;
      const std::string text(raw(i, title.text_end));
      if (owner_[p] >= 0) {
        Mention& m = mentions_[static_cast<size_t>(owner_[p])];
        if (m.first == p && m.title.empty()) m.title = text;
        i = title.end - 1;
        continue;
      }
      const NameSpan name = parse_name(p);
      const bool closed = !same_line(name.end) || ts_[name.end].norm == "," ||
                          ts_[name.end].norm == "." || ts_[name.end].norm == ")";
      if (after_comma && (name.groups < 2 || !closed)) {
        i = title.end - 1;
        continue;
      }
      if (name.groups >= 1) {
        Mention m;
        m.first = static_cast<uint32_t>(p);
        m.end = static_cast<uint32_t>(name.end);
        m.name = std::string(raw(p, name.end));
        m.title = text;
        m.short_form = name.groups == 1;  // "Deputy Minister Nab"
        m.headline = ts_[p].headline;
        add(std::move(m));
        i = name.end - 1;
      } else {
        i = title.end - 1;
      }
    }
  }

  void latin_honorifics() {
    for (size_t i = 0; i < n_; ++i) {
      if ((class_[i] & kHonorific) == 0) continue;
      bool excellency = false;
      size_t p = honorific_end(i, &excellency);
      if (p == 0) continue;
      bool more = false;
      if (same_line(p)) {
        if (const size_t q = honorific_end(p, &more)) {
          p = q;  // "H.E. Mr. X"
          excellency = excellency || more;
        }
      }
      if (!same_line(p) || owner_[p] >= 0) continue;
      const NameSpan name = parse_name(p);
      if (name.groups == 0) continue;  // "Mr. President"
      Mention m;
      m.first = static_cast<uint32_t>(p);
      m.end = static_cast<uint32_t>(name.end);
      m.name = std::string(raw(p, name.end));
      m.short_form = name.groups == 1;
      m.needs_title = !excellency;
      m.headline = ts_[p].headline;
      add(std::move(m));
      i = name.end - 1;
    }
  }

  // "Mr. Lee Kyung-chul, Special Representative for Afghanistan and Pakistan of the ROK,".
  // The office named after the comma also beats a one-word courtesy title before the name
  // ("Ambassador Monica Juma, Cabinet Secretary for Foreign Affairs of Kenya").
  void latin_titles_after() {
    for (Mention& m : mentions_) {
      if (m.hangul || m.title.find(' ') != std::string::npos) continue;
      const size_t e = m.end;
      if (!same_line(e) || ts_[e].norm != ",") continue;
      const size_t q = title_after_comma(e);
      if (q == 0) continue;
      const TitleSpan title = parse_title(q);
      if (title.ok) m.title = std::string(raw(q, title.text_end));
    }
  }

  // Where an office starts after the comma at `comma`, past "the" and a country qualifier
  // ("U.S.", "Japanese", "Korea's"); 0 when no title word follows.
  size_t title_after_comma(size_t comma) const {
    size_t q = comma + 1;
    if (same_line(q) && ts_[q].norm == "the") ++q;
    if (same_line(q) && hit_start_[q] >= 0 && hits_[static_cast<size_t>(hit_start_[q])].count > 0) {
      q = hits_[static_cast<size_t>(hit_start_[q])].end;
      if (same_line(q + 1) && ts_[q].norm == "'" && ts_[q + 1].norm == "s") q += 2;
    }
    if (!same_line(q)) return 0;
    const Token& t = ts_[q];
    if (t.kind != Tok::kWord || !(t.cap || t.upper) || !is_title_word(q)) return 0;
    return q;
  }

  // "… met Sung Kim, U.S. Special Representative for North Korea.": a full name (two words or
  // more) followed by a comma and an office is an official, as after an honorific. The office
  // must end there: in "In New York, Special Representative Lee met …" it is Lee's.
  void latin_appositions() {
    for (size_t c = 2; c < n_; ++c) {
      if (ts_[c].norm != "," || !same_line(c) || ts_[c].headline || owner_[c - 1] >= 0) continue;
      const size_t q = title_after_comma(c);
      if (q == 0) continue;
      const TitleSpan title = parse_title(q);
      if (!title.ok) continue;
      if (same_line(title.end)) {
        const Token& after = ts_[title.end];
        if (after.kind == Tok::kWord && (after.cap || after.upper)) continue;
      }
      // The longest run of name words that ends at the comma, not led by a capitalized word.
      size_t first = c;
      for (size_t s = c - 1; s + 8 >= c && !ts_[s + 1].line_before; --s) {
        if (name_word(s)) {
          const NameSpan name = parse_name(s);
          const bool led = s > 0 && same_line(s) && ts_[s - 1].kind == Tok::kWord &&
                           (ts_[s - 1].cap || ts_[s - 1].upper);
          if (name.end == c && name.groups >= 2 && !led) first = s;
        }
        if (s == 0 || ts_[s].line_before) break;
      }
      if (first == c) continue;
      bool owned = false;
      for (size_t t = first; t < c; ++t) owned = owned || owner_[t] >= 0;
      if (owned) continue;
      Mention m;
      m.first = static_cast<uint32_t>(first);
      m.end = static_cast<uint32_t>(c);
      m.name = std::string(raw(first, c));
      m.title = std::string(raw(q, title.text_end));
      add(std::move(m));
    }
  }

  // ---- Korean ----------------------------------------------------------------------------

  static bool is_separator(const Token& t) {
    return t.kind == Tok::kPunct && (t.norm == "\xC2\xB7" || t.norm == "-" || t.norm == "/");
  }

  void build_eojeols() {
    eojeol_of_.assign(n_, -1);
    // Korean names and titles never span lines: only lines with Hangul need eojeols.
    bool hard = false;
    size_t line_end = 0;      // end of the current line
    bool korean_line = false;  // whether it holds Hangul
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts_[i];
      if (i >= line_end) {
        korean_line = false;
        line_end = i;
        do {
          korean_line = korean_line || ts_[line_end].kind == Tok::kHangul;
          ++line_end;
        } while (line_end < n_ && !ts_[line_end].line_before);
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
      const Token& last = ts_[eojeols_[e].core_end - 1];
      head_len_[e] = last.kind == Tok::kHangul ? title_head_length(last.norm) : 0;
    }
  }

  // The ")" of a bracket opened at `open` that holds only acronyms (NSC, IAEA, G-20), or 0.
  size_t acronym_bracket_close(size_t open) const {
    bool acronym = false;
    for (size_t k = open + 1; k < n_ && k <= open + 6 && !ts_[k].line_before; ++k) {
      const Token& u = ts_[k];
      if (u.norm == ")") return acronym ? k : 0;
      if (u.kind == Tok::kWord && u.upper && u.raw.size() >= 2) {
        acronym = true;
      } else if (!(u.kind == Tok::kNumber || u.norm == "-" || u.norm == "&" || u.norm == "/")) {
        return 0;
      }
    }
    return 0;
  }

  // Length of the title ending this eojeol (its last token: 장관은 → 장관), or 0; computed
  // once per eojeol in build_eojeols().
  size_t head_length(size_t e) const { return head_len_[e]; }

  // Words inside a Korean title before its head: 외교부, 신임, 중국, 日, 아프가니스탄·파키스탄,
  // UN, 제1.
  bool titleish(size_t e) const {
    const Eojeol& w = eojeols_[e];
    if (w.core_end - w.first == 1 && ts_[w.first].kind == Tok::kHangul &&
        is_title_modifier(ts_[w.first].norm)) {
      return true;
    }
    bool all_country = true;
    bool all_acronym = true;
    for (uint32_t t = w.first; t < w.core_end; ++t) {
      const Token& u = ts_[t];
      if (u.kind == Tok::kPunct) continue;
      const int h = hit_of_[t];
      if (h < 0 || !hits_[static_cast<size_t>(h)].bare) all_country = false;
      if (!(u.kind == Tok::kWord && u.upper)) all_acronym = false;
    }
    if (all_country || all_acronym) return true;
    // 제1, 제2; 前 (former), 現 (current).
    const Token& f = ts_[w.first];
    if (w.core_end - w.first == 2 && f.norm == "\xEC\xA0\x9C" &&
        ts_[w.first + 1].kind == Tok::kNumber) {
      return true;
    }
    return w.core_end - w.first == 1 && (f.norm == "\xE5\x89\x8D" || f.norm == "\xE7\x8F\xBE");
  }

  // 겸 ("and concurrently") joins two titles: 부총리 겸 외교장관.
  bool is_concurrently(size_t e) const {
    const Eojeol& w = eojeols_[e];
    return w.end - w.first == 1 && ts_[w.first].norm == "\xEA\xB2\xB8";
  }

  // A title word standing before 겸 counts as part of the title.
  bool titleish_before(size_t e) const {
    if (titleish(e)) return true;
    if (e + 1 >= eojeols_.size() || !is_concurrently(e + 1)) return false;
    const Token& last = ts_[eojeols_[e].core_end - 1];
    return head_length(e) == last.norm.size() && last.kind == Tok::kHangul;
  }

  // After a title ending at eojeol `head`, a second one joined by 겸: the eojeol of its head.
  size_t concurrent_head(size_t head) const {
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
  bool bracket_before(size_t close_end, std::string* latin, bool* hanja, size_t* open) const {
    if (close_end == 0 || ts_[close_end - 1].norm != ")") return false;
    const size_t close = close_end - 1;
    for (size_t k = close; k-- > 0 && close - k <= 10;) {
      if (ts_[k].norm == "(") {
        *open = k;
        bool letters = false;
        for (size_t j = k + 1; j < close; ++j) {
          if (ts_[j].kind == Tok::kWord) {
            letters = true;
          } else if (ts_[j].kind == Tok::kHan) {
            *hanja = true;
          } else if (ts_[j].kind != Tok::kPunct) {
            return false;
          }
        }
        if (letters && !*hanja) *latin = std::string(raw(k + 1, close));
        return true;
      }
    }
    return false;
  }

  std::string title_text(size_t first_eojeol, size_t head_eojeol, size_t head_len) const {
    const Token& last = ts_[eojeols_[head_eojeol].core_end - 1];
    const uint32_t b = ts_[eojeols_[first_eojeol].first].begin;
    return std::string(ts_.text().substr(b, last.begin + head_len - b));
  }

  // The title after a registry name: in the same word (강경화장관은) or in the next words,
  // past a bracket with the Latin spelling (정의용(Chung Eui-yong) 외교부 장관).
  std::string hangul_title_after(size_t token, std::string_view rest) const {
    if (!rest.empty()) {
      const size_t hl = title_head_length(rest);
      return hl > 0 ? std::string(rest.substr(0, hl)) : std::string();
    }
    size_t e = static_cast<size_t>(eojeol_of_[token]) + 1;
    // Only a bracket may stand between the name and its title.
    const size_t after = eojeols_[e - 1].end;
    const bool bracket = after < n_ && ts_[after].norm == "(";
    if (bracket) {
      size_t close = after + 1;
      while (close < n_ && close - after <= 10 && ts_[close].norm != ")" &&
             !ts_[close].line_before) {
        ++close;
      }
      if (close >= n_ || ts_[close].norm != ")") return {};
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
  std::string hangul_title_before(size_t token) const {
    const size_t e = static_cast<size_t>(eojeol_of_[token]);
    if (e == 0 || eojeols_[e].hard_before || eojeols_[e].line_before) return {};
    const size_t h = e - 1;
    const Token& last = ts_[eojeols_[h].core_end - 1];
    const size_t hl = head_length(h);
    if (hl == 0 || hl != last.norm.size()) return {};
    size_t first = h;
    while (first > 0 && h - first < 4 && !eojeols_[first].hard_before &&
           !eojeols_[first].line_before && titleish_before(first - 1)) {
      --first;
    }
    return title_text(first, h, hl);
  }

  bool hangul_word_start(size_t i) const {
    return i == 0 || ts_[i].space_before || ts_[i - 1].kind == Tok::kPunct;
  }

  void hangul_registry() {
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts_[i];
      if (t.kind != Tok::kHangul || owner_[i] >= 0 || !hangul_word_start(i) ||
          !m_.hangul_initials_.contains_first(t.norm)) {
        continue;
      }
      Mention m;
      std::string_view rest;
      bool weak = false;
      bool found = false;
      size_t first_end = 0;
      const char32_t first = decode_at(t.norm, first_end);
      const auto& initials = m_.phrase_initials_;
      if (auto pf = std::binary_search(initials.begin(), initials.end(), first)
                        ? m_.phrase_first_.find(t.norm)
                        : m_.phrase_first_.end();
          pf != m_.phrase_first_.end()) {
        for (uint32_t index : pf->second) {
          const auto& phrase = m_.hangul_phrases_[index];
          const size_t n = phrase.words.size();
          bool ok = i + n <= n_;
          for (size_t k = 1; k < n && ok; ++k) {
            const Token& u = ts_[i + k];
            const std::string_view w = phrase.words[k];
            if (u.kind != Tok::kHangul || !u.space_before || u.line_before) {
              ok = false;
            } else if (k + 1 < n) {
              ok = u.norm == w;
            } else {
              ok = u.norm.substr(0, w.size()) == w &&
                   is_person_continuation(u.norm.substr(w.size()));
              if (ok) rest = u.norm.substr(w.size());
            }
          }
          if (!ok) continue;
          m.first = static_cast<uint32_t>(i);
          m.end = static_cast<uint32_t>(i + n);
          m.official = static_cast<int>(phrase.official);
          const Token& last = ts_[i + n - 1];
          const uint32_t name_end =
              last.begin + static_cast<uint32_t>(last.norm.size() - rest.size());
          m.name = std::string(ts_.text().substr(t.begin, name_end - t.begin));
          found = true;
          break;
        }
      }
      if (!found) {
        const PrefixTrie::Matches pm = m_.hangul_names_.prefixes(t.norm);
        for (size_t k = pm.count; k-- > 0 && !found;) {
          const std::string_view r = t.norm.substr(pm.items[k].length);
          if (!is_person_continuation(r)) continue;
          rest = r;
          m.first = static_cast<uint32_t>(i);
          m.end = static_cast<uint32_t>(i + 1);
          m.official = static_cast<int>(m_.hangul_official_[pm.items[k].value]);
          m.name = std::string(t.norm.substr(0, pm.items[k].length));
          weak = m_.hangul_weak_[pm.items[k].value];
          found = true;
        }
      }
      if (!found) continue;
      m.hangul = true;
      const size_t last = m.end - 1;
      // The bracketed Latin spelling after the name is part of the mention.
      if (rest.empty() && last + 1 < n_ && ts_[last + 1].norm == "(" &&
          !ts_[last + 1].space_before) {
        size_t k = last + 2;
        while (k < n_ && ts_[k].kind != Tok::kHangul && ts_[k].norm != ")" && k - last < 10) ++k;
        if (k < n_ && ts_[k].norm == ")") {
          for (size_t j = last + 2; j < k; ++j) owner_[j] = static_cast<int>(mentions_.size());
        }
      }
      m.title = hangul_title_after(last, rest);
      if (m.title.empty()) m.title = hangul_title_before(m.first);  // 외교부 제1차관 최종건은
      if (weak && m.title.empty()) continue;  // 왕이, 박진 only with a title
      i = last;
      add(std::move(m));
    }
  }

  // Three syllables with a family name first (최종문), or four with a two-syllable one (남궁민수).
  bool korean_looking(std::string_view word) const {
    const size_t syl = syllables(word);
    return (syl == 3 && is_korean_surname(word.substr(0, 3))) ||
           (syl == 4 && is_korean_surname(word.substr(0, 6)));
  }

  // A single Hangul word that may be (part of) a name.
  bool name_candidate(size_t e) const {
    const Eojeol& w = eojeols_[e];
    if (w.end - w.first != 1) return false;
    const Token& t = ts_[w.first];
    if (t.kind != Tok::kHangul || owner_[w.first] >= 0 || hit_of_[w.first] >= 0) return false;
    return !is_name_stopword(t.norm) && !is_title_modifier(t.norm) &&
           title_head_length(t.norm) == 0;
  }

  // Whether the title [first, head] is another country's or an international body's: a country
  // other than Korea in it (일본 외무상, 주한미국대사), a foreign office (국무장관, 외교부장),
  // or an international organization (NATO 사무총장, 유엔 사무총장, 국제원자력기구 사무총장).
  bool foreign_title(size_t first, size_t h, size_t hl) const {
    static const Set foreign_heads = {"외교부장", "국무장관", "외무장관", "관방장관", "외무상",
                                      "외상",     "부부장"};
    for (uint32_t t = eojeols_[first].first; t < eojeols_[h].core_end; ++t) {
      const Token& u = ts_[t];
      if (u.kind == Tok::kWord && u.upper && u.raw.size() >= 2) return true;  // NATO, UN
      if (u.kind == Tok::kHangul && is_international_body(u.norm)) return true;
      const int hi = hit_of_[t];
      if (hi < 0) continue;
      const CountryHit& ch = hits_[static_cast<size_t>(hi)];
      for (uint8_t k = 0; k < ch.count; ++k) {
        if (ch.countries[k] != m_.korea_) return true;
      }
    }
    const Token& head_tok = ts_[eojeols_[h].core_end - 1];
    for (size_t len = 3; len <= hl; len += 3) {
      if (foreign_heads.count(head_tok.norm.substr(hl - len, len))) return true;
    }
    return false;
  }

  // A word that may stand before the last word of a foreign name: 하야시 요시마사, 옌스
  // 스톨텐베르그. Not a verb form (만난, 방문한), which ends like a particle.
  bool foreign_name_part(size_t e) const {
    if (!name_candidate(e)) return false;
    const Token& t = ts_[eojeols_[e].first];
    const size_t syl = syllables(t.norm);
    return syl >= 1 && syl <= 6 && !ends_like_particle(t.norm);
  }

  void hangul_titles() {
    for (size_t h = 0; h < eojeols_.size(); ++h) {
      const size_t hl = head_length(h);
      if (hl == 0) continue;
      // A head followed by 겸 belongs to the next title (부총리 겸 외교장관).
      if (h + 1 < eojeols_.size() && is_concurrently(h + 1)) continue;
      size_t first = h;
      while (first > 0 && h - first < 4 && !eojeols_[first].hard_before &&
             !eojeols_[first].line_before && titleish_before(first - 1)) {
        --first;
      }
      if (eojeols_[first].line_before) continue;
      std::string latin;
      bool hanja = false;
      size_t candidate_end_tok = eojeols_[first].first;  // the name ends before this token
      if (eojeols_[first].hard_before) {
        size_t open = 0;
        if (!bracket_before(eojeols_[first].first, &latin, &hanja, &open)) continue;
        candidate_end_tok = open;
      }
      if (candidate_end_tok == 0 || eojeol_of_[candidate_end_tok - 1] < 0) continue;
      const size_t c = static_cast<size_t>(eojeol_of_[candidate_end_tok - 1]);
      if (eojeols_[c].end != candidate_end_tok) continue;
      if (first == c + 1 && eojeols_[first].line_before) continue;
      const Token& tok = ts_[eojeols_[c].first];
      if (owner_[eojeols_[c].first] >= 0) continue;  // a registry name: titled already
      if (!name_candidate(c)) continue;
      const size_t syl = syllables(tok.norm);
      // The words of the name a bracket spells out: 성 김(Sung Kim), 호세 마누엘 알바레스(José
      // Manuel Albares). A Korean-looking name is one word whatever its romanization.
      const size_t latin_words = latin.empty() ? 0 : count_words(latin);
      Mention m;
      m.hangul = true;
      m.title = title_text(first, h, hl);
      m.latin = latin;
      if (syl == 1 && latin_words < 2) {
        if (!is_korean_surname(tok.norm)) continue;
        m.first = eojeols_[c].first;
        m.end = eojeols_[c].end;
        m.name = std::string(tok.norm);
        m.short_form = true;  // 정 장관
        add(std::move(m));
        continue;
      }
      const bool foreign = latin_words >= 2 || hanja || foreign_title(first, h, hl);
      if (syl > (foreign ? 7u : 5u)) continue;
      // A word ending like a particle or a verb (방문한, 참석자들의) is no name, unless it is
      // the last word of a foreign name after its first and ends as such names do (아이하라
      // 다로, 요시다 가즈키: 다, 로, 가, 고, 서), which verb forms (개최된, 만난) never do.
      const std::string_view last_syllable = tok.norm.substr(tok.norm.size() - 3);
      const bool name_like_ending = last_syllable == "다" || last_syllable == "로" ||
                                    last_syllable == "가" || last_syllable == "고" ||
                                    last_syllable == "서";
      const bool after_name_part = foreign && name_like_ending && c > 0 &&
                                   !eojeols_[c].hard_before && !eojeols_[c].line_before &&
                                   foreign_name_part(c - 1) &&
                                   !korean_looking(ts_[eojeols_[c - 1].first].norm) &&
                                   syllables(ts_[eojeols_[c - 1].first].norm) >= 2;
      if (ends_like_particle(tok.norm) && latin.empty() && !after_name_part) continue;
      const bool looks_korean = korean_looking(tok.norm);
      // Otherwise a one-word name must look Korean, or stand before a foreign title (마자오쉬
      // 중국 외교부 부부장): 국방 장관, 문화 장관 and 북핵 수석대표 are not people.
      if (!looks_korean && latin.empty() && !foreign) continue;
      // Foreign names often come in two words (하야시 요시마사 日 관방장관, 아이보시 고이치
      // 주한일본대사): take the word before too, or as many as the bracket spells.
      size_t name_first = c;
      const size_t want = latin_words >= 2 && !looks_korean ? std::min<size_t>(latin_words, 4)
                          : foreign && !eojeols_[c].hard_before ? 2
                                                                : 1;
      while (c - name_first + 1 < want && name_first > 0 && !eojeols_[name_first].hard_before &&
             !eojeols_[name_first].line_before &&
             foreign_name_part(name_first - 1) &&
             (latin_words >= 2 || !looks_korean ||
              !korean_looking(ts_[eojeols_[name_first - 1].first].norm)) &&
             (latin_words >= 2 || syllables(ts_[eojeols_[name_first - 1].first].norm) >= 2)) {
        --name_first;
      }
      m.first = eojeols_[name_first].first;
      m.end = eojeols_[c].end;
      m.name = std::string(raw(m.first, m.end));
      add(std::move(m));
    }
  }

  // ---- Resolution ------------------------------------------------------------------------

  struct Person {
    std::string key;
    int official = -1;
    std::string name;
    std::string latin;
    // Name and title come from the fullest mention: rank 2 a full name, 1 a one-word
    // registry spelling (Blinken), 0 a short mention (Minister Kang).
    int name_rank = -1;
    bool name_own = false;  // the name is written in the release's own script
    std::string title;
    int title_rank = -1;
    bool confirmed = false;  // a registry person, or named outside a headline
    bool hangul = false;
    uint32_t first_pos = 0;
  };

  static size_t count_words(std::string_view s) {
    size_t n = 0;
    bool in_word = false;
    for (char c : s) {
      const bool space = c == ' ';
      if (!space && !in_word) ++n;
      in_word = !space;
    }
    return n;
  }

  // Whether Latin text, in its compact form (letters and digits, lower case, accents folded),
  // equals `compact`; ASCII text is compared in place.
  static bool same_compact(std::string_view text, std::string_view compact) {
    if (!is_ascii(text)) return compact_latin(text) == compact;
    size_t k = 0;
    for (char c : text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) continue;
      if (k >= compact.size() || compact[k++] != c) return false;
    }
    return k == compact.size();
  }

  // Whether one of the words of a name is `word`: Hangul names split at spaces; Latin ones
  // also at hyphens and dots, compared compact ("Jong-moon" holds "moon").
  static bool has_word(std::string_view name, bool hangul, std::string_view word) {
    size_t start = 0;
    for (size_t k = 0; k <= name.size(); ++k) {
      const bool sep = k == name.size() || name[k] == ' ' ||
                       (!hangul && (name[k] == '-' || name[k] == '.'));
      if (!sep) continue;
      if (k > start) {
        const std::string_view w = name.substr(start, k - start);
        if (hangul ? w == word : same_compact(w, word)) return true;
      }
      start = k + 1;
    }
    return false;
  }

  std::vector<OfficialMention> resolve(std::string_view date, std::string_view lang) {
    std::vector<Person> people;  // a handful: found by key with a linear search
    const auto& registry = m_.registry_;
    auto person_for = [&](const Mention& mention) -> size_t {
      std::string key;
      int official = mention.official;
      if (official < 0 && !mention.latin.empty()) {
        if (const RegistryOfficial* o = registry.match_name(mention.latin)) {
          official = static_cast<int>(o - registry.all().data());
        }
      }
      if (official >= 0) {
        key = registry.all()[static_cast<size_t>(official)].key;
      } else {
        key = official_key(mention.latin.empty() ? mention.name : mention.latin);
        // A spelling the registry lacks can still derive its key ("Choi Jong Moon").
        if (const RegistryOfficial* o = registry.find_by_key(key)) {
          official = static_cast<int>(o - registry.all().data());
        }
      }
      if (key.empty()) return SIZE_MAX;
      for (size_t k = 0; k < people.size(); ++k) {
        if (people[k].key == key) return k;
      }
      Person p;
      p.key = key;
      p.official = official;
      p.name = mention.name;
      p.latin = mention.latin;
      p.hangul = mention.hangul;
      p.first_pos = mention.first;
      people.push_back(std::move(p));
      return people.size() - 1;
    };

    // Full mentions in text order. A Korean "name" that is one word of a person found in
    // full (나브 차관 after 미르와이스 나브) is a short mention, not a new person.
    std::vector<size_t> order(mentions_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return mentions_[a].first < mentions_[b].first; });
    // Whether a one-word Hangul name is a word of a Hangul name of several words found in full.
    auto is_part_of_other = [&](const Mention& m) {
      if (!m.hangul || m.official >= 0 || m.name.find(' ') != std::string::npos) return false;
      for (const Mention& other : mentions_) {
        if (other.short_form) continue;
        if (other.hangul && other.name.find(' ') != std::string::npos &&
            has_word(other.name, true, m.name)) {
          return true;
        }
        if (other.official >= 0) {
          const std::string& ko = registry.all()[static_cast<size_t>(other.official)].name_ko;
          if (ko.find(' ') != std::string::npos && has_word(ko, true, m.name)) return true;
        }
      }
      return false;
    };
    std::vector<size_t> shorts;
    for (size_t k : order) {
      Mention& m = mentions_[k];
      if (m.short_form || is_part_of_other(m)) {
        m.short_form = true;
        shorts.push_back(k);
        continue;
      }
      if (m.needs_title && m.title.empty()) continue;  // "Mr. John Smith" alone
      const size_t p = person_for(m);
      if (p == SIZE_MAX) continue;
      Person& person = people[p];
      person.first_pos = std::min(person.first_pos, m.first);
      if (person.official >= 0 || !m.headline) person.confirmed = true;
      // 블링컨 장관 … 토니 블링컨 미국 국무장관: the title given with the full name wins.
      int rank = 2;
      if (m.official >= 0) {
        const RegistryOfficial& o = registry.all()[static_cast<size_t>(m.official)];
        const std::string& full = m.hangul ? o.name_ko : o.name_en;
        // Whitespace words only: "Choi Jongmoon" is as full as "Choi Jong-moon".
        if (count_words(m.name) < count_words(full)) rank = 1;
      }
      // Equally full spellings: the one in the release's own script (마코 루비오 in a Korean
      // release that also gives "Marco Rubio" in brackets).
      const bool own_script = m.hangul == (lang == "ko");
      if (rank > person.name_rank || (rank == person.name_rank && own_script && !person.name_own)) {
        person.name = m.name;
        person.hangul = m.hangul;
        person.name_rank = rank;
        person.name_own = own_script;
      }
      if (!m.title.empty() && rank > person.title_rank) {
        person.title = m.title;
        person.title_rank = rank;
      }
    }
    // Short mentions: a person whose name holds the word; of several, the one introduced
    // last before the mention (else the first one after it).
    for (size_t k : shorts) {
      const Mention& m = mentions_[k];
      const std::string word = m.hangul ? m.name : compact_latin(m.name);
      size_t best = SIZE_MAX;
      for (size_t p = 0; p < people.size(); ++p) {
        const Person& person = people[p];
        bool match = false;
        if (m.hangul && syllables(word) == 1) {
          // 정 장관 → 정의용: a surname starts the Korean name.
          const RegistryOfficial* o = person.official >= 0
                                          ? &registry.all()[static_cast<size_t>(person.official)]
                                          : nullptr;
          const std::string ko = o != nullptr && !o->name_ko.empty()
                                     ? o->name_ko
                                     : (person.hangul ? person.name : std::string());
          match = !ko.empty() && ko.compare(0, word.size(), word) == 0 &&
                  ko.find(' ') == std::string::npos;
        } else {
          // A word of any of the person's names.
          match = has_word(person.name, person.hangul, word) ||
                  (!person.latin.empty() && has_word(person.latin, false, word));
          if (!match && person.official >= 0) {
            const RegistryOfficial& o = registry.all()[static_cast<size_t>(person.official)];
            match = has_word(o.name_en, false, word) || has_word(o.name_ko, true, word);
          }
        }
        if (!match) continue;
        if (best == SIZE_MAX || (person.first_pos <= m.first &&
                                 (people[best].first_pos > m.first ||
                                  person.first_pos > people[best].first_pos))) {
          best = p;
        }
      }
      if (best == SIZE_MAX) continue;
      Person& person = people[best];
      if (!m.title.empty() && person.title_rank < 0) {
        person.title = m.title;
        person.title_rank = 0;
      }
      person.first_pos = std::min(person.first_pos, m.first);
    }

    // An unknown name seen only in a headline is not trusted: "Minister Congratulates New".
    people.erase(std::remove_if(people.begin(), people.end(),
                                [](const Person& p) { return !p.confirmed; }),
                 people.end());
    std::sort(people.begin(), people.end(),
              [](const Person& a, const Person& b) { return a.first_pos < b.first_pos; });
    std::vector<OfficialMention> out;
    out.reserve(people.size());
    for (Person& p : people) {
      OfficialMention o;
      o.key = p.key;
      o.name = p.name;
      o.title = p.title;
      if (p.official >= 0) {
        const RegistryOfficial& r = registry.all()[static_cast<size_t>(p.official)];
        o.name_en = r.name_en;
        o.name_ko = r.name_ko;
        if (o.title.empty()) o.title = registry.title_at(r, date, lang);
      } else if (p.hangul) {
        o.name_ko = p.name;
        o.name_en = p.latin;
      } else {
        o.name_en = p.name;
      }
      out.push_back(std::move(o));
    }
    return out;
  }

  const OfficialMatcher& m_;
  const TokenStream& ts_;
  const std::vector<CountryHit>& hits_;
  const size_t n_;
  std::vector<int> owner_;      // token → mention that covers it
  std::vector<int> hit_start_;  // token → country hit starting there
  std::vector<int> hit_of_;     // token → country hit covering it
  std::vector<uint8_t> class_;  // token → WordClass bits
  bool has_hangul_ = false;     // the Korean steps run only when there is Hangul
  std::vector<Mention> mentions_;
  std::vector<Eojeol> eojeols_;
  std::vector<int> eojeol_of_;  // token → eojeol
  std::vector<size_t> head_len_;  // eojeol → length of the title it ends, or 0
};

uint8_t OfficialMatcher::word_class(const Token& t) const {
  uint8_t c = 0;
  if (const uint8_t* found = word_classes_.find(t.norm)) c = *found;
  // Registry spellings are indexed accent-free: "Çavuşoğlu" starts like "Cavusoglu".
  if (!is_ascii(t.raw) && latin_first_.count(compact_latin(t.raw))) c |= kRegistryFirst;
  return c;
}

OfficialMatcher::OfficialMatcher(const OfficialsRegistry& registry, const CountryCatalog& catalog)
    : registry_(registry) {
  korea_ = static_cast<uint16_t>(std::max(0, catalog.index_of("KR")));
  const auto& all = registry.all();
  for (uint32_t i = 0; i < all.size(); ++i) {
    std::vector<std::string> spellings{all[i].name_en};
    if (!all[i].name_ko.empty()) spellings.push_back(all[i].name_ko);
    spellings.insert(spellings.end(), all[i].aliases.begin(), all[i].aliases.end());
    for (const std::string& s : spellings) {
      if (text::has_hangul(s)) {
        std::vector<std::string> words;
        std::istringstream in(s);
        std::string w;
        while (in >> w) words.push_back(w);
        if (!words.empty()) hangul_initials_.insert_first(words[0]);
        if (words.size() == 1) {
          const uint32_t index = static_cast<uint32_t>(hangul_official_.size());
          hangul_official_.push_back(i);
          hangul_weak_.push_back(syllables(words[0]) <= 2);
          hangul_names_.insert(words[0], index);
        } else if (words.size() > 1) {
          hangul_phrases_.push_back(HangulPhrase{words, i});
        }
        continue;
      }
      const TokenStream ts(s);
      size_t words = 0;
      for (const Token& t : ts.tokens()) words += t.kind == Tok::kWord ? 1 : 0;
      if (ts.size() == 0 || ts[0].kind != Tok::kWord) continue;
      latin_first_.insert(compact_token(ts[0]));
      // The registry also indexes two-word names in reversed order ("Kyung-wha Kang").
      std::istringstream in(s);
      std::vector<std::string> spaced;
      std::string w;
      while (in >> w) spaced.push_back(w);
      if (spaced.size() == 2) {
        const TokenStream last(spaced[1]);
        if (last.size() > 0 && last[0].kind == Tok::kWord) {
          latin_first_.insert(compact_token(last[0]));
        }
      }
    }
  }
  for (uint32_t k = 0; k < hangul_phrases_.size(); ++k) {
    phrase_first_[hangul_phrases_[k].words[0]].push_back(k);
    size_t end = 0;
    phrase_initials_.push_back(decode_at(hangul_phrases_[k].words[0], end));
  }
  std::sort(phrase_initials_.begin(), phrase_initials_.end());
  for (std::string_view x : pre_words()) word_classes_[x] |= kPre;
  for (std::string_view x : head_words()) word_classes_[x] |= kHead;
  for (std::string_view x : complement_words()) word_classes_[x] |= kComplement;
  for (std::string_view x : non_name_words()) word_classes_[x] |= kNonName;
  for (std::string_view x : honorific_words()) word_classes_[x] |= kHonorific;
  for (const std::string& x : latin_first_) word_classes_[x] |= kRegistryFirst;
  for (auto& [first, list] : phrase_first_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return hangul_phrases_[a].words.size() > hangul_phrases_[b].words.size();
    });
  }
}

std::vector<OfficialMention> OfficialMatcher::find(const TokenStream& tokens,
                                                   const std::vector<CountryHit>& hits,
                                                   std::string_view date,
                                                   std::string_view lang) const {
  OfficialScan scan(*this, tokens, hits);
  return scan.run(date, lang);
}

}  // namespace dipsearch::entities::detail
