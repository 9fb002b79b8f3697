// Term generation from our analyzer's tokens (Xapian's TermGenerator cannot use ICU).
#include "common/index/document_builder.h"

#include <algorithm>
#include <stdexcept>

#include "common/index/term_buffer.h"
#include "common/index/version_links_clues.h"
#include "common/index/word_forms.h"
#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

// Writes one field's terms. Raw words are positional (phrases and proximity use them), and
// so are Korean stems and bigrams, since Korean phrases match stems; the stems of Latin
// words only carry frequencies: no query reads their positions, and leaving them out
// keeps about a third of the position table away.
class FieldWriter {
 public:
  FieldWriter(TermBuffer& terms, const schema::TextField& field, unsigned wdf_inc)
      : terms_(terms), field_(field), wdf_inc_(wdf_inc) {}

  // A word's raw form and stem, and for Latin words the same without diacritics. The plain
  // spelling's stem is written both ways (stem then fold, fold then stem), since Snowball
  // may treat an accented letter differently: queries typed in ASCII stem the plain spelling.
  // wdf_inc 0 adds the positions only (a compound's second end).
  void word(std::string_view word, text::Script script, const WordForms& forms, Xapian::termpos pos,
            unsigned wdf_inc) {
    const bool positional_stems = script != text::Script::kLatin;
    posting(field_.words, word, pos, wdf_inc);
    stem(forms.stem, positional_stems, pos, wdf_inc);
    if (forms.folded.empty()) return;
    posting(field_.words, forms.folded, pos, wdf_inc);
    stem(forms.fold_of_stem, positional_stems, pos, wdf_inc);
    stem(forms.stem_of_fold, positional_stems, pos, wdf_inc);
  }

  // One word on the bigram counter, then the gap that keeps bigram phrases inside words.
  // A word too short to hold any bigram phrase a query asks for adds its bigrams'
  // frequencies only: on the generated corpus that left out half the bigram positions and
  // an eighth of the position table.
  void bigrams(std::string_view word, Xapian::termpos& bigram_position) {
    text::hangul_ngram_views(word, 2, grams_);
    if (grams_.size() < field_.shortest_bigram_phrase()) {
      for (std::string_view bigram : grams_) terms_.add_term(term(field_.bigrams, bigram), wdf_inc_);
    } else {
      for (std::string_view bigram : grams_) posting(field_.bigrams, bigram, bigram_position++, wdf_inc_);
      ++bigram_position;
    }
    if (field_.trigrams.empty()) return;
    text::hangul_ngram_views(word, 3, grams_);
    for (std::string_view trigram : grams_) terms_.add_term(term(field_.trigrams, trigram), wdf_inc_);
  }

  unsigned wdf_inc() const { return wdf_inc_; }

 private:
  void stem(const std::string& stem, bool positional, Xapian::termpos pos, unsigned wdf_inc) {
    if (stem.empty()) return;
    if (positional) return posting(field_.stems, stem, pos, wdf_inc);
    if (wdf_inc > 0) terms_.add_term(term(field_.stems, stem), wdf_inc);
  }
  void posting(std::string_view prefix, std::string_view word, Xapian::termpos pos, unsigned wdf_inc) {
    if (word.empty()) return;  // never a bare prefix: that would be another field's empty word
    terms_.add_posting(term(prefix, word), pos, wdf_inc);
  }
  const std::string& term(std::string_view prefix, std::string_view word) {
    term_.assign(prefix).append(word);
    return term_;
  }

  TermBuffer& terms_;
  const schema::TextField& field_;
  const unsigned wdf_inc_;
  std::string term_;  // reused: one allocation per field, not per term
  std::vector<std::string_view> grams_;  // reused likewise: a word's Hangul n-grams
};

// A text's tokens and the compounds short enough to index, analyzed once for every field
// the text is written to.
struct AnalyzedText {
  std::vector<text::Token> tokens;
  std::vector<text::Compound> compounds;
};

AnalyzedText analyze(std::string_view text, Xapian::termpos first_position) {
  AnalyzedText a;
  text::split_words(text, a.tokens, first_position);
  a.compounds = text::find_compounds(a.tokens);
  a.compounds.erase(std::remove_if(a.compounds.begin(), a.compounds.end(),
                                   [](const text::Compound& c) { return c.text.size() > text::kMaxWordBytes; }),
                    a.compounds.end());
  return a;
}

// A compound's joined form ("kyungwha" for Kyung-wha, "한미" for 한·미) sits at its first and
// its last part's positions, so that a phrase using it matches on both sides; the second
// posting adds no frequency.
void write_compound(FieldWriter& out, const text::Compound& compound, const std::vector<text::Token>& tokens) {
  const WordForms& forms = word_forms(compound.text, compound.script, false);
  out.word(compound.text, compound.script, forms, tokens[compound.first].position, out.wdf_inc());
  out.word(compound.text, compound.script, forms, tokens[compound.last].position, 0);
}

