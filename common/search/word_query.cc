// Words and phrases to Xapian queries over the terms common/index/document_builder writes.
#include "common/search/word_query.h"

#include <set>
#include <string>
#include <vector>

#include "common/search/query_ops.h"
#include "common/text/analyzer.h"
#include "common/text/normalize.h"
#include "common/text/romanized.h"

namespace dipsearch {
namespace {

using Q = Xapian::Query;
using query_ops::any_of;
using query_ops::scaled;
using query_ops::term;
using text::Script;

Q phrase_of(const std::vector<Q>& slots) {
  if (slots.size() == 1) return slots.front();
  return Q(Q::OP_PHRASE, slots.begin(), slots.end(), slots.size());
}

// The index forms of one word: what was written (Latin without diacritics) and its stem.
struct Forms {
  std::string exact;
  std::string stem;       // empty when the word is its own stem
  bool stems = false;     // the index has a stem class for this kind of word
  bool bigrams = false;   // Hangul: the stem's bigrams are indexed too
  const std::string& base() const { return stem.empty() ? exact : stem; }
};

Forms forms_of(std::string_view word, Script script, bool hanja_abbreviation) {
  Forms f;
  switch (script) {
    case Script::kLatin:
      f.exact = text::fold_diacritics(word);
      f.stem = text::stem_of(f.exact, Script::kLatin);
      f.stems = true;
      break;
    case Script::kHangul:
      f.exact = std::string(word);
      f.stem = text::stem_of(word, Script::kHangul);
      f.stems = f.bigrams = true;
      break;
    case Script::kHan:
      f.exact = std::string(word);
      if (hanja_abbreviation) {
        f.stem = text::stem_of(word, Script::kHan);
        f.stems = f.bigrams = !f.stem.empty();
      }
      break;
    case Script::kNumber:
      f.exact = std::string(word);
      break;
  }
  return f;
}

Forms forms_of(const text::Token& token) {
  return forms_of(token.text, token.script, token.hanja_abbreviation);
}

Forms forms_of(const text::Compound& compound) { return forms_of(compound.text, compound.script, false); }

// The tokens of a typed word and its compounds.
struct Analyzed {
  std::vector<text::Token> tokens;
  std::vector<text::Compound> compounds;
  // The word is one compound ("Kyung-wha", "한·미"), compounds[0].
  bool is_compound() const {
    return compounds.size() == 1 && compounds[0].first == 0 && compounds[0].last + 1 == tokens.size();
  }
};

bool all_hangul(const std::vector<text::Token>& tokens) {
  for (const auto& t : tokens) {
    if (t.script != Script::kHangul) return false;
  }
  return tokens.size() > 1;
}

// Hangul words written as one, the last one's particle stripped with the whole.
Forms joined_hangul(const std::vector<text::Token>& tokens) {
  std::string joined;
  for (const auto& t : tokens) joined += t.text;
  return forms_of(joined, Script::kHangul, false);
}

Analyzed analyze(std::string_view typed) {
  Analyzed a;
  a.tokens = text::split_words(typed);
  a.compounds = text::find_compounds(a.tokens);
  return a;
}

bool indexable(std::string_view word) { return !word.empty() && word.size() <= text::kMaxWordBytes; }

// Korean writes compounds with or without a space (긴급구호대, 긴급 구호대; 핵협의그룹, 핵
// 협의그룹): a Hangul word of four to eight syllables also matches as two written words in a
// row, the second of two syllables or more (the first may be one: a prefix noun such as 핵 or
// 북). Standing alone, as a word's halves, each must be two syllables or more: a lone syllable
// (이, 한, 외) is a word of its own in most releases. Longer words are rare enough to leave
// alone, and each split costs a phrase check.
constexpr size_t kHangulSyllableBytes = 3;
constexpr size_t kMinSplitSyllables = 4;
constexpr size_t kMaxSplitSyllables = 8;
constexpr size_t kMinPhraseFirstSyllables = 1;
constexpr size_t kMinHalfSyllables = 2;

std::vector<std::pair<std::string, std::string>> hangul_splits(const std::string& word, size_t min_first_syllables) {
  std::vector<std::pair<std::string, std::string>> out;
  const size_t syllables = word.size() / kHangulSyllableBytes;
  if (word.size() % kHangulSyllableBytes != 0 || syllables < kMinSplitSyllables || syllables > kMaxSplitSyllables) {
    return out;
  }
  for (size_t k = min_first_syllables; k + kMinHalfSyllables <= syllables; ++k) {
    out.emplace_back(word.substr(0, k * kHangulSyllableBytes), word.substr(k * kHangulSyllableBytes));
  }
  return out;
}

// What a phrase matches, for highlighting: the forms of each of its words in turn.
struct PhraseMarks {
  PhraseMarks() = default;
  // A phrase that is another way of writing one word counts as that word.
  explicit PhraseMarks(std::string word) { phrase.key = std::move(word); }

