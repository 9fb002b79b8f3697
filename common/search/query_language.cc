// Query language from the words of the syntax tree; the preference as a weight boost made of
// the query itself, which Xapian serialises for remote shards like any query.
#include "common/search/query_language.h"

#include "common/schema.h"
#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

using query::Node;
using query::NodeKind;

struct Scripts {
  bool hangul = false;
  bool latin = false;
};

void collect(const Node& node, Scripts& scripts) {
  switch (node.kind) {
    case NodeKind::kWord:
    case NodeKind::kPhrase:
    case NodeKind::kPrefix:
      for (const auto& token : text::split_words(node.text)) {
        if (token.script == text::Script::kHangul) scripts.hangul = true;
        if (token.script == text::Script::kLatin) scripts.latin = true;
      }
      return;
    case NodeKind::kField:
      // Only title: holds words; the others name countries, officials, dates or languages.
      if (node.field != "title") return;
      break;
    case NodeKind::kNot: return;  // words the releases must not hold say nothing of it
    case NodeKind::kAnd:
    case NodeKind::kOr: break;
  }
  for (const auto& child : node.children) collect(*child, scripts);
}

bool phrase_in(const Node& node) {
  if (node.kind == NodeKind::kPhrase) return true;
  if (node.kind == NodeKind::kNot) return false;
  for (const auto& child : node.children) {
    if (phrase_in(*child)) return true;
  }
  return false;
}

}  // namespace

bool holds_phrase(const Node* root) { return root != nullptr && phrase_in(*root); }

std::string query_language(const Node* root) {
  if (root == nullptr) return {};
  Scripts scripts;
  collect(*root, scripts);
  // A Korean query often holds a Latin acronym or name (COVID-19, NATO); an English one
  // rarely Hangul.
  if (scripts.hangul) return "ko";
  if (scripts.latin) return "en";
  return {};
}

Xapian::Query prefer_language(const Xapian::Query& query, const Xapian::Query& weighing, std::string_view lang,
                              double extra) {
  if (query.empty() || weighing.empty() || lang.empty() || !(extra > 0)) return query;
  using Q = Xapian::Query;
  // Proportional rather than a fixed amount: a release's weight grows with the query's
  // length, and an English release quoting a Korean headline can outweigh a Korean one
  // by half again.
  const Q same_language(Q::OP_FILTER, Q(Q::OP_SCALE_WEIGHT, weighing, extra), Q(schema::lang_term(lang)));
  return Q(Q::OP_AND_MAYBE, query, same_language);
}

}  // namespace dipsearch
