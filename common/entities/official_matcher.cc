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

using Set = std::unordered_set<std::string_view>;

// Words that open an English title before its head ("Vice", "Foreign", "Chief Cabinet").
const Set& pre_words() {
  static const Set set = {
      "vice",      "deputy",   "first",    "second",   "third",     "senior",   "foreign",
      "prime",     "special",  "chief",    "assistant", "under",    "permanent", "acting",
      "executive", "principal", "cabinet", "state",    "national",  "security", "defense",
      "defence",   "trade",    "finance",  "unification", "interior", "parliamentary", "high",
      "crown",     "grand",    "external", "economic", "political", "former",  "lord"};
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
      "head",        "executive"};
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
      "commonwealth", "europe",    "francophonie", "veterans",   "patriots",   "unification"};
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

bool is_pre(std::string_view w) { return pre_words().count(w) != 0; }
bool is_head(std::string_view w) { return head_words().count(w) != 0; }
bool is_title_word(std::string_view w) { return is_pre(w) || is_head(w); }

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
  bool hard_before = false;
  bool line_before = false;
};

}  // namespace

// The working state of one extraction (everything per call, nothing shared).
class OfficialScan {
 public:
  OfficialScan(const OfficialMatcher& m, const TokenStream& ts, const std::vector<CountryHit>& hits)
      : m_(m), ts_(ts), hits_(hits), n_(ts.size()), owner_(ts.size(), -1),
        hit_start_(ts.size(), -1), hit_of_(ts.size(), -1) {
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
    build_eojeols();
    hangul_registry();
    hangul_titles();
    return resolve(date, lang);
  }

 private:
  std::string_view raw(size_t first_tok, size_t end_tok) const {
    const uint32_t b = ts_[first_tok].begin;
    const uint32_t e = ts_[end_tok - 1].end;
    return ts_.text().substr(b, e - b);
  }

  int add(Mention m) {
    const int index = static_cast<int>(mentions_.size());
    for (uint32_t t = m.first; t < m.end; ++t) {
      if (owner_[t] < 0) owner_[t] = index;
    }
    mentions_.push_back(std::move(m));
    return index;
  }

  bool same_line(size_t t) const { return t < n_ && !ts_[t].line_before; }

  // ---- English ---------------------------------------------------------------------------

