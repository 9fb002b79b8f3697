// The syntax tree of SPEC's query language: what the user typed, before it means anything.
// query_parser.h turns text into this tree; query_builder.h gives it meaning (Xapian::Query).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace dipsearch::query {

enum class NodeKind {
  kWord,     // text: a bare word as typed (may contain letters of any script, digits, '-', '.')
  kPhrase,   // text: the inside of "…" as typed
  kPrefix,   // text: the word before a trailing '*' as typed ("consult" for consult*)
  kField,    // field: lower-cased field name; value: raw value text;
             // for "title:" the value is parsed and stored as children[0] instead
  kAnd,      // children: two or more
  kOr,       // children: two or more
  kNot,      // children: exactly one (from NOT x or -x)
};

struct Node {
  NodeKind kind = NodeKind::kWord;
  std::string text;
  std::string field;
  std::string value;
  std::vector<std::unique_ptr<Node>> children;
  size_t offset = 0;  // byte offset of the node's first character in the query string
};

using NodePtr = std::unique_ptr<Node>;

}  // namespace dipsearch::query
