// Query syntax, second half: recursive descent over the lexer's tokens, following the
// grammar in query_parser.h; and the S-expression printer the tests read trees with.
#include "common/query/query_parser.h"

#include <utility>
#include <vector>

#include "common/query/query_lexer.h"

namespace dipsearch::query {
namespace {

using detail::Lexer;
using detail::Token;
using detail::TokenKind;

NodePtr make_node(NodeKind kind, std::size_t offset) {
  auto node = std::make_unique<Node>();
  node->kind = kind;
  node->offset = offset;
  return node;
}

bool starts_unary(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
    case TokenKind::kPrefix:
    case TokenKind::kPhrase:
    case TokenKind::kField:
    case TokenKind::kTitle:
    case TokenKind::kLParen:
    case TokenKind::kNot:
    case TokenKind::kMinus:
      return true;
    default:
      return false;
  }
}

// An AND/OR of the items; one item stands for itself, none means nothing.
NodePtr make_group(NodeKind kind, std::vector<NodePtr> items) {
  if (items.empty()) return nullptr;
  if (items.size() == 1) return std::move(items.front());
  NodePtr node = make_node(kind, items.front()->offset);
  node->children = std::move(items);
  return node;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : lexer_(text) { advance(); }

  NodePtr parse() {
    NodePtr root = parse_or();
    if (current_.kind == TokenKind::kRParen)
      fail(current_.offset, "')' at column {col} has no matching '('");
    return root;
  }

 private:
  void advance() { current_ = lexer_.next(); }

  Token take() {
    Token token = std::move(current_);
    advance();
    return token;
  }

  [[noreturn]] void fail(std::size_t offset, std::string message) const {
    detail::fail_at(lexer_.text(), offset, std::move(message));
  }

  [[noreturn]] void fail_operand(const Token& op, const char* name, const char* side) const {
    fail(op.offset, std::string("'") + name + "' at column {col} needs a term " + side + " it");
  }

  // Parses the operand of op, which must be there and not empty.
  NodePtr parse_operand(const Token& op, const char* name) {
    if (!starts_unary(current_.kind)) fail_operand(op, name, "after");
    NodePtr operand = parse_unary();
    if (!operand) fail_operand(op, name, "after");
    return operand;
  }

  NodePtr parse_or() {
    NodePtr first = parse_and();
    if (current_.kind != TokenKind::kOr) return first;
    std::vector<NodePtr> items;
    bool has_left = first != nullptr;
    if (first) items.push_back(std::move(first));
    while (current_.kind == TokenKind::kOr) {
      const Token op = take();
      if (!has_left) fail_operand(op, "OR", "before");
      NodePtr right = parse_and();
      if (!right) fail_operand(op, "OR", "after");
      items.push_back(std::move(right));
    }
    return make_group(NodeKind::kOr, std::move(items));
  }

  NodePtr parse_and() {
    std::vector<NodePtr> items;
    for (;;) {
      if (current_.kind == TokenKind::kAnd) {
        const Token op = take();
        if (items.empty()) fail_operand(op, "AND", "before");
        items.push_back(parse_operand(op, "AND"));
        continue;
      }
      if (!starts_unary(current_.kind)) break;
      NodePtr item = parse_unary();
      if (item) items.push_back(std::move(item));  // an empty phrase or group adds nothing
    }
    return make_group(NodeKind::kAnd, std::move(items));
  }

  NodePtr parse_unary() {
    if (current_.kind == TokenKind::kNot || current_.kind == TokenKind::kMinus) {
      const Token op = take();
      NodePtr node = make_node(NodeKind::kNot, op.offset);
      node->children.push_back(parse_operand(op, op.kind == TokenKind::kNot ? "NOT" : "-"));
      return node;
    }
    return parse_primary();
  }

  NodePtr parse_primary() {
    switch (current_.kind) {
      case TokenKind::kLParen: {
        const Token open = take();
        if (++depth_ > kMaxQueryDepth) {
          fail(open.offset, "parentheses nested too deeply at column {col}: at most " +
                                std::to_string(kMaxQueryDepth) + " levels");
        }
        NodePtr inner = parse_or();
        if (current_.kind != TokenKind::kRParen) {
          fail(open.offset, "unbalanced parenthesis at column {col}: this '(' is not closed");
        }
        take();
        --depth_;
        return inner;
      }
      case TokenKind::kWord:
      case TokenKind::kPrefix:
      case TokenKind::kPhrase: {
        Token token = take();
        if (token.kind == TokenKind::kPhrase && token.blank) return nullptr;
        NodePtr node = make_node(token.kind == TokenKind::kWord     ? NodeKind::kWord
                                 : token.kind == TokenKind::kPrefix ? NodeKind::kPrefix
                                                                    : NodeKind::kPhrase,
                                 token.offset);
        node->text = std::move(token.text);
        return node;
      }
      case TokenKind::kField: {
        Token token = take();
        if (in_title_) fail_nested_field(token);
        NodePtr node = make_node(NodeKind::kField, token.offset);
        node->field = std::move(token.field);
        node->value = std::move(token.value);
        return node;
      }
      case TokenKind::kTitle: {
        Token token = take();
        if (in_title_) fail_nested_field(token);
        // The lexer guarantees the value's first token follows: '(', a phrase or a word.
        in_title_ = true;
        NodePtr value = parse_primary();
        in_title_ = false;
        if (!value) fail(token.offset, "field 'title:' at column {col} needs a value");
        NodePtr node = make_node(NodeKind::kField, token.offset);
        node->field = std::move(token.field);
        node->children.push_back(std::move(value));
        return node;
      }
      default:
        return nullptr;  // callers check starts_unary first
    }
  }

  [[noreturn]] void fail_nested_field(const Token& field) const {
    fail(field.offset,
         "field '" + field.field + ":' at column {col} cannot be used inside 'title:'");
  }

  Lexer lexer_;
  Token current_;
  std::size_t depth_ = 0;
  bool in_title_ = false;
};

void append_quoted(std::string_view text, std::string* out) {
  out->push_back('"');
  for (char c : text) {
    if (c == '"' || c == '\\') out->push_back('\\');
    out->push_back(c);
  }
  out->push_back('"');
}

void append_node(const Node& node, std::string* out) {
  switch (node.kind) {
    case NodeKind::kWord:
      *out += "(WORD " + node.text + ")";
      return;
    case NodeKind::kPrefix:
      *out += "(PREFIX " + node.text + ")";
      return;
    case NodeKind::kPhrase:
      *out += "(PHRASE ";
      append_quoted(node.text, out);
      *out += ")";
      return;
    case NodeKind::kField:
      *out += "(FIELD " + node.field + " ";
      if (!node.children.empty()) {
        append_node(*node.children.front(), out);
      } else if (node.value.empty() || node.value.find_first_of(" ()\"\\") != std::string::npos) {
        append_quoted(node.value, out);
      } else {
        *out += node.value;
      }
      *out += ")";
      return;
    case NodeKind::kAnd:
    case NodeKind::kOr:
    case NodeKind::kNot:
      *out += node.kind == NodeKind::kAnd ? "(AND" : node.kind == NodeKind::kOr ? "(OR" : "(NOT";
      for (const NodePtr& child : node.children) {
        out->push_back(' ');
        append_node(*child, out);
      }
      *out += ")";
      return;
  }
}

}  // namespace

NodePtr parse_query(std::string_view text) {
  const std::string prepared = detail::prepare_query_text(text);
  return Parser(prepared).parse();
}

std::string to_string(const Node& node) {
  std::string out;
  append_node(node, &out);
  return out;
}

}  // namespace dipsearch::query
