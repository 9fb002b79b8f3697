// AST → Xapian::Query. Each word becomes the alternatives the indexer wrote for it: the
// exact word above its stem above (Korean) a phrase of its bigrams.
#include "common/search/query_builder.h"

#include <algorithm>

#include "common/entities/country_catalog.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/date_range.h"
#include "common/text/analyzer.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

using query::Node;
using query::NodeKind;
using Q = Xapian::Query;

constexpr double kStemWeight = 0.9;
constexpr double kBigramWeight = 0.5;

std::string term(std::string_view prefix, std::string_view word) {
  std::string t(prefix);
  t.append(word);
  return t;
}

// 1-based code point column of a byte offset, for error messages.
size_t column_of(std::string_view text, size_t offset) {
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

Q or_of(const std::vector<Q>& parts) {
  if (parts.empty()) return Q();
  if (parts.size() == 1) return parts.front();
  return Q(Q::OP_OR, parts.begin(), parts.end());
}

bool all_stop_words(const Node& node) {
  switch (node.kind) {
    case NodeKind::kWord: {
      auto tokens = text::split_words(node.text);
      return std::all_of(tokens.begin(), tokens.end(),
                         [](const text::Token& t) { return text::is_stop_word(t.text); });
    }
    case NodeKind::kAnd:
    case NodeKind::kOr:
      return std::all_of(node.children.begin(), node.children.end(),
                         [](const auto& c) { return all_stop_words(*c); });
    default:
      return false;
  }
}

class Builder {
 public:
  Builder(std::string_view text, const entities::CountryCatalog& countries,
          HighlightTerms& highlight, bool keep_stop_words)
      : text_(text), countries_(countries), highlight_(highlight), keep_stop_words_(keep_stop_words) {}

  Q build(const Node& node, const schema::TextField& field, bool negated = false) {
    switch (node.kind) {
      case NodeKind::kWord: return word(node, field, negated);
      case NodeKind::kPhrase: return phrase(node, field, negated);
      case NodeKind::kPrefix: return prefix(node, field, negated);
      case NodeKind::kField: return field_term(node, negated);
      case NodeKind::kNot: return Q(Q::OP_AND_NOT, Q::MatchAll, build(*node.children.at(0), field, !negated));
      case NodeKind::kOr: {
        std::vector<Q> parts;
        for (const auto& child : node.children) {
          Q q = build(*child, field, negated);
          if (!q.empty()) parts.push_back(q);
        }
        return or_of(parts);
      }
      case NodeKind::kAnd: return conjunction(node.children, field, negated);
    }
    return Q();
  }

  // AND of the positive children, minus the negated ones ("a -b" → a AND_NOT b).
  Q conjunction(const std::vector<query::NodePtr>& children, const schema::TextField& field,
                bool negated) {
    std::vector<Q> positive, negative;
    for (const auto& child : children) {
      if (child->kind == NodeKind::kNot) {
        Q q = build(*child->children.at(0), field, !negated);
        if (!q.empty()) negative.push_back(q);
      } else {
        Q q = build(*child, field, negated);
        if (!q.empty()) positive.push_back(q);
      }
    }
    Q result = positive.empty() ? (negative.empty() ? Q() : Q::MatchAll)
                                : Q(Q::OP_AND, positive.begin(), positive.end());
    if (!negative.empty()) result = Q(Q::OP_AND_NOT, result, or_of(negative));
    return result;
  }

  // The positive top-level words and the negated ones, for match=auto's relaxation.
  void split_top(const Node& root, std::vector<Q>& positive, std::vector<Q>& negative) {
    for (const auto& child : root.children) {
      bool is_not = child->kind == NodeKind::kNot;
      Q q = build(is_not ? *child->children.at(0) : *child, schema::kBodyField, is_not);
      if (!q.empty()) (is_not ? negative : positive).push_back(q);
    }
  }

 private:
  Q word(const Node& node, const schema::TextField& field, bool negated) {
    std::vector<text::Token> tokens = text::split_words(node.text);
    if (tokens.empty()) return Q();
    if (tokens.size() == 1 && !keep_stop_words_ && text::is_stop_word(tokens[0].text)) return Q();
    Q q;
    if (tokens.size() == 1) {
      q = word_alternatives(tokens[0], field, negated);
    } else {
      // "Kyung-wha", "COVID-19": the parts as a phrase.
      q = tokens_phrase(tokens, field, negated);
    }
    return with_country_names(q, node.text, field);
  }

  Q phrase(const Node& node, const schema::TextField& field, bool negated) {
    std::vector<text::Token> tokens = text::split_words(node.text);
    if (tokens.empty()) return Q();
    return with_country_names(tokens_phrase(tokens, field, negated), node.text, field);
  }

  Q prefix(const Node& node, const schema::TextField& field, bool negated) {
    std::string norm = text::normalize(node.text);
    if (norm.empty()) return Q();
    if (!negated) highlight_.prefixes.push_back(norm);
    return Q(Q::OP_WILDCARD, term(field.words, norm), kMaxWildcardExpansion,
             Q::WILDCARD_LIMIT_MOST_FREQUENT);
  }

  // The exact word, its stem class, and for Korean the bigram phrase of its stem.
  Q word_alternatives(const text::Token& token, const schema::TextField& field, bool negated) {
    std::string stem = text::stem_of(token);
    const std::string& base = stem.empty() ? token.text : stem;
    if (!negated) {
      highlight_.words.insert(token.text);
      highlight_.words.insert(base);
    }
    std::vector<Q> parts{Q(term(field.words, token.text))};
    if (token.script == text::Script::kLatin || token.script == text::Script::kHangul) {
      Q stems(Q::OP_SYNONYM, Q(term(field.stems, base)), Q(term(field.words, base)));
      parts.emplace_back(Q::OP_SCALE_WEIGHT, stems, kStemWeight);
    }
    if (token.script == text::Script::kHangul) {
      std::vector<std::string> bigrams = text::hangul_bigrams(base);
      if (!bigrams.empty()) {
        if (!negated) highlight_.hangul.push_back(base);
        std::vector<Q> terms;
        for (const auto& b : bigrams) terms.emplace_back(term(field.bigrams, b));
        Q bigram_phrase = terms.size() == 1
                              ? terms.front()
                              : Q(Q::OP_PHRASE, terms.begin(), terms.end(), terms.size());
        parts.emplace_back(Q::OP_SCALE_WEIGHT, bigram_phrase, kBigramWeight);
      }
    }
    return or_of(parts);
  }

  // A word of a phrase: the exact word; a Korean word also with any particle attached.
  Q phrase_word(const text::Token& token, const schema::TextField& field, bool negated) {
    if (!negated) highlight_.words.insert(token.text);
    if (token.script != text::Script::kHangul) return Q(term(field.words, token.text));
    std::string stem = text::stem_of(token);
    const std::string& base = stem.empty() ? token.text : stem;
    if (!negated) highlight_.words.insert(base);
    return Q(Q::OP_OR, Q(term(field.words, token.text)), Q(term(field.stems, base)));
  }

  Q tokens_phrase(const std::vector<text::Token>& tokens, const schema::TextField& field,
                  bool negated) {
    std::vector<Q> words;
    for (const auto& t : tokens) words.push_back(phrase_word(t, field, negated));
    if (words.size() == 1) return words.front();
    return Q(Q::OP_PHRASE, words.begin(), words.end(), words.size());
  }

  // A country's name in either language also finds releases tagged with that country,
  // which carries no weight of its own, so such releases rank below text matches.
  Q with_country_names(const Q& q, std::string_view written, const schema::TextField& field) {
    if (&field != &schema::kBodyField) return q;
    std::vector<std::string> codes = countries_.lookup_name(text::normalize(written));
    if (codes.empty()) return q;
    std::vector<Q> parts{q};
    for (const auto& code : codes) parts.emplace_back(schema::country_term(code));
    return Q(Q::OP_OR, parts.begin(), parts.end());
  }

  Q field_term(const Node& node, bool negated) {
    const std::string& name = node.field;
    if (name == "title") {
      if (node.children.empty()) return Q();
      return build(*node.children[0], schema::kTitleField, negated);
    }
    if (name == "country") {
      std::vector<std::string> codes;
      if (node.value.size() == 2 && countries_.find(node.value) != nullptr) {
        codes.push_back(node.value);
      } else {
        codes = countries_.lookup_name(text::normalize(node.value));
      }
      if (codes.empty()) fail(node, "'" + node.value + "' is not a country code or name");
      std::vector<Q> terms;
      for (const auto& code : codes) terms.emplace_back(schema::country_term(code));
      return or_of(terms);
    }
    if (name == "official") return Q(schema::official_term(text::normalize(node.value)));
    if (name == "lang") {
      std::string lang = text::normalize(node.value);
      if (lang != "en" && lang != "ko") fail(node, "language must be 'en' or 'ko', not '" + node.value + "'");
      return Q(schema::lang_term(lang));
    }
    if (name == "date") return date_term(node);
    fail(node, "unknown field '" + name + "'");
    return Q();
  }

  Q date_term(const Node& node) {
    std::string_view value = node.value;
    size_t dots = value.find("..");
    std::string_view from = dots == std::string_view::npos ? value : value.substr(0, dots);
    std::string_view to = dots == std::string_view::npos ? value : value.substr(dots + 2);
    std::optional<std::string> lo, hi;
    if (!from.empty() && !(lo = date_lower_bound(from))) fail(node, "'" + std::string(from) + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!to.empty() && !(hi = date_upper_bound(to))) fail(node, "'" + std::string(to) + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!lo && !hi) fail(node, "a date range needs at least one end");
    if (lo && hi) return Q(Q::OP_VALUE_RANGE, schema::kDateSlot, *lo, *hi);
    if (lo) return Q(Q::OP_VALUE_GE, schema::kDateSlot, *lo);
    return Q(Q::OP_VALUE_LE, schema::kDateSlot, *hi);
  }

  [[noreturn]] void fail(const Node& node, const std::string& what) {
    throw ApiError(400, "invalid_query", "q",
                   node.field + ": at column " + std::to_string(column_of(text_, node.offset)) +
                       ": " + what);
  }

  std::string_view text_;
  const entities::CountryCatalog& countries_;
  HighlightTerms& highlight_;
  bool keep_stop_words_;
};

}  // namespace

