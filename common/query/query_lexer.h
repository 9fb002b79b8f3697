// Query syntax, first half: cuts query text into tokens for query_parser.cc.
// Internal to the query module; the lexical rules are written down in query_parser.h.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dipsearch::query::detail {

enum class TokenKind {
  kEnd,
  kWord,    // text
  kPrefix,  // text without the trailing '*'
  kPhrase,  // text: the inside of the quotes
  kField,   // field (lower-cased) and raw value, for every field but title
  kTitle,   // "title:"; the next token starts its value
  kLParen,
  kRParen,
  kAnd,
  kOr,
  kNot,    // the word NOT
  kMinus,  // '-' glued to the start of a term
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::size_t offset = 0;  // byte offset of the token's first character
  std::string text;
  std::string field;
  std::string value;
  bool blank = false;  // a phrase with nothing but whitespace inside: ignored
};

// 1-based code point column of a byte offset in valid UTF-8 text.
std::size_t column_at(std::string_view text, std::size_t offset);

// Throws QuerySyntaxError at offset; "{col}" in the message becomes the column.
[[noreturn]] void fail_at(std::string_view text, std::size_t offset, std::string message);

// Checks length and UTF-8 (throwing QuerySyntaxError) and returns the text with C0 controls
// and DEL turned into spaces, byte for byte, so offsets stay those of the original.
std::string prepare_query_text(std::string_view raw);

class Lexer {
 public:
  // text: the result of prepare_query_text; it must outlive the lexer.
  explicit Lexer(std::string_view text) : text_(text) {}

  // The next token; throws QuerySyntaxError on unbalanced quotes, a lone '*', a field
  // without a value, or more than kMaxQueryTerms terms.
  Token next();

  std::string_view text() const { return text_; }

 private:
  enum class Mode {
    kNormal,
    kAfterMinus,  // right after a '-' operator: the word is literal (fields still count)
    kTitleValue,  // right after "title:": the value's first token, no operators or fields
  };

  char32_t code_point(std::size_t pos, std::size_t* length) const;
  bool at_space(std::size_t pos) const;
  bool at_word_char(std::size_t pos) const;
  bool at_quote(std::size_t pos) const;
  bool minus_starts_term(std::size_t pos) const;
  std::size_t word_end(std::size_t pos) const;
  std::size_t closing_quote(std::size_t open) const;  // offset of the closing quote

  bool lex_phrase(Token* token);  // false for an empty phrase
  Token lex_word(Mode mode);
  Token lex_field(std::size_t start, std::size_t colon, std::string name);
  void count_terms(std::size_t count, std::size_t offset);

  std::string_view text_;
  std::size_t pos_ = 0;
  Mode mode_ = Mode::kNormal;
  std::size_t title_offset_ = 0;
  std::size_t terms_ = 0;
};

}  // namespace dipsearch::query::detail
