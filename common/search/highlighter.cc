// Passage selection and <mark> insertion over analyzer tokens.
#include "common/search/highlighter.h"

#include <algorithm>
#include <bitset>
#include <set>
#include <vector>

#include "common/search/phrase_matches.h"
#include "common/text/analyzer.h"
#include "common/text/escape.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

// The query form a document word matched: its own form, stem or plain spelling; for Korean
// a stem inside it (외교부 in 외교부장관은); or a prefix it starts with. Empty when none.
std::string key_of(std::string_view word, const std::string& stem, const std::string& folded,
                   bool hangul, const HighlightTerms& terms) {
  for (const std::string* form : {&stem, &folded}) {
    if (!form->empty() && terms.words.count(*form)) return *form;
  }
  if (terms.words.count(std::string(word))) return std::string(word);
  if (hangul) {
    for (const auto& h : terms.hangul) {
      if (word.find(h) != std::string_view::npos || (!stem.empty() && stem.find(h) != std::string::npos)) return h;
    }
  }
  std::string_view plain = folded.empty() ? word : std::string_view(folded);
  for (const auto& p : terms.prefixes) {
    if (plain.compare(0, p.size(), p) == 0) return p;
  }
  return {};
}

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// A word's lead: its first two letters when both are ASCII, else its first UTF-8 character.
std::string_view lead_of(std::string_view word) {
  if (word.size() >= 2 && is_ascii(word[0]) && is_ascii(word[1])) return word.substr(0, 2);
  size_t n = 1;
  while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
  return word.substr(0, std::min(n, word.size()));
}

// The leads of every query form. Stemming keeps a word's lead (Snowball keeps two ASCII
// letters but for dying/lying/tying → die/lie/tie; particle stripping keeps the first
// syllable), so a token whose lead is not here can match only inside a word: stemming
// every token of every hit was most of a search's time.
std::set<std::string> leads_of(const HighlightTerms& terms) {
  std::set<std::string> leads;
  auto add = [&leads](std::string_view form) {
    const std::string lead(lead_of(form));
    leads.insert(lead);
    if (lead == "di" || lead == "li" || lead == "ti") leads.insert(lead.substr(0, 1) + "y");
  };
  for (const auto& w : terms.words) add(w);
  for (const auto& p : terms.prefixes) add(p);
  for (const auto& phrase : terms.phrases) {
    for (const auto& slot : phrase.slots) {
      for (const auto& form : slot) add(form);
    }
  }
  return leads;
}

// A document word as a Match: the query word it matched (see key_of) and the phrase
// positions it may fill (compared as written, without diacritics, or for Korean by its
// stem, as the index compares a phrase's words). False when it is neither.
bool match_word(std::string_view word, const std::string& stem, const std::string& folded, bool korean,
                const HighlightTerms& terms, Match& m) {
  m.key = key_of(word, stem, folded, korean, terms);
  m.slots.clear();
  if (!terms.phrases.empty()) phrase_slots_of(terms, {word, folded, korean ? stem : std::string()}, m.slots);
  return !m.key.empty() || !m.slots.empty();
}

bool match_token(const text::Token& token, const HighlightTerms& terms, const std::set<std::string>& leads,
                 Match& m) {
  const bool korean = token.script == text::Script::kHangul || token.hanja_abbreviation;
  const std::string_view word = token.text;
  const bool plain_latin =
      token.script == text::Script::kLatin && is_ascii(word[0]) && (word.size() < 2 || is_ascii(word[1]));
  const bool lead_kept = plain_latin || token.script == text::Script::kHangul || token.script == text::Script::kNumber;
  if (lead_kept && !leads.count(std::string(lead_of(word)))) {
    if (token.script != text::Script::kHangul) return false;
    for (const auto& h : terms.hangul) {
      if (token.text.find(h) != std::string::npos) {
        m.key = h;
        m.slots.clear();
        return true;
      }
    }
    return false;
  }
  return match_word(token.text, text::stem_of(token), text::folded_of(token), korean, terms, m);
}

bool match_compound(const text::Compound& compound, const HighlightTerms& terms, Match& m) {
  const bool latin = compound.script == text::Script::kLatin;
  std::string folded = latin ? text::fold_diacritics(compound.text) : std::string();
  if (folded == compound.text) folded.clear();
  return match_word(compound.text, text::stem_of(compound.text, compound.script), folded, !latin, terms, m);
}