  void latin_registry() {
    const auto& index = m_.registry_.latin_index();
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts_[i];
      if (t.kind != Tok::kWord || !(t.cap || t.upper) || owner_[i] >= 0) continue;
      if (!m_.latin_first_.count(compact_token(t))) continue;
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
      if (p.kind == Tok::kWord && p.cap && !p.upper && !is_title_word(p.norm) &&
          !complement_words().count(p.norm) && !allowed.count(p.norm)) {
        return false;
      }
    }
    if (same_line(end)) {
      const Token& n = ts_[end];
      if (n.kind == Tok::kWord && n.cap && !n.upper) return false;
    }
    return true;
  }

  bool title_start(size_t i) const {
    const Token& t = ts_[i];
    if (t.kind != Tok::kWord || !(t.cap || t.upper) || !is_title_word(t.norm)) return false;
    if (i > 0 && !t.line_before) {
      const Token& p = ts_[i - 1];
      if (p.kind == Tok::kWord && (p.cap || p.upper) && is_title_word(p.norm)) return false;
      if (p.norm == "-" && i >= 2 && is_title_word(ts_[i - 2].norm)) return false;
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
        if (is_head(t.norm) || general) {
          head_end = pos + 1;
          ++pos;
          continue;
        }
        if (is_pre(t.norm)) {
          ++pos;
          continue;
        }
        break;
      }
      if (t.norm == "-" && !t.space_before && pos + 1 < n_ && !ts_[pos + 1].space_before &&
          ts_[pos + 1].kind == Tok::kWord &&
          (is_title_word(ts_[pos + 1].norm) || ts_[pos + 1].norm == "general")) {
        ++pos;
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
        if (u.kind == Tok::kWord && (u.cap || u.upper) && complement_words().count(u.norm)) {
          ++q;
          ++units;
          only_countries = false;
          continue;
        }
        if (units > 0 && (u.norm == "and" || u.norm == "&" || u.norm == "-") && same_line(q + 1) &&
            (hit_start_[q + 1] >= 0 ||
             ((ts_[q + 1].cap || ts_[q + 1].upper) && complement_words().count(ts_[q + 1].norm)))) {
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
        (ts_[end + 1].cap || ts_[end + 1].upper) && is_title_word(ts_[end + 1].norm)) {
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
    if (hit_of_[q] >= 0 || is_title_word(t.norm) || non_name_words().count(t.norm) ||
        complement_words().count(t.norm)) {
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
      if (out.groups > 0 && t.kind == Tok::kWord && !t.cap && name_particles().count(t.norm) &&
          q + 1 < n_ && name_word(q + 1)) {
        ++q;
        continue;
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
    if (t.kind != Tok::kWord || !t.cap) return 0;
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
      if (!title_start(i)) continue;
      const TitleSpan title = parse_title(i);
      if (!title.ok) continue;
      size_t p = title.end;
      bool excellency = false;
      if (p < n_ && same_line(p)) {
        if (const size_t h = honorific_end(p, &excellency)) p = h;
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

  // "Mr. Lee Kyung-chul, Special Representative for Afghanistan and Pakistan of the ROK,"
  void latin_titles_after() {
    for (Mention& m : mentions_) {
      if (m.hangul || !m.title.empty()) continue;
      const size_t e = m.end;
      if (!same_line(e) || ts_[e].norm != "," || !same_line(e + 1)) continue;
      const Token& t = ts_[e + 1];
      if (t.kind != Tok::kWord || !(t.cap || t.upper) || !is_title_word(t.norm)) continue;
      const TitleSpan title = parse_title(e + 1);
      if (title.ok) m.title = std::string(raw(e + 1, title.text_end));
    }
  }

  // ---- Korean ----------------------------------------------------------------------------

  static bool is_separator(const Token& t) {
    return t.kind == Tok::kPunct && (t.norm == "\xC2\xB7" || t.norm == "-" || t.norm == "/");
  }

  void build_eojeols() {
    eojeol_of_.assign(n_, -1);
    bool hard = false;
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = ts_[i];
      const bool joined = !t.space_before && !eojeols_.empty() && eojeols_.back().end == i;
      if (t.kind == Tok::kPunct && !(is_separator(t) && joined)) {
        hard = true;
        continue;
      }
      if (joined && !hard) {
        eojeols_.back().end = static_cast<uint32_t>(i + 1);
      } else {
        Eojeol e;
        e.first = static_cast<uint32_t>(i);
        e.end = static_cast<uint32_t>(i + 1);
        e.hard_before = hard;
        e.line_before = t.line_before;
        eojeols_.push_back(e);
      }
      eojeol_of_[i] = static_cast<int>(eojeols_.size() - 1);
      hard = false;
    }
  }

  // Length of the title ending this eojeol (its last token: 장관은 → 장관), or 0.
  size_t head_length(size_t e) const {
    const Token& last = ts_[eojeols_[e].end - 1];
    if (last.kind != Tok::kHangul) return 0;
    return title_head_length(last.norm);
  }

  // Words inside a Korean title before its head: 외교부, 신임, 중국, 日, 아프가니스탄·파키스탄,
  // UN, 제1.
  bool titleish(size_t e) const {
    const Eojeol& w = eojeols_[e];
    if (w.end - w.first == 1 && ts_[w.first].kind == Tok::kHangul &&
        is_title_modifier(ts_[w.first].norm)) {
      return true;
    }
    bool all_country = true;
    bool all_acronym = true;
    for (uint32_t t = w.first; t < w.end; ++t) {
      const Token& u = ts_[t];
      if (u.kind == Tok::kPunct) continue;
      const int h = hit_of_[t];
      if (h < 0 || !hits_[static_cast<size_t>(h)].bare) all_country = false;
      if (!(u.kind == Tok::kWord && u.upper)) all_acronym = false;
    }
    if (all_country || all_acronym) return true;
    // 제1, 제2; 前 (former), 現 (current).
    const Token& f = ts_[w.first];
    if (w.end - w.first == 2 && f.norm == "\xEC\xA0\x9C" && ts_[w.first + 1].kind == Tok::kNumber) {
      return true;
    }
    return w.end - w.first == 1 && (f.norm == "\xE5\x89\x8D" || f.norm == "\xE7\x8F\xBE");
  }

  // The Latin text of a bracket group that ends just before token `close_end` ("(Meerwais
  // Nab)"), and the index of its "(": for names written 미르와이스 나브(Meerwais Nab).
  bool bracket_before(size_t close_end, std::string* latin, size_t* open) const {
    if (close_end == 0 || ts_[close_end - 1].norm != ")") return false;
    const size_t close = close_end - 1;
    for (size_t k = close; k-- > 0 && close - k <= 10;) {
      if (ts_[k].norm == "(") {
        *open = k;
        bool letters = false;
        for (size_t j = k + 1; j < close; ++j) {
          if (ts_[j].kind == Tok::kWord) {
            letters = true;
          } else if (ts_[j].kind != Tok::kPunct) {
            return false;
          }
        }
        if (letters) *latin = std::string(raw(k + 1, close));
        return true;
      }
    }
    return false;
  }

  std::string title_text(size_t first_eojeol, size_t head_eojeol, size_t head_len) const {
    const Token& last = ts_[eojeols_[head_eojeol].end - 1];
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
    for (size_t count = 0; e < eojeols_.size() && count < 4; ++e, ++count) {
      const bool hard = eojeols_[e].hard_before && !(e == start && bracket);
      if (hard || eojeols_[e].line_before) break;
      if (const size_t hl = head_length(e)) return title_text(start, e, hl);
      if (!titleish(e)) break;
    }
    return {};
  }

  // A title standing right before the name, without particle: 美 국무장관 블링컨.
  std::string hangul_title_before(size_t token) const {
    const size_t e = static_cast<size_t>(eojeol_of_[token]);
    if (e == 0 || eojeols_[e].hard_before || eojeols_[e].line_before) return {};
    const size_t h = e - 1;
    const Token& last = ts_[eojeols_[h].end - 1];
    const size_t hl = head_length(h);
    if (hl == 0 || hl != last.norm.size()) return {};
    size_t first = h;
    while (first > 0 && h - first < 3 && !eojeols_[first].hard_before &&
           !eojeols_[first].line_before && titleish(first - 1)) {
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
      if (t.kind != Tok::kHangul || owner_[i] >= 0 || !hangul_word_start(i)) continue;
      Mention m;
      std::string_view rest;
      bool weak = false;
      bool found = false;
      if (auto pf = m_.phrase_first_.find(t.norm); pf != m_.phrase_first_.end()) {
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
              ok = u.norm.substr(0, w.size()) == w && is_person_continuation(u.norm.substr(w.size()));
              if (ok) rest = u.norm.substr(w.size());
            }
          }
          if (!ok) continue;
          m.first = static_cast<uint32_t>(i);
          m.end = static_cast<uint32_t>(i + n);
          m.official = static_cast<int>(phrase.official);
          const Token& last = ts_[i + n - 1];
          m.name = std::string(ts_.text().substr(t.begin, last.begin + (last.norm.size() - rest.size()) - t.begin));
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
      if (rest.empty() && last + 1 < n_ && ts_[last + 1].norm == "(" && !ts_[last + 1].space_before) {
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

  void hangul_titles() {
    static const Set foreign_heads = {"외교부장", "국무장관", "외무장관", "관방장관", "외무상",
                                      "외상",     "부부장"};
    for (size_t h = 0; h < eojeols_.size(); ++h) {
      const size_t hl = head_length(h);
      if (hl == 0) continue;
      size_t first = h;
      while (first > 0 && h - first < 3 && !eojeols_[first].hard_before &&
             !eojeols_[first].line_before && titleish(first - 1)) {
        --first;
      }
      if (eojeols_[first].line_before) continue;
      std::string latin;
      size_t candidate_end_tok = eojeols_[first].first;  // the name ends before this token
      if (eojeols_[first].hard_before) {
        size_t open = 0;
        if (!bracket_before(eojeols_[first].first, &latin, &open)) continue;
        candidate_end_tok = open;
      }
      if (candidate_end_tok == 0 || eojeol_of_[candidate_end_tok - 1] < 0) continue;
      const size_t c = static_cast<size_t>(eojeol_of_[candidate_end_tok - 1]);
      if (eojeols_[c].end != candidate_end_tok) continue;
      if (first == c + 1 && eojeols_[first].line_before) continue;
      const Token& tok = ts_[eojeols_[c].first];
      if (owner_[eojeols_[c].first] >= 0) continue;  // a registry name: titled already
      if (!name_candidate(c)) continue;
      const std::string title = title_text(first, h, hl);
      const size_t syl = syllables(tok.norm);
      Mention m;
      m.hangul = true;
      m.title = title;
      m.latin = latin;
      if (syl == 1) {
        if (!is_korean_surname(tok.norm)) continue;
        m.first = eojeols_[c].first;
        m.end = eojeols_[c].end;
        m.name = std::string(tok.norm);
        m.short_form = true;  // 정 장관
        add(std::move(m));
        continue;
      }
      if (syl > 5 || (ends_like_particle(tok.norm) && latin.empty())) continue;
      // Is the title a foreign one (a country other than Korea in it, or a foreign office)?
      bool foreign = latin.find(' ') != std::string::npos;
      for (uint32_t t = eojeols_[first].first; t < eojeols_[h].end && !foreign; ++t) {
        const int hi = hit_of_[t];
        if (hi < 0) continue;
        const CountryHit& ch = hits_[static_cast<size_t>(hi)];
        for (uint8_t k = 0; k < ch.count; ++k) {
          if (ch.countries[k] != m_.korea_) foreign = true;
        }
      }
      const Token& head_tok = ts_[eojeols_[h].end - 1];
      for (size_t len = 3; len <= hl && !foreign; len += 3) {
        if (foreign_heads.count(head_tok.norm.substr(hl - len, len))) foreign = true;
      }
      // Foreign names often come in two words (하야시 요시마사 日 관방장관): take the word
      // before too when the title is foreign and the name does not look Korean.
      const bool looks_korean = korean_looking(tok.norm);
      size_t name_first = c;
      if (foreign && !looks_korean && c > 0 && !eojeols_[c].hard_before &&
          !eojeols_[c].line_before) {
        const Token& prev = ts_[eojeols_[c - 1].first];
        const size_t psyl = syllables(prev.norm);
        if (name_candidate(c - 1) && psyl >= 2 && psyl <= 5 && !ends_like_particle(prev.norm)) {
          name_first = c - 1;
        }
      }
      // Otherwise a one-word name must look Korean, or stand before a foreign title (마자오쉬
      // 중국 외교부 부부장): 국방 장관, 문화 장관 and 북핵 수석대표 are not people.
      if (!looks_korean && latin.empty() && !foreign) continue;
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
    std::string title;
    int title_rank = -1;
    bool confirmed = false;  // a registry person, or named outside a headline
    bool hangul = false;
    uint32_t first_pos = 0;
    std::vector<std::string> words;  // name words for short mentions to match
  };

  static std::vector<std::string> words_of(std::string_view name, bool hangul) {
    std::vector<std::string> out;
    std::string w;
    for (char ch : std::string(name) + " ") {
      const bool sep = ch == ' ' || (!hangul && (ch == '-' || ch == '.'));
      if (!sep) {
        w += ch;
      } else if (!w.empty()) {
        out.push_back(hangul ? w : compact_latin(w));
        w.clear();
      }
    }
    return out;
  }

  std::vector<OfficialMention> resolve(std::string_view date, std::string_view lang) {
    std::vector<Person> people;
    std::unordered_map<std::string, size_t> by_key;
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
      auto it = by_key.find(key);
      if (it != by_key.end()) return it->second;
      Person p;
      p.key = key;
      p.official = official;
      p.name = mention.name;
      p.latin = mention.latin;
      p.hangul = mention.hangul;
      p.first_pos = mention.first;
      p.words = words_of(mention.name, mention.hangul);
      if (!mention.latin.empty()) {
        for (std::string& w : words_of(mention.latin, false)) p.words.push_back(std::move(w));
      }
      if (official >= 0) {
        const RegistryOfficial& o = registry.all()[static_cast<size_t>(official)];
        for (std::string& w : words_of(o.name_en, false)) p.words.push_back(std::move(w));
        for (std::string& w : words_of(o.name_ko, true)) p.words.push_back(std::move(w));
      }
      by_key.emplace(key, people.size());
      people.push_back(std::move(p));
      return people.size() - 1;
    };

    // Full mentions in text order. A Korean "name" that is one word of a person found in
    // full (나브 차관 after 미르와이스 나브) is a short mention, not a new person.
    std::vector<size_t> order(mentions_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return mentions_[a].first < mentions_[b].first; });
    // Hangul names of several words, for the check below.
    std::vector<std::vector<std::string>> hangul_words;
    for (const Mention& other : mentions_) {
      if (other.short_form) continue;
      if (other.hangul && other.name.find(' ') != std::string::npos) {
        hangul_words.push_back(words_of(other.name, true));
      }
      if (other.official >= 0) {
        const auto& o = registry.all()[static_cast<size_t>(other.official)];
        if (o.name_ko.find(' ') != std::string::npos) hangul_words.push_back(words_of(o.name_ko, true));
      }
    }
    auto is_part_of_other = [&](const Mention& m) {
      if (!m.hangul || m.official >= 0 || m.name.find(' ') != std::string::npos) return false;
      for (const auto& words : hangul_words) {
        if (std::find(words.begin(), words.end(), m.name) != words.end()) return true;
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
        if (words_of(m.name, true).size() < words_of(full, true).size()) rank = 1;
      }
      if (rank > person.name_rank) {
        person.name = m.name;
        person.name_rank = rank;
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
          const RegistryOfficial* o =
              person.official >= 0 ? &registry.all()[static_cast<size_t>(person.official)] : nullptr;
          const std::string ko = o != nullptr && !o->name_ko.empty()
                                     ? o->name_ko
                                     : (person.hangul ? person.name : std::string());
          match = !ko.empty() && ko.compare(0, word.size(), word) == 0 &&
                  ko.find(' ') == std::string::npos;
        } else {
          match = std::find(person.words.begin(), person.words.end(), word) != person.words.end();
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
  std::vector<Mention> mentions_;
  std::vector<Eojeol> eojeols_;
  std::vector<int> eojeol_of_;  // token → eojeol
};

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
      if (words == 1) single_word_latin_.insert(compact_latin(s));
      // The registry also indexes two-word names in reversed order ("Kyung-wha Kang").
      std::istringstream in(s);
      std::vector<std::string> spaced;
      std::string w;
      while (in >> w) spaced.push_back(w);
      if (spaced.size() == 2) {
        const TokenStream last(spaced[1]);
        if (last.size() > 0 && last[0].kind == Tok::kWord) latin_first_.insert(compact_token(last[0]));
      }
    }
  }
  for (uint32_t k = 0; k < hangul_phrases_.size(); ++k) {
    phrase_first_[hangul_phrases_[k].words[0]].push_back(k);
  }
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
