// The two baseline engines. Their analysis is deliberately theirs, not ours: only the corpus,
// the title weight and the ranking function are shared, so differences come from analysis
// and matching.
#include "bench/relevance/baseline_rankers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include "common/text/analyzer.h"
#include "common/text/normalize.h"

namespace dipsearch::relevance {
namespace {

constexpr unsigned kTitleWdf = 3;  // as common/index/document_builder's kTitleWdfBoost

Xapian::WritableDatabase in_memory_database() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

std::vector<std::string> ranked_ids(Xapian::Enquire& enquire, size_t depth) {
  std::vector<std::string> ids;
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
  return ids;
}

// ---- whitespace ------------------------------------------------------------------------

// Splits at white space; each piece case-folded, with punctuation trimmed from both ends.
std::vector<std::string> whitespace_words(std::string_view text) {
  std::vector<std::string> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0, word_start = -1, word_end = -1;
  auto flush = [&] {
    if (word_start >= 0 && word_end > word_start) {
      words.push_back(text::normalize(text.substr(word_start, word_end - word_start)));
    }
    word_start = word_end = -1;
  };
  while (i < length) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || u_isUWhiteSpace(c)) {
      flush();
    } else if (!u_ispunct(c)) {
      if (word_start < 0) word_start = at;
      word_end = i;
    }
  }
  flush();
  return words;
}

class WhitespaceRanker : public Ranker {
 public:
  explicit WhitespaceRanker(const std::vector<Release>& corpus) : db_(in_memory_database()) {
    for (const auto& r : corpus) {
      Xapian::Document doc;
      Xapian::termpos pos = 1;
      for (const auto& w : whitespace_words(r.title)) doc.add_posting(w, pos++, kTitleWdf);
      ++pos;
      for (const auto& w : whitespace_words(r.body)) doc.add_posting(w, pos++);
      doc.set_data(r.id);
      db_.add_document(doc);
    }
  }

  std::string name() const override { return "whitespace"; }

  // Quoted stretches are phrases, everything else single words, all OR'ed.
  std::vector<std::string> rank(const std::string& query, size_t depth) override {
    std::vector<Xapian::Query> parts;
    bool quoted = false;
    size_t start = 0;
    for (size_t i = 0; i <= query.size(); ++i) {
      if (i < query.size() && query[i] != '"') continue;
      std::vector<std::string> words = whitespace_words(std::string_view(query).substr(start, i - start));
      if (quoted && words.size() > 1) {
        parts.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
      } else {
        for (const auto& w : words) parts.emplace_back(w);
      }
      quoted = !quoted;
      start = i + 1;
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    return ranked_ids(enquire, depth);
  }

 private:
  Xapian::WritableDatabase db_;
};

// ---- Xapian's own analysis with CJK n-grams ---------------------------------------------

class XapianCjkRanker : public Ranker {
 public:
  XapianCjkRanker(const std::vector<Release>& corpus, DefaultOperator op)
      : db_(in_memory_database()), op_(op), stemmer_("english") {
    for (const auto& word : text::stop_words()) stopper_.add(word);
    Xapian::TermGenerator generator;
    generator.set_stemmer(stemmer_);
    generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    for (const auto& r : corpus) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(r.title, kTitleWdf);
      generator.increase_termpos();
      generator.index_text(r.body);
      doc.set_data(r.id);
      db_.add_document(doc);
    }
  }

  std::string name() const override { return op_ == DefaultOperator::kOr ? "xapian-cjk" : "xapian-cjk-and"; }

  std::vector<std::string> rank(const std::string& query, size_t depth) override {
    Xapian::QueryParser parser;
    parser.set_database(db_);
    parser.set_stemmer(stemmer_);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_stopper(&stopper_);
    parser.set_default_op(op_ == DefaultOperator::kOr ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
    Xapian::Query parsed;
    try {
      parsed = parser.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM);
    } catch (const Xapian::QueryParserError&) {
      return {};  // what a search box built on it would show
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(parsed);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    return ranked_ids(enquire, depth);
  }

 private:
  Xapian::WritableDatabase db_;
  DefaultOperator op_;
  Xapian::Stem stemmer_;
  Xapian::SimpleStopper stopper_;
};

}  // namespace

std::unique_ptr<Ranker> make_whitespace_ranker(const std::vector<Release>& corpus) {
  return std::make_unique<WhitespaceRanker>(corpus);
}

std::unique_ptr<Ranker> make_xapian_cjk_ranker(const std::vector<Release>& corpus, DefaultOperator op) {
  return std::make_unique<XapianCjkRanker>(corpus, op);
}

}  // namespace dipsearch::relevance