// The matches among the tokens of a run of text that starts at `offset`, appended. Words
// that may belong to a phrase are candidates, for resolve_phrases.
void match_tokens(const std::vector<text::Token>& tokens, uint32_t offset, const HighlightTerms& terms,
                  const std::set<std::string>& leads, std::vector<Match>& matches) {
  std::vector<text::Compound> compounds = text::find_compounds(tokens);
  auto compound = compounds.begin();
  Match m;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (compound != compounds.end() && i == compound->first) {
      if (match_compound(*compound, terms, m)) {
        m.begin = offset + tokens[i].begin;
        m.end = offset + tokens[compound->last].end;
        matches.push_back(m);
        i = compound++->last;
        continue;
      }
      ++compound;
    }
    if (match_token(tokens[i], terms, leads, m)) {
      m.begin = offset + tokens[i].begin;
      m.end = offset + tokens[i].end;
      matches.push_back(m);
    }
  }
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// Whether a run of text between spaces may hold a matching word, decided from its bytes
// without ICU (whose word breaks cost about 300 instructions a byte, most of a snippet's
// cost when every word was analyzed). It answers yes for every run key_of could match:
// a word starting with a lead of the query forms (ASCII letters compared in lower case,
// which is what case folding does to them), a Hangul word starting with a lead or holding
// a Hangul form, and anything else it does not read as plain ASCII or Hangul (accents,
// joiners such as the middle dot, full-width letters), which the analyzer then decides.
class RunFilter {
 public:
  RunFilter(const HighlightTerms& terms, const std::set<std::string>& leads) : hangul_(terms.hangul) {
    for (const auto& lead : leads) {
      const auto* b = reinterpret_cast<const unsigned char*>(lead.data());
      if (lead.size() == 1 && b[0] < 0x80) {
        singles_.set(b[0]);
      } else if (lead.size() == 2 && b[0] < 0x80 && b[1] < 0x80) {
        pairs_.set(b[0] << 7 | b[1]);
      } else if (lead.size() == 3 && is_syllable(b)) {
        syllables_.insert(lead);
      }
    }
  }

  bool may_match(std::string_view run) const {
    const auto* b = reinterpret_cast<const unsigned char*>(run.data());
    const size_t n = run.size();
    bool after_word_byte = false, after_syllable = false;
    for (size_t i = 0; i < n;) {
      if (b[i] < 0x80) {
        const bool word_byte = is_alnum(b[i]);
        if (word_byte && !after_word_byte && ascii_lead(b, i, n)) return true;
        after_word_byte = word_byte;
        after_syllable = false;
        ++i;
      } else if (i + 3 <= n && is_syllable(b + i)) {
        if (!after_syllable && syllables_.count(std::string(run.substr(i, 3)))) return true;
        after_word_byte = false;
        after_syllable = true;
        i += 3;
      } else {
        return true;
      }
    }
    for (const auto& h : hangul_) {
      if (run.find(h) != std::string_view::npos) return true;
    }
    return false;
  }

 private:
  static bool is_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  // U+AC00 to U+D7A3, the precomposed Hangul syllables, in UTF-8.
  static bool is_syllable(const unsigned char* b) {
    const unsigned code = (b[0] & 0x0Fu) << 12 | (b[1] & 0x3Fu) << 6 | (b[2] & 0x3Fu);
    return (b[0] & 0xF0) == 0xE0 && (b[1] & 0xC0) == 0x80 && (b[2] & 0xC0) == 0x80 && code >= 0xAC00 &&
           code <= 0xD7A3;
  }
  // The word starting at b[i] has a query lead: its first letter, or its first two (also
  // across a hyphen or a dot, where a compound's joined form continues: "e-mail", "u.s").
  bool ascii_lead(const unsigned char* b, size_t i, size_t n) const {
    const unsigned char first = ascii_lower(b[i]);
    if (singles_.test(first)) return true;
    if (i + 1 >= n || b[i + 1] >= 0x80) return false;
    if (pairs_.test(first << 7 | ascii_lower(b[i + 1]))) return true;
    const bool joiner = b[i + 1] == '-' || b[i + 1] == '.';
    return joiner && i + 2 < n && b[i + 2] < 0x80 && pairs_.test(first << 7 | ascii_lower(b[i + 2]));
  }

  std::bitset<128> singles_;
  std::bitset<128 * 128> pairs_;
  std::set<std::string> syllables_;
  const std::set<std::string>& hangul_;
};

}  // namespace

// What a query's snippets are matched against, prepared once for all of its hits.
struct Highlighter::QueryForms {
  explicit QueryForms(const HighlightTerms& t) : terms(t), leads(leads_of(t)), filter(t, leads) {}
  const HighlightTerms& terms;
  const std::set<std::string> leads;
  const RunFilter filter;
};