  // The forms a position of the phrase matches (see Alternatives::slot): the exact form,
  // and for Korean the stem, which the index finds with any particle.
  void add(const Forms& f) {
    std::set<std::string> forms{f.exact};
    if (f.bigrams) forms.insert(f.base());
    phrase.slots.push_back(std::move(forms));
    words.push_back(f.bigrams ? f.base() : f.exact);
  }
  std::string key() const {
    if (!phrase.key.empty()) return phrase.key;
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    return joined;
  }

  HighlightPhrase phrase;
  std::vector<std::string> words;
};

// Builds the queries of one field; the public methods only analyze and dispatch.
class Alternatives {
 public:
  Alternatives(const schema::TextField& field, const RankingParams& params, HighlightTerms* highlight,
               bool check_positions)
      : field_(field), params_(params), highlight_(highlight), check_positions_(check_positions) {}

  // Exact form, stem class and bigram phrase, each with its weight; in the body field the
  // same tiers in the title field add the title boost. Titles are indexed in the body too,
  // so a title's bigram phrase would find nothing new: left out, it halved the time of a
  // frequent Korean word.
  Q of(const Forms& f) const {
    if (!indexable(f.exact)) return Q();
    remember(f);
    std::vector<Q> parts{tiers(f, field_, f.bigrams)};
    if (&field_ == &schema::kBodyField && params_.title > 0) {
      parts.push_back(scaled(tiers(f, schema::kTitleField, false), params_.title));
    }
    return any_of(parts);
  }

  // One position of a phrase: the exact form; for Korean also the stem class, as written
  // there with any particle. The forms go to `marks`, for highlighting.
  Q slot(const Forms& f, PhraseMarks& marks) const {
    marks.add(f);
    std::vector<Q> parts{Q(term(field_.words, f.exact))};
    if (f.bigrams) {
      parts.emplace_back(term(field_.stems, f.base()));
      if (!f.stem.empty()) parts.emplace_back(term(field_.words, f.stem));
    }
    return any_of(parts);
  }

  // The word's terms at its position, for proximity: the positional ones only, so the
  // stem class for Korean (whose stems keep positions) but not for English.
  Q positional(const Forms& f) const {
    std::vector<Q> parts{Q(term(field_.words, f.exact))};
    if (f.bigrams) parts.emplace_back(term(field_.stems, f.base()));
    if (!f.stem.empty()) parts.emplace_back(term(field_.words, f.stem));
    return any_of(parts);
  }

  // Consecutive positions, one slot per token.
  Q tokens_phrase(const std::vector<text::Token>& tokens) const {
    std::vector<Q> slots;
    PhraseMarks marks;
    for (const auto& t : tokens) {
      if (!indexable(t.text)) return Q();
      slots.push_back(slot(forms_of(t), marks));
    }
    if (slots.empty()) return Q();
    remember(std::move(marks));
    return in_row(slots);
  }

  // The same with every compound as its one joined slot, which the index holds at the
  // compound's first and last positions.
  Q joined_phrase(const Analyzed& a) const {
    std::vector<Q> slots;
    PhraseMarks marks;
    size_t next = 0;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      if (next < a.compounds.size() && i == a.compounds[next].first) {
        if (!indexable(a.compounds[next].text)) return Q();
        slots.push_back(slot(forms_of(a.compounds[next]), marks));
        i = a.compounds[next++].last;
        continue;
      }
      if (!indexable(a.tokens[i].text)) return Q();
      slots.push_back(slot(forms_of(a.tokens[i]), marks));
    }
    remember(std::move(marks));
    return in_row(slots);
  }

