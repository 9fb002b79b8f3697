// Term generation from our analyzer's tokens (Xapian's TermGenerator cannot use ICU).
#include "common/index/document_builder.h"

#include <algorithm>

#include "common/text/analyzer.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

void add_term(Xapian::Document& doc, std::string_view prefix, std::string_view word,
              Xapian::termpos pos, unsigned wdf_inc) {
  std::string term;
  term.reserve(prefix.size() + word.size());
  term.append(prefix).append(word);
  doc.add_posting(term, pos, wdf_inc);
}

// A word's raw form and stem, and for Latin words the same without diacritics. The plain
// spelling's stem is written both ways (stem then fold, fold then stem), since Snowball may
// treat an accented letter differently: queries typed in ASCII stem the plain spelling.
void add_word_forms(Xapian::Document& doc, const schema::TextField& field, std::string_view word,
                    text::Script script, const std::string& stem, Xapian::termpos pos, unsigned wdf_inc) {
  add_term(doc, field.words, word, pos, wdf_inc);
  if (!stem.empty()) add_term(doc, field.stems, stem, pos, wdf_inc);
  if (script != text::Script::kLatin) return;
  const std::string folded = text::fold_diacritics(word);
  if (folded == word) return;
  add_term(doc, field.words, folded, pos, wdf_inc);
  const std::string fold_of_stem = stem.empty() ? std::string() : text::fold_diacritics(stem);
  const std::string stem_of_fold = text::stem_of(folded, script);
  if (!fold_of_stem.empty() && fold_of_stem != stem) add_term(doc, field.stems, fold_of_stem, pos, wdf_inc);
  if (!stem_of_fold.empty() && stem_of_fold != stem && stem_of_fold != fold_of_stem) {
    add_term(doc, field.stems, stem_of_fold, pos, wdf_inc);
  }
}

// One word on the bigram counter, then the gap that keeps bigram phrases inside words.
void add_bigrams(Xapian::Document& doc, const schema::TextField& field, std::string_view word,
                 TextPositions& positions, unsigned wdf_inc) {
  for (const auto& bigram : text::hangul_bigrams(word)) {
    add_term(doc, field.bigrams, bigram, positions.bigram++, wdf_inc);
  }
  ++positions.bigram;
}

// A compound's joined form ("kyungwha" for Kyung-wha, "한미" for 한·미) sits at its first and
// its last part's positions, so that a phrase using it matches on both sides; the second
// posting adds no frequency.
void add_compound(Xapian::Document& doc, const schema::TextField& field, const text::Compound& compound,
                  const std::vector<text::Token>& tokens, unsigned wdf_inc) {
  const Xapian::termpos first = tokens[compound.first].position, last = tokens[compound.last].position;
  std::string stem = text::stem_of(compound.text, compound.script);
  add_word_forms(doc, field, compound.text, compound.script, stem, first, wdf_inc);
  add_word_forms(doc, field, compound.text, compound.script, stem, last, 0);
}

}  // namespace

void index_text(Xapian::Document& doc, std::string_view text, const schema::TextField& field,
                TextPositions& positions, unsigned wdf_inc) {
  std::vector<text::Token> tokens;
  text::split_words(text, tokens, positions.word);
  std::vector<text::Compound> compounds = text::find_compounds(tokens);
  compounds.erase(std::remove_if(compounds.begin(), compounds.end(),
                                 [](const text::Compound& c) { return c.text.size() > text::kMaxWordBytes; }),
                  compounds.end());
  auto compound = compounds.begin();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& token = tokens[i];
    positions.word = token.position + 1;
    const bool in_compound = compound != compounds.end() && i >= compound->first;
    if (token.text.size() <= text::kMaxWordBytes) {
      const std::string stem = text::stem_of(token);
      add_word_forms(doc, field, token.text, token.script, stem, token.position, wdf_inc);
      if (!in_compound && token.script == text::Script::kHangul) add_bigrams(doc, field, token.text, positions, wdf_inc);
      if (!in_compound && token.hanja_abbreviation) add_bigrams(doc, field, stem, positions, wdf_inc);
    }
    if (in_compound && i == compound->last) {
      add_compound(doc, field, *compound, tokens, wdf_inc);
      if (compound->script == text::Script::kHangul) add_bigrams(doc, field, compound->text, positions, wdf_inc);
      ++compound;
    }
  }
  ++positions.word;  // keeps word phrases inside one field
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
  TextPositions positions;
  TextPositions title_positions;
  index_text(doc, stored.title, schema::kTitleField, title_positions);
  index_text(doc, stored.title, schema::kBodyField, positions, kTitleWdfBoost);
  index_text(doc, stored.body, schema::kBodyField, positions);

  doc.add_boolean_term(schema::id_term(stored.id));
  doc.add_boolean_term(schema::lang_term(stored.lang));
  std::string countries;
  for (const auto& code : stored.countries) {
    doc.add_boolean_term(schema::country_term(code));
    countries += code;
  }
  std::vector<std::string> entries;
  for (const auto& official : stored.officials) {
    doc.add_boolean_term(schema::official_term(official.key));
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
  doc.add_value(schema::kContentHashSlot, digest);
  doc.add_value(schema::kSourceSlot, source_path);
  doc.set_data(encode_stored(stored));
  return doc;
}

}  // namespace dipsearch
