// AST → Xapian::Query. Words and phrases get their index forms from word_query; this file
// gives the tree its structure: conjunctions with their proximity boost, match=auto's strict
// and partial sets, country names across languages, and the field terms.
#include "common/search/query_builder.h"

#include <algorithm>
#include <optional>

#include "common/entities/country_catalog.h"
#include "common/entities/officials_registry.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/date_range.h"
#include "common/search/organization_names.h"
#include "common/search/query_language.h"
#include "common/search/query_ops.h"
#include "common/search/word_query.h"
#include "common/text/analyzer.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

using query::Node;
using query::NodeKind;
using Q = Xapian::Query;
using query_ops::combine;
using query_ops::scaled;

// Country names are at most this many words ("Saint Vincent and the Grenadines" aside).
constexpr size_t kMaxNameWords = 4;
// Partial matches weigh every pair of query words up to this many words; longer queries
// weigh adjacent pairs only, so the query stays small.
constexpr size_t kMaxCoordinationWords = 6;
// Proximity is checked for the first few pairs of adjacent words only: each pair reads
// positions in every matching release, the costliest part of a long query.
constexpr size_t kMaxProximityPairs = 3;

// 1-based code point column of a byte offset, for error messages.
size_t column_of(std::string_view text, size_t offset) {
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

// A ranking boost that never changes which releases match.
Q boosted(const Q& q, const Q& boost) {
  if (q.empty() || boost.empty()) return q;
  return Q(Q::OP_AND_MAYBE, q, boost);
}

Q without(const Q& q, const Q& excluded) {
  if (excluded.empty()) return q;
  return Q(Q::OP_AND_NOT, q.empty() ? query_ops::all_documents() : q, excluded);
}

bool is_stop_word(std::string_view typed) {
  auto tokens = text::split_words(typed);
  return tokens.size() == 1 && text::is_stop_word(tokens[0].text);
}

// One member of a conjunction: a word, a phrase, a group or a field, or a negated one.
struct Unit {
  Q query;
  bool negated = false;
  Q positional;         // its terms at word positions, when it is a single word
  bool filter = false;  // a field that only restricts (date:, lang:, country:, official:)
  Q parts;              // a word written with joiners ("Mekong-Korea"): any of its words
};

// Fields that restrict the releases searched rather than name words in them.
bool is_filter_field(const Node& node) { return node.kind == NodeKind::kField && node.field != "title"; }

class Builder {
 public:
  Builder(std::string_view text, const entities::CountryCatalog& countries,
          const entities::OfficialsRegistry* officials, const RankingParams& params, HighlightTerms& highlight,
          HighlightTerms& partial_highlight, std::vector<std::string>& ignored, bool check_positions = true)
      : text_(text),
        countries_(countries),
        officials_(officials),
        params_(params),
        highlight_(highlight),
        partial_highlight_(partial_highlight),
        ignored_(ignored),
        check_positions_(check_positions) {}

  Q build(const Node& node, const schema::TextField& field, bool negated) {
    switch (node.kind) {
      case NodeKind::kWord: return word(node, field, negated);
      case NodeKind::kPhrase: return phrase(node.text, field, negated);
      case NodeKind::kPrefix: return prefix(node, field, negated);
      case NodeKind::kField: return field_term(node, negated);
      case NodeKind::kNot: {
        Q inner = build(*node.children.at(0), field, !negated);
        return inner.empty() ? Q() : without(Q(), inner);
      }
      case NodeKind::kOr: {
        std::vector<Q> parts;
        for (const auto& child : node.children) parts.push_back(build(*child, field, negated));
        return combine(Q::OP_OR, parts);
      }
      case NodeKind::kAnd: return all_of(conjunction_units(node.children, field, negated));
    }
    return Q();
  }

  // The members of an AND. Runs of words that name a country become one member; adjacent
  // Latin words also match written as one word.
  std::vector<Unit> conjunction_units(const std::vector<query::NodePtr>& children,
                                      const schema::TextField& field, bool negated) {
    std::vector<Unit> units;
    std::vector<std::optional<size_t>> word_unit(children.size());  // child → its unit
    for (size_t i = 0; i < children.size(); ++i) {
      const Node& child = *children[i];
      if (child.kind == NodeKind::kNot) {
        Unit u{build(*child.children.at(0), field, !negated), true, Q(), false, Q()};
        if (!u.query.empty()) units.push_back(u);
        continue;
      }
      if (child.kind != NodeKind::kWord) {
        Unit u{build(child, field, negated), false, Q(), is_filter_field(child), Q()};
        if (!u.query.empty()) units.push_back(u);
        continue;
      }
      if (size_t words = official_name_run(children, i, field); words > 0) {
        std::string name = typed_run(children, i, words);
        Q written = words == 1 ? word_queries(field, negated).word(name) : phrase(name, field, negated);
        units.push_back(Unit{with_official_names(written, name, field, negated), false, Q(), false, Q()});
        i += words - 1;
        continue;
      }
      if (size_t words = country_name_run(children, i, field); words > 1) {
        std::string name = typed_run(children, i, words);
        Q written = word_queries(field, negated).phrase(name);
        // "North Korea's": also the name without the ending, as releases mostly write it.
        if (countries_.lookup_name(text::normalize(name)).empty()) {
          written = Q(Q::OP_OR, written, word_queries(field, negated).phrase(without_last_ending(name)));
        }
        units.push_back(Unit{with_country_names(written, name, field, negated), false, Q(), false, Q()});
        i += words - 1;
        continue;
      }
      if (size_t words = organization_run(children, i); words > 1) {
        std::string name = typed_run(children, i, words);
        units.push_back(Unit{with_organization_names(phrase(name, field, negated), name, field, negated), false,
                             Q(), false, Q()});
        i += words - 1;
        continue;
      }
      if (is_stop_word(child.text)) {
        ignored_.push_back(child.text);
        continue;
      }
      Unit u{word(child, field, negated), false, word_queries(field, negated).positional(child.text), false,
             word_parts(child.text, field, negated)};
      if (u.query.empty()) continue;
      word_unit[i] = units.size();
      units.push_back(u);
    }
    // "Kyung wha" is also "Kyungwha": both words accept the joined form.
    for (size_t i = 0; i + 1 < children.size(); ++i) {
      if (!word_unit[i] || !word_unit[i + 1]) continue;
      Q joined = word_queries(field, negated).joined(children[i]->text, children[i + 1]->text);
      if (joined.empty()) continue;
      for (size_t u : {*word_unit[i], *word_unit[i + 1]}) units[u].query = Q(Q::OP_OR, units[u].query, joined);
    }
    return units;
  }

  // Every member, ranked up when its words are near each other, without the negated ones.
  // Only negations ("NOT x") mean every release but those; nothing at all when even they
  // were stop words.
  Q all_of(const std::vector<Unit>& units) const {
    const std::vector<Q> positive = queries(units, false);
    const Q excluded = combine(Q::OP_OR, queries(units, true));
    if (positive.empty()) return excluded.empty() ? Q() : without(Q(), excluded);
    return without(boosted(combine(Q::OP_AND, positive), proximity(units)), excluded);
  }

  // Releases with some of the words, those with more of them and with the words nearer
  // first, within every filter field (a date: range is never relaxed), without the negated
  // ones; with `but_not_all`, only those that lack some word. Here a word written with
  // joiners counts as its words: "Mekong-ROK" has one of the words of "Mekong-Korea".
  Q some_of(const std::vector<Unit>& units, bool but_not_all) const {
    std::vector<Q> words;
    for (const auto& u : units) {
      if (!u.negated && !u.filter) words.push_back(u.parts.empty() ? u.query : Q(Q::OP_OR, u.query, u.parts));
    }
    Q some = boosted(combine(Q::OP_OR, words), combine(Q::OP_OR, {proximity(units), coordination(words)}));
    if (but_not_all) some = Q(Q::OP_AND_NOT, some, combine(Q::OP_AND, queries(units, false, false)));
    const Q filters = combine(Q::OP_AND, queries(units, false, true));
    if (!filters.empty() && !some.empty()) some = Q(Q::OP_FILTER, some, filters);
    return without(some, combine(Q::OP_OR, queries(units, true)));
  }

  // The query names a country or an official (not a negated one), which it also finds in
  // the other language: then it prefers neither language.
  bool names_across_languages() const { return names_across_languages_; }

  static std::vector<Q> queries(const std::vector<Unit>& units, bool negated) {
    std::vector<Q> out;
    for (const auto& u : units) {
      if (u.negated == negated) out.push_back(u.query);
    }
    return out;
  }

  // The positive members that are (or are not) filter fields.
  static std::vector<Q> queries(const std::vector<Unit>& units, bool negated, bool filters) {
    std::vector<Q> out;
    for (const auto& u : units) {
      if (u.negated == negated && u.filter == filters) out.push_back(u.query);
    }
    return out;
  }

 private:
  // Adjacent query words found near each other weigh more (only words have positions).
  Q proximity(const std::vector<Unit>& units) const {
    std::vector<Q> pairs;
    for (size_t i = 0; i + 1 < units.size() && pairs.size() < kMaxProximityPairs; ++i) {
      if (units[i].negated || units[i + 1].negated) continue;
      if (units[i].positional.empty() || units[i + 1].positional.empty()) continue;
      Q pair[] = {units[i].positional, units[i + 1].positional};
      pairs.emplace_back(Q::OP_NEAR, std::begin(pair), std::end(pair), params_.proximity_window);
    }
    if (pairs.empty() || params_.proximity <= 0) return Q();
    return scaled(combine(Q::OP_OR, pairs), params_.proximity);
  }

  // Releases with more of the query words weigh more: each pair of words they hold adds.
  Q coordination(const std::vector<Q>& positive) const {
    if (params_.coordination <= 0 || positive.size() < 2) return Q();
    std::vector<Q> pairs;
    const bool all_pairs = positive.size() <= kMaxCoordinationWords;
    for (size_t i = 0; i < positive.size(); ++i) {
      for (size_t j = i + 1; j < positive.size() && (all_pairs || j == i + 1); ++j) {
        pairs.emplace_back(Q::OP_AND, positive[i], positive[j]);
      }
    }
    return scaled(combine(Q::OP_OR, pairs), params_.coordination);
  }

  // A negated phrase keeps its positions even in a copy that only weighs: without them
  // it would leave out releases that hold its words apart.
  WordQueries word_queries(const schema::TextField& field, bool negated) {
    return WordQueries(field, params_, negated ? nullptr : &highlight_, check_positions_ || negated);
  }

  // For what only partial matches are found by (a word's parts): marked in those alone.
  WordQueries part_queries(const schema::TextField& field, bool negated) {
    return WordQueries(field, params_, negated ? nullptr : &partial_highlight_, check_positions_ || negated);
  }

  Q word(const Node& node, const schema::TextField& field, bool negated) {
    if (is_stop_word(node.text)) {
      ignored_.push_back(node.text);
      return Q();
    }
    Q q = with_country_names(word_queries(field, negated).word(node.text), node.text, field, negated);
    q = with_organization_names(q, node.text, field, negated);
    return with_official_names(q, node.text, field, negated);
  }

  // A body written short also finds it written in full, and the other way ("UN", "United
  // Nations"), weighed alike: releases use either.
  Q with_organization_names(const Q& q, std::string_view typed, const schema::TextField& field, bool negated) {
    if (q.empty()) return q;
    std::vector<Q> parts{q};
    for (const auto& other : organization_spellings(text::normalize(typed))) {
      parts.push_back(word_queries(field, negated).phrase(other));
    }
    return combine(Q::OP_OR, parts);
  }

  // How many words from children[i] on write a body's full name ("United Nations"), longest
  // first; 0 when none does.
  static size_t organization_run(const std::vector<query::NodePtr>& children, size_t i) {
    size_t words = 0;
    while (i + words < children.size() && words < kMaxOrganizationWords &&
           children[i + words]->kind == NodeKind::kWord) {
      ++words;
    }
    for (; words > 1; --words) {
      if (!organization_spellings(text::normalize(typed_run(children, i, words))).empty()) return words;
    }
    return 0;
  }

  // The words of a word written with joiners, each found on its own ("Mekong-Korea" →
  // mekong, korea); numbers left out ("COVID-19" is not any release with a 19). A long
  // Korean word counts by its halves (외교차관 in a release with 외교부 제1차관). Empty for
  // other words.
  Q word_parts(std::string_view typed, const schema::TextField& field, bool negated) {
    const std::vector<text::Token> tokens = text::split_words(typed);
    if (tokens.size() == 1) return part_queries(field, negated).halves(typed);
    if (tokens.size() < 2) return Q();
    std::vector<Q> parts;
    for (const auto& t : tokens) {
      if (t.script == text::Script::kNumber || is_stop_word(t.text)) continue;
      parts.push_back(part_queries(field, negated).word(t.text));
    }
    return combine(Q::OP_OR, parts);
  }

  Q phrase(std::string_view typed, const schema::TextField& field, bool negated) {
    return with_country_names(word_queries(field, negated).phrase(typed), typed, field, negated);
  }

  Q prefix(const Node& node, const schema::TextField& field, bool negated) {
    if (++prefixes_ > kMaxPrefixTerms) {
      fail(node, "a query may hold at most " + std::to_string(kMaxPrefixTerms) + " prefix* terms");
    }
    return word_queries(field, negated).prefix(node.text);
  }

  // How many words from children[i] on name a country together ("New Zealand", "Sri
  // Lanka"); 0 when none does.
  size_t country_name_run(const std::vector<query::NodePtr>& children, size_t i,
                          const schema::TextField& field) const {
    if (&field != &schema::kBodyField) return 0;
    size_t words = 0;
    while (i + words < children.size() && words < kMaxNameWords && children[i + words]->kind == NodeKind::kWord) {
      ++words;
    }
    for (; words > 1; --words) {
      if (!country_codes(typed_run(children, i, words)).empty()) return words;
    }
    return 0;
  }

  // The words typed with the last one's particle or inflection taken off ("North Korea's" →
  // "north korea", "남북한의" alike); the text itself when that changes nothing.
  static std::string without_last_ending(std::string_view typed) {
    const std::vector<text::Token> tokens = text::split_words(typed);
    if (tokens.empty()) return std::string(typed);
    const std::string stem = text::stem_of(tokens.back());
    if (stem.empty()) return std::string(typed);
    const size_t last = tokens.back().begin;
    return std::string(typed.substr(0, last)) + stem;
  }

  // How many words from children[i] on name an official of the registry ("Chung Eui-yong",
  // "정의용", "Blinken"), longest first; 0 when none does.
  size_t official_name_run(const std::vector<query::NodePtr>& children, size_t i,
                           const schema::TextField& field) const {
    if (officials_ == nullptr || &field != &schema::kBodyField) return 0;
    size_t words = 0;
    while (i + words < children.size() && words < kMaxNameWords && children[i + words]->kind == NodeKind::kWord) {
      ++words;
    }
    for (; words > 0; --words) {
      if (!officials_->lookup_name(text::normalize(typed_run(children, i, words))).empty()) return words;
    }
    return 0;
  }

  // An official's name also finds releases naming the person otherwise: through the
  // official tag (no weight), every other spelling the registry knows in the script typed
  // ("Kyungwha Kang" finds "Kang Kyung-wha"), weighed like the name as typed, and the names
  // in the other script with a small weight, below releases in the language of the query.
  // A Latin name typed also finds its spellings in the other order ("Soosuk Lim" for "Lim
  // Soo-suk"), as the extractor does; a Hangul one does not weigh them: more weight in the
  // other language only ranks those releases above its own language's.
  Q with_official_names(const Q& q, std::string_view typed, const schema::TextField& field, bool negated) {
    if (officials_ == nullptr || &field != &schema::kBodyField || q.empty()) return q;
    std::vector<std::string> keys = officials_->lookup_name(text::normalize(typed));
    if (keys.empty()) return q;
    names_across_languages_ = names_across_languages_ || !negated;
    const bool korean = text::has_hangul(typed);
    const std::string typed_form = text::normalize(typed);
    std::vector<Q> parts{q};
    const std::vector<text::Token> typed_words = text::split_words(typed_form);
    for (const auto& key : keys) {
      parts.emplace_back(schema::official_term(key));
      const entities::RegistryOfficial* person = officials_->find_by_key(key);
      if (person == nullptr) continue;
      for (const auto& spelling : officials_->spellings(*person, !korean)) {
        const std::string spelled = text::normalize(spelling);
        if (spelled.empty() || spelled == typed_form || holds_typed_words(spelled, typed_words)) continue;
        const bool same_script = text::has_hangul(spelling) == korean;
        const double weight = same_script ? 1.0 : params_.cross_language;
        if (weight > 0) parts.push_back(scaled(word_queries(field, negated).phrase(spelling), weight));
      }
    }
    return combine(Q::OP_OR, parts);
  }

  // A spelling that holds the words typed in a row ("Fumio Kishida" for "Kishida") finds no
  // release the typed name misses, and weighing it again would count one mention twice: a
  // release giving the full name once would outrank one that names the person throughout.
  // Not for a short Hangul name (비건), also an ordinary word: there the full name is what
  // tells the person from the word.
  static bool holds_typed_words(std::string_view spelling, const std::vector<text::Token>& typed_words) {
    if (typed_words.empty()) return false;
    if (typed_words.size() == 1 && typed_words[0].script == text::Script::kHangul &&
        entities::is_weak_hangul_spelling(typed_words[0].text)) {
      return false;
    }
    const std::vector<text::Token> words = text::split_words(spelling);
    auto same = [](const text::Token& a, const text::Token& b) { return a.text == b.text; };
    return std::search(words.begin(), words.end(), typed_words.begin(), typed_words.end(), same) != words.end();
  }

  static std::string typed_run(const std::vector<query::NodePtr>& children, size_t i, size_t words) {
    std::string typed;
    for (size_t k = i; k < i + words; ++k) {
      if (!typed.empty()) typed += ' ';
      typed += children[k]->text;
    }
    return typed;
  }

  // The codes of the countries a typed name means, as written or without the particle or
  // inflection of its last word (아프가니스탄의, Afghanistan's, North Korea's).
  std::vector<std::string> country_codes(std::string_view typed) const {
    std::vector<std::string> codes = countries_.lookup_name(text::normalize(typed));
    if (!codes.empty()) return codes;
    const std::string bare = without_last_ending(typed);
    return bare == typed ? codes : countries_.lookup_name(text::normalize(bare));
  }

  // A country's name in either language also finds releases about it in the other: the
  // country tag (no weight) and the name written in that language (a small weight) keep
  // them below releases that match directly.
  Q with_country_names(const Q& q, std::string_view typed, const schema::TextField& field, bool negated) {
    if (&field != &schema::kBodyField || q.empty()) return q;
    std::vector<std::string> codes = country_codes(typed);
    if (codes.empty()) return q;
    names_across_languages_ = names_across_languages_ || !negated;
    const bool korean = text::has_hangul(typed);
    std::vector<Q> tags;
    for (const auto& code : codes) tags.emplace_back(schema::country_term(code));
    std::vector<Q> parts{tagged_weight(q, combine(Q::OP_OR, tags))};
    parts.insert(parts.end(), tags.begin(), tags.end());
    std::vector<Q> other_names;
    for (const auto& code : codes) {
      const entities::Country* country = countries_.find(code);
      if (country == nullptr || params_.cross_language <= 0) continue;
      const std::string& other = korean ? country->name_en : country->name_ko;
      if (other.empty()) continue;
      other_names.push_back(scaled(word_queries(field, negated).weighing_name(other), params_.cross_language));
    }
    // The country's tag finds the releases that name it in the other language; the name
    // itself only adds weight there, so it goes without the costly bigram phrase.
    parts.insert(parts.end(), other_names.begin(), other_names.end());
    return combine(Q::OP_OR, parts);
  }

  // A country's name weighs in full in the releases tagged with the country, and
  // `untagged_country` of that elsewhere: there it is mostly part of another name.
  Q tagged_weight(const Q& name, const Q& tags) const {
    const double untagged = std::clamp(params_.untagged_country, 0.0, 1.0);
    if (untagged >= 1) return name;
    return combine(Q::OP_OR, {Q(Q::OP_FILTER, name, tags), scaled(Q(Q::OP_AND_NOT, name, tags), untagged)});
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
      return combine(Q::OP_OR, terms);
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
    std::string where = node.kind == NodeKind::kField ? node.field + ": at column " : "at column ";
    throw ApiError(400, "invalid_query", "q", where + std::to_string(column_of(text_, node.offset)) + ": " + what);
  }

  std::string_view text_;
  const entities::CountryCatalog& countries_;
  const entities::OfficialsRegistry* officials_;
  const RankingParams& params_;
  HighlightTerms& highlight_;
  HighlightTerms& partial_highlight_;
  std::vector<std::string>& ignored_;
  const bool check_positions_;  // see WordQueries
  size_t prefixes_ = 0;
  bool names_across_languages_ = false;
};

// The result set of the query (match=auto's first part), from the members of its top
// conjunction when it is one.
Q result_set(Builder& builder, const Node& root, const std::vector<Unit>* units, MatchMode mode) {
  if (units == nullptr) return builder.build(root, schema::kBodyField, false);
  const bool any = mode == MatchMode::kAny && !Builder::queries(*units, false, false).empty();
  return any ? builder.some_of(*units, false) : builder.all_of(*units);
}

}  // namespace

