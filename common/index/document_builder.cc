// Term generation from our analyzer's tokens (Xapian's TermGenerator cannot use ICU).
#include "common/index/document_builder.h"

#include <algorithm>

#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

// Xapian refuses terms over 245 bytes; words this long are URLs or noise anyway.
constexpr size_t kMaxWordBytes = 64;

void add_term(Xapian::Document& doc, std::string_view prefix, std::string_view word,
              Xapian::termpos pos, unsigned wdf_inc) {
  std::string term;
  term.reserve(prefix.size() + word.size());
  term.append(prefix).append(word);
  doc.add_posting(term, pos, wdf_inc);
}

}  // namespace

void index_text(Xapian::Document& doc, std::string_view text, const schema::TextField& field,
                TextPositions& positions, unsigned wdf_inc) {
  std::vector<text::Token> tokens;
  text::split_words(text, tokens, positions.word);
  for (const auto& token : tokens) {
    positions.word = token.position + 1;
    if (token.text.size() > kMaxWordBytes) continue;
    add_term(doc, field.words, token.text, token.position, wdf_inc);
    std::string stem = text::stem_of(token);
    if (!stem.empty()) add_term(doc, field.stems, stem, token.position, wdf_inc);
    if (token.script == text::Script::kHangul) {
      for (const auto& bigram : text::hangul_bigrams(token.text)) {
        add_term(doc, field.bigrams, bigram, positions.bigram++, wdf_inc);
      }
      ++positions.bigram;  // the gap that keeps bigram phrases inside one word
    }
  }
  ++positions.word;  // and keeps word phrases inside one field
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