// Writes analyzed text as one field. The tokens' positions must start at positions.word.
void write_text(TermBuffer& terms, const AnalyzedText& a, const schema::TextField& field,
                TextPositions& positions, unsigned wdf_inc) {
  FieldWriter out(terms, field, wdf_inc);
  auto compound = a.compounds.begin();
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& token = a.tokens[i];
    positions.word = token.position + 1;
    const bool in_compound = compound != a.compounds.end() && i >= compound->first;
    if (token.text.size() <= text::kMaxWordBytes) {
      const WordForms& forms = word_forms(token.text, token.script, token.hanja_abbreviation);
      out.word(token.text, token.script, forms, token.position, wdf_inc);
      if (!in_compound && token.script == text::Script::kHangul) out.bigrams(token.text, positions.bigram);
      if (!in_compound && token.hanja_abbreviation) out.bigrams(forms.stem, positions.bigram);
    }
    if (in_compound && i == compound->last) {
      write_compound(out, *compound, a.tokens);
      if (compound->script == text::Script::kHangul) out.bigrams(compound->text, positions.bigram);
      ++compound;
    }
  }
  ++positions.word;  // keeps word phrases inside one field
}

// Xapian refuses longer terms when the document is written, failing the whole run there; a
// boolean term built from input (an official's name in a JSON release) must be refused here.
constexpr size_t kMaxTermBytes = 245;

void add_boolean_term(Xapian::Document& doc, const std::string& term) {
  if (term.size() > kMaxTermBytes) {
    throw std::invalid_argument("the term " + term.substr(0, 40) + "… is longer than Xapian's limit of " +
                                std::to_string(kMaxTermBytes) + " bytes");
  }
  doc.add_boolean_term(term);
}

}  // namespace

void index_text(Xapian::Document& doc, std::string_view text, const schema::TextField& field,
                TextPositions& positions, unsigned wdf_inc) {
  TermBuffer terms(doc);
  write_text(terms, analyze(text, positions.word), field, positions, wdf_inc);
  terms.finish();
}

std::string date_slot_value(std::string_view date) {
  std::string value;
  for (char c : date) {
    if (c != '-') value += c;
  }
  if (value.size() == 6) value += "00";
  return value.size() == 8 ? value : std::string();
}

Xapian::Document build_document(const StoredDocument& stored, const std::string& digest,
                                const std::string& source_path) {
  Xapian::Document doc;
  // The title is written twice from one analysis: as the title field and, boosted, at the
  // head of the body field (both streams start at position 1).
  TextPositions positions;
  TextPositions title_positions;
  TermBuffer terms(doc);
  const AnalyzedText title = analyze(stored.title, positions.word);
  write_text(terms, title, schema::kTitleField, title_positions, 1);
  write_text(terms, title, schema::kBodyField, positions, kTitleWdfBoost);
  write_text(terms, analyze(stored.body, positions.word), schema::kBodyField, positions, 1);
  terms.finish();

  add_boolean_term(doc, schema::id_term(stored.id));
  add_boolean_term(doc, schema::lang_term(stored.lang));
  if (!stored.site.key.empty()) add_boolean_term(doc, schema::site_term(stored.site.key));
  std::string countries;
  for (const auto& code : stored.countries) {
    add_boolean_term(doc, schema::country_term(code));
    countries += code;
  }
  std::vector<std::string> entries;
  for (const auto& official : stored.officials) {
    add_boolean_term(doc, schema::official_term(official.key));
    entries.push_back(schema::official_slot_entry(
        official.key, official.name_en.empty() ? official.name : official.name_en, official.name_ko));
  }
  std::sort(entries.begin(), entries.end());
  std::string officials;
  for (const auto& entry : entries) {
    if (!officials.empty()) officials += schema::kOfficialsSeparator;
    officials += entry;
  }

  doc.add_value(schema::kDateSlot, date_slot_value(stored.date));
  doc.add_value(schema::kCountriesSlot, countries);
  doc.add_value(schema::kOfficialsSlot, officials);
  doc.add_value(schema::kLangSlot, stored.lang);
  doc.add_value(schema::kTitleSlot, stored.title);
  doc.add_value(schema::kMentionedDaysSlot, opening_clues_value(release_opening_clues(stored.title, stored.body)));
  if (!stored.site.key.empty()) {
    doc.add_value(schema::kSiteSlot,
                  schema::official_slot_entry(stored.site.key, stored.site.label, stored.site.label_ko));
  }
  doc.add_value(schema::kContentHashSlot, digest);
  doc.add_value(schema::kSourceSlot, source_path);
  doc.add_value(schema::kSortSlot, schema::sort_key(date_slot_value(stored.date), stored.id));
  doc.set_data(encode_stored(stored));
  return doc;
}

}  // namespace dipsearch
