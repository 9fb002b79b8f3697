// Query syntax, first half: cuts query text into tokens (words, phrases, fields, operators).
// The rules it follows are listed in query_parser.h, next to the grammar.
#include "common/query/query_lexer.h"

#include <array>

#include "common/query/query_parser.h"

namespace dipsearch::query::detail {
namespace {

// Length of the well-formed UTF-8 sequence at pos (its code point in *cp), or 0 when the
// bytes there are not one (bad lead or continuation byte, overlong form, surrogate, too big).
std::size_t decode(std::string_view s, std::size_t pos, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  std::size_t trailing = 0;
  char32_t c = 0;
  char32_t smallest = 0;
  if ((b0 & 0xE0) == 0xC0) {
    trailing = 1, c = b0 & 0x1F, smallest = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    trailing = 2, c = b0 & 0x0F, smallest = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    trailing = 3, c = b0 & 0x07, smallest = 0x10000;
  } else {
    return 0;
  }
  if (s.size() - pos <= trailing) return 0;
  for (std::size_t i = 1; i <= trailing; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < smallest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return trailing + 1;
}

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Unicode whitespace, plus controls (C0, DEL, C1) and the invisible separators people paste
// (zero-width space, BOM), so that none of them ends up inside a word.
bool is_space(char32_t c) {
  if (c <= 0x20 || (c >= 0x7F && c <= 0xA0)) return true;
  if (c >= 0x2000 && c <= 0x200B) return true;
  switch (c) {
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return false;
  }
}

// Straight, curly (“ ” „ ‟) and full-width double quotes; any of them closes a phrase, since
// keyboards and word processors do not pair them reliably.
bool is_quote(char32_t c) { return c == '"' || (c >= 0x201C && c <= 0x201F) || c == 0xFF02; }

bool is_blank(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = 0;
    const std::size_t length = decode(s, pos, &c);
    if (!is_space(c)) return false;
    pos += length;
  }
  return true;
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = 0;
    const std::size_t length = decode(s, pos, &c);
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
    pos += length;
  }
  return words;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr std::array<std::string_view, 4> kRawFields = {"country", "official", "lang", "date"};

bool is_raw_field(std::string_view name) {
  for (std::string_view known : kRawFields) {
    if (name == known) return true;
  }
  return false;
}

}  // namespace

std::size_t column_at(std::string_view text, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (!is_continuation(text[i])) ++column;
  }
  return column;
}

void fail_at(std::string_view text, std::size_t offset, std::string message) {
  const std::size_t column = column_at(text, offset);
  const std::size_t at = message.find("{col}");
  if (at != std::string::npos) message.replace(at, 5, std::to_string(column));
  throw QuerySyntaxError(message, offset, column);
}

std::string prepare_query_text(std::string_view raw) {
  if (raw.size() > kMaxQueryBytes) {
    std::size_t characters = 0;
    for (char byte : raw) {
      if (!is_continuation(byte)) ++characters;
    }
    // Point at the first character that does not fit whole.
    std::size_t offset = kMaxQueryBytes;
    while (offset > 0 && is_continuation(raw[offset])) --offset;
    std::string message = "query is too long: " + std::to_string(characters) + " characters";
    if (characters != raw.size()) message += " (" + std::to_string(raw.size()) + " bytes)";
    message += ", at most " + std::to_string(kMaxQueryBytes) + " bytes";
    fail_at(raw, offset, message);
  }
  for (std::size_t pos = 0; pos < raw.size();) {
    char32_t c = 0;
    const std::size_t length = decode(raw, pos, &c);
    if (length == 0) {
      fail_at(raw, pos, "query is not valid UTF-8 (byte " + std::to_string(pos + 1) + ")");
    }
    pos += length;
  }
  std::string text(raw);
  for (char& byte : text) {
    if (static_cast<unsigned char>(byte) < 0x20 || byte == 0x7F) byte = ' ';
  }
  return text;
}

char32_t Lexer::code_point(std::size_t pos, std::size_t* length) const {
  char32_t c = 0;
  *length = decode(text_, pos, &c);
  return c;
}

bool Lexer::at_space(std::size_t pos) const {
  std::size_t length = 0;
  return is_space(code_point(pos, &length));
}

bool Lexer::at_quote(std::size_t pos) const {
  std::size_t length = 0;
  return is_quote(code_point(pos, &length));
}

bool Lexer::at_word_char(std::size_t pos) const {
  std::size_t length = 0;
  const char32_t c = code_point(pos, &length);
  return !is_space(c) && !is_quote(c) && c != '(' && c != ')';
}

bool Lexer::minus_starts_term(std::size_t pos) const {
  if (pos > 0 && text_[pos - 1] != '(') {
    std::size_t previous = pos - 1;
    while (previous > 0 && is_continuation(text_[previous])) --previous;
    if (!at_space(previous)) return false;
  }
  const std::size_t next = pos + 1;
  return next < text_.size() && !at_space(next) && text_[next] != ')';
}

std::size_t Lexer::word_end(std::size_t pos) const {
  while (pos < text_.size() && at_word_char(pos)) {
    std::size_t length = 0;
    code_point(pos, &length);
    pos += length;
  }
  return pos;
}

std::size_t Lexer::closing_quote(std::size_t open) const {
  std::size_t length = 0;
  code_point(open, &length);
  for (std::size_t pos = open + length; pos < text_.size(); pos += length) {
    if (is_quote(code_point(pos, &length))) return pos;
  }
  return std::string_view::npos;
}

