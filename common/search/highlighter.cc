// Passage selection and <mark> insertion over analyzer tokens.
#include "common/search/highlighter.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/text/analyzer.h"
#include "common/text/escape.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

struct Match {
  uint32_t begin, end;
  std::string key;  // which query word it matched, to count distinct ones
};

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

std::string key_of(const text::Token& token, const HighlightTerms& terms) {
  const bool korean = token.script == text::Script::kHangul || token.hanja_abbreviation;
  return key_of(token.text, text::stem_of(token), text::folded_of(token), korean, terms);
}

std::string key_of(const text::Compound& compound, const HighlightTerms& terms) {
  const bool latin = compound.script == text::Script::kLatin;
  std::string folded = latin ? text::fold_diacritics(compound.text) : std::string();
  if (folded == compound.text) folded.clear();
  return key_of(compound.text, text::stem_of(compound.text, compound.script), folded, !latin, terms);
}

// Matched words in text order. A compound that matched as a whole ("Kyung-wha" for
// kyungwha, "한·미" for 한미) is one match from its first part to its last.
std::vector<Match> find_matches(std::string_view text, const HighlightTerms& terms,
                                std::vector<text::Token>& tokens) {
  text::split_words(text, tokens);
  std::vector<Match> matches;
  if (terms.empty()) return matches;
  std::vector<text::Compound> compounds = text::find_compounds(tokens);
  auto compound = compounds.begin();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (compound != compounds.end() && i == compound->first) {
      if (std::string key = key_of(*compound, terms); !key.empty()) {
        matches.push_back({tokens[i].begin, tokens[compound->last].end, std::move(key)});
        i = compound++->last;
        continue;
      }
      ++compound;
    }
    if (std::string key = key_of(tokens[i], terms); !key.empty()) {
      matches.push_back({tokens[i].begin, tokens[i].end, std::move(key)});
    }
  }
  return matches;
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

}  // namespace

std::string make_snippet(std::string_view text, const HighlightTerms& terms, size_t max_chars) {
  std::vector<text::Token> tokens;
  std::vector<Match> matches = find_matches(text, terms, tokens);
  size_t start = 0;
  if (!matches.empty()) {
    // The window starting at a match that covers the most distinct query words.
    size_t best_score = 0;
    for (size_t i = 0; i < matches.size(); ++i) {
      size_t limit = advance_chars(text, matches[i].begin, max_chars);
      std::set<std::string_view> keys;
      size_t hits = 0;
      for (size_t j = i; j < matches.size() && matches[j].end <= limit; ++j, ++hits) {
        keys.insert(matches[j].key);
      }
      size_t score = keys.size() * 1000 + hits;
      if (score > best_score) {
        best_score = score;
        start = matches[i].begin;
      }
    }
    // Lead in with a little context, from a word boundary.
    size_t lead = start;
    for (int chars = 0; lead > 0 && chars < 40; ++chars) lead = char_start(text, lead - 1);
    while (lead > 0 && lead < start && !is_space(text[lead - 1])) ++lead;
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
  std::vector<text::Token> tokens;
  std::vector<Match> matches = find_matches(text, terms, tokens);
  return render(text, 0, text.size(), matches);
}

}  // namespace dipsearch