namespace {

using QueryForms = Highlighter::QueryForms;

// Matched words of text[from, to) in text order, appended; offsets are into `text`. A
// compound that matched as a whole ("Kyung-wha" for kyungwha, "한·미" for 한미) is one match
// from its first part to its last. Only the runs between spaces that may match are
// analyzed: words and compounds never span a space.
void find_matches(std::string_view text, size_t from, size_t to, const QueryForms& forms,
                  std::vector<Match>& matches) {
  std::vector<text::Token> tokens;
  for (size_t at = from; at < to;) {
    while (at < to && is_space(text[at])) ++at;
    size_t end = at;
    while (end < to && !is_space(text[end])) ++end;
    if (end > at && forms.filter.may_match(text.substr(at, end - at))) {
      tokens.clear();
      text::split_words(text.substr(at, end - at), tokens);
      match_tokens(tokens, static_cast<uint32_t>(at), forms.terms, forms.leads, matches);
    }
    at = end;
  }
}

// Escapes text[begin, end) with the matches inside it marked.
std::string render(std::string_view text, size_t begin, size_t end, const std::vector<Match>& matches) {
  std::string out;
  size_t at = begin;
  for (const auto& m : matches) {
    if (m.begin < at || m.end > end) continue;
    text::append_html_escaped(out, text.substr(at, m.begin - at));
    out += "<mark>";
    text::append_html_escaped(out, text.substr(m.begin, m.end - m.begin));
    out += "</mark>";
    at = m.end;
  }
  text::append_html_escaped(out, text.substr(at, end - at));
  return out;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Moves a byte offset back to the start of its UTF-8 character.
size_t char_start(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && is_continuation(static_cast<unsigned char>(text[at]))) --at;
  return std::min(at, text.size());
}

// Byte length of the first max_chars characters from `from`.
size_t advance_chars(std::string_view text, size_t from, size_t max_chars) {
  size_t at = from, chars = 0;
  while (at < text.size() && chars < max_chars) {
    ++at;
    while (at < text.size() && is_continuation(static_cast<unsigned char>(text[at]))) ++at;
    ++chars;
  }
  return at;
}

// Text is analyzed a chunk at a time (ICU's word breaks cost about 300 instructions a byte).
constexpr size_t kChunkBytes = 640;
// A passage that lacks some query words is still taken once this much text after its start
// has been read without finding a better one.
constexpr size_t kLookaheadBytes = kChunkBytes;

// Where a chunk of text that starts at `from` should end: about kChunkBytes on, at a space,
// so that no word or compound is cut.
size_t chunk_end(std::string_view text, size_t from) {
  if (text.size() - from <= kChunkBytes) return text.size();
  size_t at = from + kChunkBytes;
  while (at < text.size() && !is_space(text[at])) ++at;
  return at;
}

// text[at…] starts with probe, ASCII letters compared in lower case (probes are folded).
bool starts_with_folded(std::string_view text, size_t at, std::string_view probe) {
  if (text.size() - at < probe.size()) return false;
  for (size_t k = 0; k < probe.size(); ++k) {
    if (ascii_lower(static_cast<unsigned char>(text[at + k])) != static_cast<unsigned char>(probe[k])) return false;
  }
  return true;
}

// Where reading should start: a little before the first place that may hold a query word,
// found by plain search for the start of each query form (three letters of a Latin word,
// two syllables of a Korean one). The analyzer decides what matches; this only skips text
// that cannot. 0 when nothing is found (a spelling this search misses, such as an accented
// one, is then still found by reading everything).
size_t first_candidate(std::string_view text, const HighlightTerms& terms) {
  std::vector<std::string_view> probes;
  std::bitset<256> first_bytes;
  for (const auto& base : terms.bases) {
    const unsigned char c = static_cast<unsigned char>(base[0]);
    const size_t probe_bytes = c < 0x80 ? 3 : 6;
    // (A phrase's key holds spaces, which the text may write otherwise.)
    if (base.size() < probe_bytes || base.find(' ') < probe_bytes) return 0;
    probes.emplace_back(base.data(), probe_bytes);
    first_bytes.set(c);
  }
  size_t first = text.size();
  for (size_t i = 0; i < text.size() && first == text.size(); ++i) {
    if (!first_bytes.test(ascii_lower(static_cast<unsigned char>(text[i])))) continue;
    for (std::string_view probe : probes) {
      if (starts_with_folded(text, i, probe)) first = i;
    }
  }
  if (first >= text.size()) return 0;
  size_t at = first > kChunkBytes / 2 ? first - kChunkBytes / 2 : 0;
  while (at > 0 && !is_space(text[at - 1])) --at;
  return at;
}

struct Window {
  size_t start = 0;
  size_t score = 0;  // distinct query words × 1000 + matches
  size_t words = 0;
};

// Where the passage of max_chars characters starting at each match ends, for the matches
// from ends.size() on (appended to ends). Each end is found from the one before.
void window_ends(std::string_view text, const std::vector<Match>& matches, size_t max_chars,
                 std::vector<size_t>& ends) {
  for (size_t i = ends.size(); i < matches.size(); ++i) {
    if (i > 0 && ends[i - 1] == text.size()) {
      ends.push_back(text.size());
      continue;
    }
    size_t limit = matches[i].begin, chars = 0;
    if (i > 0 && ends[i - 1] > matches[i].begin) {
      // The last passage holds max_chars characters: this one, those after this match.
      limit = ends[i - 1];
      chars = max_chars;
      for (size_t at = matches[i - 1].begin; at < matches[i].begin; ++at) {
        if (!is_continuation(static_cast<unsigned char>(text[at]))) --chars;
      }
    }
    for (; limit < text.size() && chars < max_chars; ++chars) {
      ++limit;
      while (limit < text.size() && is_continuation(static_cast<unsigned char>(text[limit]))) ++limit;
    }
    ends.push_back(limit);
  }
}

// The window of max_chars starting at a match that covers the most distinct query words.
Window best_window(const std::vector<Match>& matches, const std::vector<size_t>& ends) {
  Window best;
  for (size_t i = 0; i < matches.size(); ++i) {
    std::set<std::string_view> keys;
    size_t hits = 0;
    for (size_t j = i; j < matches.size() && matches[j].end <= ends[i]; ++j, ++hits) keys.insert(matches[j].key);
    if (size_t score = keys.size() * 1000 + hits; score > best.score) best = {matches[i].begin, score, keys.size()};
  }
  return best;
}

// Reads text from `begin` a chunk at a time, collecting matches, until the best passage
// holds every query word (or nothing better came for a while) and is read to its end.
Window scan(std::string_view text, size_t begin, const QueryForms& forms, size_t max_chars,
            std::vector<Match>& matches) {
  Window window;
  std::vector<Match> candidates;
  std::vector<size_t> ends;
  for (size_t from = begin; from < text.size();) {
    const size_t to = chunk_end(text, from);
    find_matches(text, from, to, forms, candidates);
    std::vector<Match> resolved = resolve_phrases(text, forms.terms, candidates);
    // A phrase completed by this chunk changes the matches from where it starts: the
    // passage ends of the matches before it still hold (an end depends on its start alone).
    size_t kept = 0;
    while (kept < ends.size() && kept < resolved.size() && resolved[kept].begin == matches[kept].begin) ++kept;
    ends.resize(kept);
    matches = std::move(resolved);
    from = to;
    window_ends(text, matches, max_chars, ends);
    window = best_window(matches, ends);
    if (window.words == 0 || advance_chars(text, window.start, max_chars) > from) continue;
    if (window.words >= forms.terms.bases.size() || from - window.start >= kLookaheadBytes) break;
  }
  return window;
}

}  // namespace

