// Passage selection and <mark> insertion over analyzer tokens.
#include "common/search/highlighter.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/text/analyzer.h"
#include "common/text/escape.h"

namespace dipsearch {
namespace {

struct Match {
  uint32_t begin, end;
  std::string key;  // which query word it matched, to count distinct ones
};

std::vector<Match> find_matches(std::string_view text, const HighlightTerms& terms,
                                std::vector<text::Token>& tokens) {
  text::split_words(text, tokens);
  std::vector<Match> matches;
  if (terms.empty()) return matches;
  for (const auto& token : tokens) {
    std::string key;
    if (terms.words.count(token.text)) {
      key = token.text;
    } else if (std::string stem = text::stem_of(token); !stem.empty() && terms.words.count(stem)) {
      key = stem;
    } else if (token.script == text::Script::kHangul) {
      for (const auto& h : terms.hangul) {
        if (token.text.find(h) != std::string::npos) {
          key = h;
          break;
        }
      }
    }
    if (key.empty()) {
      for (const auto& p : terms.prefixes) {
        if (token.text.compare(0, p.size(), p) == 0) {
          key = p;
          break;
        }
      }
    }
    if (!key.empty()) matches.push_back({token.begin, token.end, std::move(key)});
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