  // "kyungwha" also as "kyung wha", the way it may be written with a space: the same name,
  // weighed like the stem class.
  Q romanized_splits(const Forms& f) const {
    std::vector<Q> parts;
    for (const auto& [first, second] : text::romanized_syllable_splits(f.exact)) {
      Q pair[] = {Q(term(field_.words, first)), Q(term(field_.words, second))};
      parts.emplace_back(Q::OP_PHRASE, std::begin(pair), std::end(pair), 2);
      // Marked only as the two in a row: "an" alone is no match for "japan".
      PhraseMarks marks(f.base());
      marks.add(forms_of(first, Script::kLatin, false));
      marks.add(forms_of(second, Script::kLatin, false));
      remember(std::move(marks));
    }
    return scaled(any_of(parts), params_.stem);
  }

  // A Korean word also as its two halves written apart (긴급구호대 as 긴급 구호대, the
  // second half with any particle): weighed `bigram`, below the word inside a compound
  // (`compound`), the other way of finding the word where it is not written as typed.
  Q hangul_splits_of(const Forms& f) const {
    if (!f.bigrams || params_.bigram <= 0) return Q();
    std::vector<Q> parts;
    for (const auto& [first, second] : hangul_splits(f.base(), kMinPhraseFirstSyllables)) {
      PhraseMarks marks(f.base());
      Q pair[] = {slot(forms_of(first, Script::kHangul, false), marks),
                  slot(forms_of(second, Script::kHangul, false), marks)};
      parts.emplace_back(Q::OP_PHRASE, std::begin(pair), std::end(pair), 2);
      remember(std::move(marks));
    }
    return scaled(any_of(parts), params_.bigram);
  }

  void remember(const Forms& f) const {
    if (highlight_ == nullptr) return;
    highlight_->words.insert(f.exact);
    highlight_->words.insert(f.base());
    highlight_->bases.insert(f.base());
    if (f.bigrams && !text::hangul_bigrams(f.base()).empty()) highlight_->hangul.insert(f.base());
  }

  // A phrase's words are marked only where they stand in a row; a phrase of one word is
  // that word, without the inflections a phrase does not match.
  void remember(PhraseMarks marks) const {
    if (highlight_ == nullptr || marks.phrase.slots.empty()) return;
    marks.phrase.key = marks.key();
    highlight_->bases.insert(marks.phrase.key);
    if (marks.phrase.slots.size() == 1) {
      highlight_->words.insert(marks.phrase.slots[0].begin(), marks.phrase.slots[0].end());
    } else {
      highlight_->phrases.push_back(std::move(marks.phrase));
    }
  }

 private:
  // A phrase's words: at consecutive positions, or only all of them when positions go
  // unchecked. Only the typed words: a word's own bigrams and halves in a row decide its
  // weight wherever it matched, so they stay checked.
  Q in_row(const std::vector<Q>& slots) const {
    if (!check_positions_ && slots.size() > 1) return Q(Q::OP_AND, slots.begin(), slots.end());
    return phrase_of(slots);
  }

  // The stem class carries the word's weight; the form as typed adds a little on top.
  Q tiers(const Forms& f, const schema::TextField& field, bool bigram_phrase) const {
    std::vector<Q> parts{scaled(Q(term(field.words, f.exact)), params_.exact)};
    if (f.stems) {
      Q base(term(field.words, f.base()));
      parts.push_back(scaled(Q(Q::OP_SYNONYM, Q(term(field.stems, f.base())), base), params_.stem));
    }
    if (bigram_phrase) {
      std::vector<Q> bigrams;
      for (const auto& b : text::hangul_bigrams(f.base())) bigrams.emplace_back(term(field.bigrams, b));
      const std::vector<std::string> trigrams = text::hangul_trigrams(f.base());
      if (bigrams.size() == 2 && trigrams.size() == 1 && bigrams.size() < field.shortest_bigram_phrase()) {
        // Three syllables: the trigram term says what the phrase says, without positions
        // (which the index leaves out for the bigrams of such words: schema.h).
        parts.push_back(scaled(Q(term(field.trigrams, trigrams[0])), params_.compound));
      } else if (!bigrams.empty()) {
        parts.push_back(scaled(phrase_of(bigrams), params_.compound));
      }
    }
    return any_of(parts);
  }

  const schema::TextField& field_;
  const RankingParams& params_;
  HighlightTerms* highlight_;
  bool check_positions_;
};

}  // namespace