BuiltQuery build_query(std::string_view text, const query::Node* root, MatchMode mode,
                       const entities::CountryCatalog& countries, const RankingParams& params,
                       const entities::OfficialsRegistry* officials) {
  BuiltQuery built;
  if (root == nullptr) {
    built.matching = query_ops::all_documents();
    return built;
  }
  HighlightTerms parts;
  Builder builder(text, countries, officials, params, built.highlight, parts, built.ignored);
  // Releases in the query's language first, among the result set's matches of comparable
  // weight; a query naming a country or an official searches both languages alike. Phrase
  // queries only: on the real judged set no other kind ranked differently with it. The
  // boost weighs the releases the query matched a second time, so its copy goes without
  // position checks (the costliest part of a phrase query), which changes no weight where
  // the phrases matched.
  auto in_query_language = [&](const Q& q) {
    if (builder.names_across_languages() || !holds_phrase(root)) return q;
    HighlightTerms unused_highlight, unused_parts;
    std::vector<std::string> unused_ignored;
    Builder weighing(text, countries, officials, params, unused_highlight, unused_parts, unused_ignored, false);
    std::vector<Unit> units;
    if (root->kind == NodeKind::kAnd) units = weighing.conjunction_units(root->children, schema::kBodyField, false);
    const Q copy = result_set(weighing, *root, root->kind == NodeKind::kAnd ? &units : nullptr, mode);
    return prefer_language(q, copy, query_language(root), params.query_language);
  };
  if (root->kind != NodeKind::kAnd) {
    built.matching = in_query_language(result_set(builder, *root, nullptr, mode));
    return built;
  }
  const std::vector<Unit> units = builder.conjunction_units(root->children, schema::kBodyField, false);
  const size_t words = Builder::queries(units, false, false).size();
  built.matching = result_set(builder, *root, &units, mode);
  if (mode == MatchMode::kAny && words > 0) {
    built.highlight.add(parts);
  } else if (mode == MatchMode::kAuto && words > 1) {
    built.partial = builder.some_of(units, true);
    built.partial_highlight = built.highlight;
    built.partial_highlight.add(parts);
  }
  // Not the partial tail: weighed there too, its order over shards differed from one
  // database's (a release missing from a page), so it keeps its own weights.
  built.matching = in_query_language(built.matching);
  return built;
}

}  // namespace dipsearch
