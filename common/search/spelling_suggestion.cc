// Candidates are the index's raw words that begin with the same letter as the typed word
// (unprefixed terms; prefixed ones begin with a capital and never match a folded letter).
#include "common/search/spelling_suggestion.h"

#include <algorithm>
#include <vector>

#include "common/schema.h"
#include "common/text/analyzer.h"
#include "common/text/edit_distance.h"

namespace dipsearch {
namespace {

std::vector<unsigned> code_points(std::string_view s) {
  std::vector<unsigned> out;
  for (Xapian::Utf8Iterator it(s.data(), s.size()); it != Xapian::Utf8Iterator(); ++it) out.push_back(*it);
  return out;
}

// Bytes of the first UTF-8 sequence (the text is valid UTF-8: the analyzer's output).
size_t first_code_point_bytes(std::string_view s) {
  const unsigned char lead = static_cast<unsigned char>(s.empty() ? 0 : s[0]);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return std::min(length, s.size());
}

// Whether the index holds the word in any form a search would find.
bool known(const Xapian::Database& db, const text::Token& token) {
  if (db.term_exists(token.text)) return true;
  const std::string stem = text::stem_of(token);
  return !stem.empty() && db.term_exists(std::string(schema::kBodyField.stems) + stem);
}

// The indexed word closest to `word` (fewest edits, then most releases), if any is close:
// one edit for words of up to four letters, two for longer ones; none below three letters.
std::optional<std::string> closest_word(const Xapian::Database& db, const std::string& word) {
  const std::vector<unsigned> typed = code_points(word);
  if (typed.size() < 3) return std::nullopt;
  const size_t limit = typed.size() <= 4 ? 1 : 2;
  const std::string prefix = word.substr(0, first_code_point_bytes(word));
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  size_t read = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && read < kMaxSpellingCandidates; ++it, ++read) {
    const std::string term = *it;
    const size_t d = text::bounded_edit_distance(typed, code_points(term), std::min(limit, best_distance));
    if (d == 0 || d > limit) continue;
    const Xapian::doccount frequency = it.get_termfreq();
    if (d < best_distance || (d == best_distance && frequency > best_frequency)) {
      best = term;
      best_distance = d;
      best_frequency = frequency;
    }
  }
  return best;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The plain word inside one space-separated piece of the query: without the quotes, the
// parentheses and the leading minus around it; empty when the piece is syntax (a field
// term, a prefix*, an operator) or not one word.
std::string_view plain_word(std::string_view piece, size_t* offset) {
  size_t begin = 0;
  size_t end = piece.size();
  while (begin < end && (piece[begin] == '"' || piece[begin] == '(' || piece[begin] == '-')) ++begin;
  while (end > begin && (piece[end - 1] == '"' || piece[end - 1] == ')')) --end;
  std::string_view core = piece.substr(begin, end - begin);
  if (core.empty() || core.find_first_of(":*\"()") != std::string_view::npos) return {};
  if (core == "OR" || core == "AND" || core == "NOT") return {};
  *offset = begin;
  return core;
}

}  // namespace

std::optional<std::string> suggest_spelling(const Xapian::Database& db, std::string_view query) {
  std::string out;
  bool changed = false;
  size_t corrected = 0;
  for (size_t at = 0; at < query.size();) {
    if (is_space(query[at])) {
      out += query[at++];
      continue;
    }
    size_t end = at;
    while (end < query.size() && !is_space(query[end])) ++end;
    const std::string_view piece = query.substr(at, end - at);
    at = end;
    size_t offset = 0;
    const std::string_view core = plain_word(piece, &offset);
    const std::vector<text::Token> tokens = core.empty() ? std::vector<text::Token>{} : text::split_words(core);
    std::optional<std::string> better;
    if (tokens.size() == 1 && tokens[0].script != text::Script::kNumber && !text::is_stop_word(tokens[0].text) &&
        corrected < kMaxSpellingWords && !known(db, tokens[0])) {
      ++corrected;
      better = closest_word(db, tokens[0].text);
    }
    if (!better) {
      out += piece;
      continue;
    }
    out += piece.substr(0, offset);
    out += *better;
    out += piece.substr(offset + core.size());
    changed = true;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace dipsearch