BuiltQuery build_query(std::string_view text, const query::Node* root, MatchMode mode,
                       const entities::CountryCatalog& countries) {
  BuiltQuery built;
  if (root == nullptr) {
    built.matching = Q::MatchAll;
    return built;
  }
  Builder builder(text, countries, built.highlight, all_stop_words(*root));
  if (root->kind != NodeKind::kAnd || mode == MatchMode::kAll) {
    built.matching = builder.build(*root, schema::kBodyField);
  } else {
    std::vector<Q> positive, negative;
    builder.split_top(*root, positive, negative);
    Q exclude = or_of(negative);
    auto without_negative = [&](Q q) {
      if (exclude.empty()) return q;
      return Q(Q::OP_AND_NOT, q.empty() ? Q::MatchAll : q, exclude);
    };
    if (positive.empty()) {
      built.matching = without_negative(Q());
    } else if (mode == MatchMode::kAny) {
      built.matching = without_negative(or_of(positive));
    } else {
      Q all(Q::OP_AND, positive.begin(), positive.end());
      built.matching = without_negative(all);
      if (positive.size() > 1) {
        built.partial = without_negative(Q(Q::OP_AND_NOT, or_of(positive), all));
      }
    }
  }
  // Only punctuation leaves an empty query, which matches nothing.
  return built;
}

}  // namespace dipsearch