Highlighter::Highlighter(const HighlightTerms& terms) : forms_(std::make_unique<const QueryForms>(terms)) {}

Highlighter::~Highlighter() = default;

std::string Highlighter::snippet(std::string_view text, size_t max_chars) const {
  // Reading stops once a good passage is found: analyzing whole releases was most of a
  // search's time.
  std::vector<Match> matches;
  Window window;
  if (!forms_->terms.empty()) {
    const size_t begin = first_candidate(text, forms_->terms);
    window = scan(text, begin, *forms_, max_chars, matches);
    // The plain search pointed at a false start: read from the beginning.
    if (matches.empty() && begin > 0) window = scan(text, 0, *forms_, max_chars, matches);
  }
  size_t start = 0;
  if (!matches.empty()) {
    // Lead in with a little context, from a word boundary.
    size_t lead = window.start;
    for (int chars = 0; lead > 0 && chars < 40; ++chars) lead = char_start(text, lead - 1);
    while (lead > 0 && lead < window.start && !is_space(text[lead - 1])) ++lead;
    start = char_start(text, lead);
  }
  size_t end = advance_chars(text, start, max_chars);
  if (end < text.size()) {
    size_t cut = end;
    while (cut > start && !is_space(text[cut - 1])) --cut;
    if (cut > start + max_chars / 2) end = cut;
  }
  std::string out;
  if (start > 0) out += "… ";
  std::string body = render(text, start, end, matches);
  for (char& c : body) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  out += body;
  if (end < text.size()) out += " …";
  return out;
}

std::string Highlighter::all(std::string_view text) const {
  std::vector<Match> candidates;
  if (!forms_->terms.empty()) find_matches(text, 0, text.size(), *forms_, candidates);
  return render(text, 0, text.size(), resolve_phrases(text, forms_->terms, candidates));
}

std::string make_snippet(std::string_view text, const HighlightTerms& terms, size_t max_chars) {
  return Highlighter(terms).snippet(text, max_chars);
}

std::string highlight_all(std::string_view text, const HighlightTerms& terms) {
  return Highlighter(terms).all(text);
}

}  // namespace dipsearch
