// Passage selection and <mark> insertion over analyzer tokens.
#include "common/search/highlighter.h"

#include <algorithm>
#include <cctype>
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

// Matched words of text[from, to) in text order, appended; offsets are into `text`. A
// compound that matched as a whole ("Kyung-wha" for kyungwha, "한·미" for 한미) is one match
// from its first part to its last. Words that may belong to a phrase are candidates, for
// resolve_phrases.
void find_matches(std::string_view text, size_t from, size_t to, const HighlightTerms& terms,
                  const std::set<std::string>& leads, std::vector<Match>& matches) {
  std::vector<text::Token> tokens;
  text::split_words(text.substr(from, to - from), tokens);
  const auto offset = static_cast<uint32_t>(from);
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

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

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

bool ascii_iequal(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Where reading should start: a little before the first place that may hold a query word,
// found by plain search for the start of each query form (three letters of a Latin word,
// two syllables of a Korean one). The analyzer decides what matches; this only skips text
// that cannot. 0 when nothing is found (a spelling this search misses, such as an accented
// one, is then still found by reading everything).
size_t first_candidate(std::string_view text, const HighlightTerms& terms) {
  size_t first = text.size();
  for (const auto& base : terms.bases) {
    const unsigned char c = static_cast<unsigned char>(base[0]);
    const size_t probe_bytes = c < 0x80 ? 3 : 6;
    // (A phrase's key holds spaces, which the text may write otherwise.)
    if (base.size() < probe_bytes || base.find(' ') < probe_bytes) return 0;
    const std::string_view probe(base.data(), probe_bytes);
    auto it = c < 0x80 ? std::search(text.begin(), text.end(), probe.begin(), probe.end(), ascii_iequal)
                       : std::search(text.begin(), text.end(), probe.begin(), probe.end());
    first = std::min(first, static_cast<size_t>(it - text.begin()));
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

// The window of max_chars starting at a match that covers the most distinct query words.
Window best_window(std::string_view text, const std::vector<Match>& matches, size_t max_chars) {
  Window best;
  for (size_t i = 0; i < matches.size(); ++i) {
    size_t limit = advance_chars(text, matches[i].begin, max_chars);
    std::set<std::string_view> keys;
    size_t hits = 0;
    for (size_t j = i; j < matches.size() && matches[j].end <= limit; ++j, ++hits) keys.insert(matches[j].key);
    if (size_t score = keys.size() * 1000 + hits; score > best.score) best = {matches[i].begin, score, keys.size()};
  }
  return best;
}

// Reads text from `begin` a chunk at a time, collecting matches, until the best passage
// holds every query word (or nothing better came for a while) and is read to its end.
Window scan(std::string_view text, size_t begin, const HighlightTerms& terms, const std::set<std::string>& leads,
            size_t max_chars, std::vector<Match>& matches) {
  Window window;
  std::vector<Match> candidates;
  for (size_t from = begin; from < text.size();) {
    const size_t to = chunk_end(text, from);
    find_matches(text, from, to, terms, leads, candidates);
    matches = resolve_phrases(text, terms, candidates);
    from = to;
    window = best_window(text, matches, max_chars);
    if (window.words == 0 || advance_chars(text, window.start, max_chars) > from) continue;
    if (window.words >= terms.bases.size() || from - window.start >= kLookaheadBytes) break;
  }
  return window;
}

}  // namespace

std::string make_snippet(std::string_view text, const HighlightTerms& terms, size_t max_chars) {
  // Reading stops once a good passage is found: analyzing whole releases was most of a
  // search's time.
  std::vector<Match> matches;
  Window window;
  if (!terms.empty()) {
    const std::set<std::string> leads = leads_of(terms);
    const size_t begin = first_candidate(text, terms);
    window = scan(text, begin, terms, leads, max_chars, matches);
    // The plain search pointed at a false start: read from the beginning.
    if (matches.empty() && begin > 0) window = scan(text, 0, terms, leads, max_chars, matches);
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

std::string highlight_all(std::string_view text, const HighlightTerms& terms) {
  std::vector<Match> candidates;
  if (!terms.empty()) find_matches(text, 0, text.size(), terms, leads_of(terms), candidates);
  return render(text, 0, text.size(), resolve_phrases(text, terms, candidates));
}

}  // namespace dipsearch
