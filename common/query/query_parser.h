// Query syntax: turns the text of SPEC's query language into the tree of query_ast.h.
// It decides only what the user typed; what a word means is query_builder's business.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "common/query/query_ast.h"

namespace dipsearch::query {

// Grammar (hand-written recursive descent over the tokens of query_lexer.h):
//
//   query    := or_expr
//   or_expr  := and_expr ("OR" and_expr)*
//   and_expr := unary (["AND"] unary)*          -- adjacent items are an implicit AND
//   unary    := ("NOT" | "-") unary | primary
//   primary  := "(" or_expr ")" | phrase | field | prefix | word
//   field    := "title:" ( "(" or_expr ")" | phrase | prefix | word )   -- no space after ':'
//             | ("country:" | "official:" | "lang:" | "date:") ( quoted | raw )
//   phrase   := '"' any-but-quote* '"'       -- quotes: " “ ” „ ‟ ＂, any of them closes
//   prefix   := word-chars '*'               -- at least one character before the '*'
//
// Lexical rules, and why:
// - Whitespace is any Unicode space (incl. U+3000, U+00A0), the zero-width space and BOM;
//   control characters (U+0000–U+001F, U+007F, U+0080–U+009F) count as spaces, so a pasted
//   tab or newline separates words instead of failing.
// - A word is a maximal run of characters that are not whitespace, '(' , ')' or a quote.
//   It keeps '-', '.', '·', '\'', ':' and letters of any script, so "COVID-19", "Kyung-wha",
//   "2024-25", "한·미" and "10:30" stay one word each. Punctuation-only words ("," or "!!")
//   are kept as kWord: the meaning stage drops whatever has no letter or digit.
// - OR, AND and NOT are operators only in upper case and as whole words; "or", "not",
//   "Not" are plain words.
// - '-' means NOT only at the start of a word (after the start, whitespace or '(') and when
//   a term follows at once: "-x", "-(a b)", "-\"a b\"". A lone "-" (as in "Seoul - Tokyo")
//   is a plain word. The word right after '-' is never an operator ("-OR" is NOT(WORD OR)).
// - Field names are case-insensitive ("Title:" = "title:") and stored lower-cased. A name
//   we do not know leaves the whole run a word ("xyz:abc", "UN:", "10:30").
// - A field's value starts right after the ':'; "country: AF" is an error ("needs a value").
// - title:'s value is parsed (word, prefix, phrase or group) and becomes children[0]; a
//   group may hold OR/NOT/phrases/prefixes but no other field (an error says so). The other
//   fields take a raw value up to whitespace, a parenthesis or a quote
//   ("date:2021-01..2021-06", "official:lee-kyung-chul"), or a quoted value
//   ("country:\"South Korea\"" → South Korea); a group there ("country:(AF KR)") is an error.
// - "prefix**" is the prefix "prefix" (all trailing stars go); "*" or "**" alone is an error.
//
// Tree shape:
// - An AND/OR with one child collapses to the child; parentheses make no node of their own,
//   and nested groups are kept as typed (not flattened).
// - An empty phrase ("" or "  ") and an empty group ("()") are ignored where they stand;
//   an operator left without an operand by that is an error ("NOT ()", "\"\" OR x"), and so
//   is an empty title: value ("title:\"\"", "title:()").
// - A query with nothing in it (empty, whitespace only, or only ignored items) parses to
//   nullptr, which means every document.
// - "NOT x" or "-x" alone is valid (every document except x); "a NOT b" is AND(a, NOT(b)).
//
// Every node's offset is the byte offset of its first character in the text passed in
// (leading whitespace is not cut off); an AND/OR node takes its first child's offset.

inline constexpr std::size_t kMaxQueryBytes = 1024;  // longer text is rejected before parsing
inline constexpr std::size_t kMaxQueryDepth = 32;    // parentheses (title groups included)
// words + phrase words + prefixes + fields; punctuation-only words count, operators do not,
// a phrase counts its whitespace-separated words and title: counts what its value holds.
inline constexpr std::size_t kMaxQueryTerms = 64;

// A query the grammar cannot read. The message names the position in plain words
// ("'OR' at column 1 needs a term before it"); the server returns it as a 400.
struct QuerySyntaxError : std::runtime_error {
  QuerySyntaxError(const std::string& message, std::size_t byte_offset, std::size_t char_column)
      : std::runtime_error(message), offset(byte_offset), column(char_column) {}

  std::size_t offset;  // byte offset into the query (0-based)
  std::size_t column;  // character (code point) column, 1-based
};

// Parses a query. Returns nullptr when the query holds nothing to search for.
// Throws QuerySyntaxError for text longer than kMaxQueryBytes, invalid UTF-8
// ("query is not valid UTF-8 (byte N)", N 1-based), unbalanced quotes or parentheses,
// operators without operands, a lone '*', a field without a value, and the limits above.
NodePtr parse_query(std::string_view text);

// The tree as an S-expression, for tests and logs:
//   (AND (WORD afghanistan) (NOT (PHRASE "peace talks")) (FIELD country AF) (PREFIX consult)
//        (FIELD title (WORD minister)))
// Texts are printed as typed; phrases, and field values holding spaces, are in quotes.
std::string to_string(const Node& node);

}  // namespace dipsearch::query