void Lexer::count_terms(std::size_t count, std::size_t offset) {
  terms_ += count;
  if (terms_ > kMaxQueryTerms) {
    fail_at(text_, offset,
            "too many terms: a query holds at most " + std::to_string(kMaxQueryTerms) +
                " words, phrase words, prefixes and fields (the limit is passed at column {col})");
  }
}

bool Lexer::lex_phrase(Token* token) {
  const std::size_t open = pos_;
  const std::size_t close = closing_quote(open);
  if (close == std::string_view::npos) {
    fail_at(text_, open, "unbalanced quote: the phrase opened at column {col} is not closed");
  }
  std::size_t open_length = 0;
  std::size_t close_length = 0;
  code_point(open, &open_length);
  code_point(close, &close_length);
  token->kind = TokenKind::kPhrase;
  token->offset = open;
  token->text = std::string(text_.substr(open + open_length, close - open - open_length));
  pos_ = close + close_length;
  const std::size_t words = count_words(token->text);
  count_terms(words, open);
  token->blank = words == 0;
  return !token->blank;
}

Token Lexer::lex_field(std::size_t start, std::size_t colon, std::string name) {
  const std::size_t value = start + colon + 1;
  const std::string label = "field '" + name + ":' at column {col}";
  if (value >= text_.size() || at_space(value) || text_[value] == ')') {
    fail_at(text_, start, label + " needs a value");
  }
  if (text_[value] == '(') fail_at(text_, start, label + " takes a single value, not a group");

  Token token;
  token.kind = TokenKind::kField;
  token.offset = start;
  token.field = std::move(name);
  if (at_quote(value)) {
    const std::size_t close = closing_quote(value);
    if (close == std::string_view::npos) {
      fail_at(text_, value, "unbalanced quote: the value opened at column {col} is not closed");
    }
    std::size_t open_length = 0;
    std::size_t close_length = 0;
    code_point(value, &open_length);
    code_point(close, &close_length);
    token.value = std::string(text_.substr(value + open_length, close - value - open_length));
    if (is_blank(token.value)) fail_at(text_, start, label + " needs a value");
    pos_ = close + close_length;
  } else {
    const std::size_t end = word_end(value);
    token.value = std::string(text_.substr(value, end - value));
    pos_ = end;
  }
  count_terms(1, start);
  return token;
}

Token Lexer::lex_word(Mode mode) {
  const std::size_t start = pos_;
  const std::size_t end = word_end(start);
  const std::string_view run = text_.substr(start, end - start);

  if (mode != Mode::kTitleValue) {
    const std::size_t colon = run.find(':');
    if (colon != std::string_view::npos && colon > 0) {
      std::string name = ascii_lower(run.substr(0, colon));
      if (name == "title") {
        const std::size_t value = start + colon + 1;
        if (value >= text_.size() || at_space(value) || text_[value] == ')') {
          fail_at(text_, start, "field 'title:' at column {col} needs a value");
        }
        pos_ = value;
        mode_ = Mode::kTitleValue;
        title_offset_ = start;
        Token token;
        token.kind = TokenKind::kTitle;
        token.offset = start;
        token.field = std::move(name);
        return token;
      }
      if (is_raw_field(name)) return lex_field(start, colon, std::move(name));
    }
  }

  pos_ = end;
  Token token;
  token.offset = start;
  if (mode == Mode::kNormal) {
    if (run == "OR") token.kind = TokenKind::kOr;
    if (run == "AND") token.kind = TokenKind::kAnd;
    if (run == "NOT") token.kind = TokenKind::kNot;
    if (token.kind != TokenKind::kEnd) return token;
  }
  if (run.back() == '*') {
    const std::size_t last = run.find_last_not_of('*');
    if (last == std::string_view::npos) {
      fail_at(text_, start, "a lone '*' at column {col} is not a prefix");
    }
    token.kind = TokenKind::kPrefix;
    token.text = std::string(run.substr(0, last + 1));
  } else {
    token.kind = TokenKind::kWord;
    token.text = std::string(run);
  }
  count_terms(1, start);
  return token;
}

Token Lexer::next() {
  const Mode mode = mode_;
  mode_ = Mode::kNormal;
  // After '-' or "title:" the value follows at once; elsewhere whitespace separates tokens.
  if (mode == Mode::kNormal) {
    while (pos_ < text_.size() && at_space(pos_)) {
      std::size_t length = 0;
      code_point(pos_, &length);
      pos_ += length;
    }
  }

  Token token;
  token.offset = pos_;
  if (pos_ >= text_.size()) return token;  // kEnd
  const char c = text_[pos_];
  if (c == '(' || c == ')') {
    token.kind = c == '(' ? TokenKind::kLParen : TokenKind::kRParen;
    ++pos_;
    return token;
  }
  if (at_quote(pos_)) {
    const bool has_words = lex_phrase(&token);
    if (mode == Mode::kTitleValue && !has_words) {
      fail_at(text_, title_offset_, "field 'title:' at column {col} needs a value");
    }
    return token;
  }
  if (mode == Mode::kNormal && c == '-' && minus_starts_term(pos_)) {
    token.kind = TokenKind::kMinus;
    ++pos_;
    mode_ = Mode::kAfterMinus;
    return token;
  }
  return lex_word(mode);
}

}  // namespace dipsearch::query::detail