Q WordQueries::word(std::string_view typed) const {
  Alternatives alt(field_, params_, highlight_, check_positions_);
  Analyzed a = analyze(typed);
  if (a.tokens.empty()) return Q();
  if (a.tokens.size() == 1) {
    const Forms f = forms_of(a.tokens[0]);
    if (!indexable(f.exact)) return alt.of(f);
    if (a.tokens[0].script == Script::kHangul) return any_of({alt.of(f), alt.hangul_splits_of(f)});
    if (a.tokens[0].script != Script::kLatin) return alt.of(f);
    return any_of({alt.of(f), alt.romanized_splits(f)});
  }
  // "Kyung-wha", "COVID-19", "한·미": the parts in a row, or the compound written as one.
  if (a.is_compound()) return any_of({alt.tokens_phrase(a.tokens), alt.of(forms_of(a.compounds[0]))});
  if (!a.compounds.empty()) return any_of({alt.tokens_phrase(a.tokens), alt.joined_phrase(a)});
  return alt.tokens_phrase(a.tokens);
}

Q WordQueries::phrase(std::string_view typed) const {
  Alternatives alt(field_, params_, highlight_, check_positions_);
  Analyzed a = analyze(typed);
  if (a.tokens.empty()) return Q();
  // One Korean word in quotes is that word, found inside compounds too (남북정상회담 for
  // "정상회담") and written in two (긴급 구호대 for "긴급구호대"); quotes only keep an
  // English word from its inflections.
  if (a.tokens.size() == 1 && a.tokens[0].script == Script::kHangul) {
    const Forms f = forms_of(a.tokens[0]);
    return indexable(f.exact) ? any_of({alt.of(f), alt.hangul_splits_of(f)}) : Q();
  }
  // Korean words in quotes also match written as one ("한미 동맹" finds 한미동맹은).
  const Q written_as_one = all_hangul(a.tokens) ? alt.of(joined_hangul(a.tokens)) : Q();
  if (a.compounds.empty()) return any_of({alt.tokens_phrase(a.tokens), written_as_one});
  return any_of({alt.tokens_phrase(a.tokens), alt.joined_phrase(a), written_as_one});
}


Q WordQueries::weighing_name(std::string_view typed) const {
  Alternatives alt(field_, params_, highlight_, check_positions_);
  Analyzed a = analyze(typed);
  if (a.tokens.size() != 1) return phrase(typed);
  Forms f = forms_of(a.tokens[0]);
  f.bigrams = false;
  return alt.of(f);
}

Q WordQueries::halves(std::string_view typed) const {
  Analyzed a = analyze(typed);
  if (a.tokens.size() != 1 || a.tokens[0].script != Script::kHangul) return Q();
  Alternatives alt(field_, params_, highlight_, check_positions_);
  std::set<std::string> seen;
  std::vector<Q> parts;
  for (const auto& [first, second] : hangul_splits(forms_of(a.tokens[0]).base(), kMinHalfSyllables)) {
    for (const std::string* half : {&first, &second}) {
      if (seen.insert(*half).second) parts.push_back(alt.of(forms_of(*half, Script::kHangul, false)));
    }
  }
  return scaled(any_of(parts), params_.bigram * 0.5);
}

Q WordQueries::positional(std::string_view typed) const {
  Alternatives alt(field_, params_, nullptr, check_positions_);
  Analyzed a = analyze(typed);
  if (a.tokens.size() == 1 && indexable(a.tokens[0].text)) return alt.positional(forms_of(a.tokens[0]));
  if (a.is_compound() && indexable(a.compounds[0].text)) return alt.positional(forms_of(a.compounds[0]));
  return Q();
}

Q WordQueries::joined(std::string_view first, std::string_view second) const {
  auto a = text::split_words(first), b = text::split_words(second);
  if (a.size() != 1 || b.size() != 1 || a[0].script != Script::kLatin || b[0].script != Script::kLatin) {
    return Q();
  }
  Alternatives alt(field_, params_, highlight_, check_positions_);
  const Forms f = forms_of(a[0].text + b[0].text, Script::kLatin, false);
  return alt.of(f);
}

Q WordQueries::prefix(std::string_view typed) const {
  std::string start;
  for (const auto& t : text::split_words(typed)) {
    start += t.script == Script::kLatin ? text::fold_diacritics(t.text) : t.text;
  }
  if (!indexable(start)) return Q();
  if (highlight_) {
    highlight_->prefixes.push_back(start);
    highlight_->bases.insert(start);
  }
  return Q(Q::OP_WILDCARD, term(field_.words, start), kMaxWildcardExpansion, Q::WILDCARD_LIMIT_MOST_FREQUENT);
}

}  // namespace dipsearch
