// The two baseline engines. Their analysis is deliberately theirs, not ours: only the corpus,
// the title weight and the ranking function are shared, so differences come from analysis
// and matching.
#include "bench/relevance/baseline_rankers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include "bench/relevance/baseline_query.h"
#include "common/index/document_builder.h"
#include "common/text/analyzer.h"
#include "common/text/normalize.h"

namespace dipsearch::relevance {
namespace {

constexpr unsigned kTitleWdf = 3;  // as common/index/document_builder's kTitleWdfBoost
constexpr Xapian::valueno kDateValue = 0;  // the release date, encoded as our date slot

Xapian::WritableDatabase in_memory_database() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

void add_release(Xapian::WritableDatabase& db, Xapian::Document& doc, const Release& r) {
  doc.set_data(r.id);
  doc.add_value(kDateValue, date_slot_value(r.date));
  db.add_document(doc);
}

// The query restricted to the date range typed with it, as a date filter beside the box.
Xapian::Query with_dates(const Xapian::Query& q, const BaselineQuery& typed) {
  if (q.empty() || !typed.has_dates()) return q;
  Xapian::Query range;
  if (typed.from.empty()) range = Xapian::Query(Xapian::Query::OP_VALUE_LE, kDateValue, typed.to);
  else if (typed.to.empty()) range = Xapian::Query(Xapian::Query::OP_VALUE_GE, kDateValue, typed.from);
  else range = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kDateValue, typed.from, typed.to);
  return Xapian::Query(Xapian::Query::OP_FILTER, q, range);
}

// Appends the ids of the best matches until `depth` are listed.
void append_ranked(Xapian::Database& db, const Xapian::Query& q, size_t depth, std::vector<std::string>& ids) {
  if (q.empty() || ids.size() >= depth) return;
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth - ids.size()));
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
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
      add_release(db_, doc, r);
    }
  }

  std::string name() const override { return "whitespace"; }

  // Quoted stretches are phrases, everything else single words, all OR'ed.
  std::vector<std::string> rank(const std::string& typed, size_t depth) override {
    const BaselineQuery split = split_date_filter(typed);
    const std::string& query = split.text;
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
    std::vector<std::string> ids;
    append_ranked(db_, with_dates(Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()), split), depth, ids);
    return ids;
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
      add_release(db_, doc, r);
    }
  }

  std::string name() const override {
    switch (op_) {
      case DefaultOperator::kOr: return "xapian-cjk";
      case DefaultOperator::kAnd: return "xapian-cjk-and";
      case DefaultOperator::kAllThenSome: return "xapian-cjk-auto";
    }
    return "";
  }

  std::vector<std::string> rank(const std::string& typed, size_t depth) override {
    const BaselineQuery split = split_date_filter(typed);
    std::vector<std::string> ids;
    if (op_ != DefaultOperator::kAllThenSome) {
      append_ranked(db_, with_dates(parse(split.text, op_ == DefaultOperator::kOr ? Xapian::Query::OP_OR : Xapian::Query::OP_AND), split), depth, ids);
      return ids;
    }
    // Every word first, then releases with some of them, as our match=auto does.
    const Xapian::Query all = with_dates(parse(split.text, Xapian::Query::OP_AND), split);
    const Xapian::Query some = with_dates(parse(split.text, Xapian::Query::OP_OR), split);
    append_ranked(db_, all, depth, ids);
    if (!some.empty()) append_ranked(db_, all.empty() ? some : Xapian::Query(Xapian::Query::OP_AND_NOT, some, all), depth, ids);
    return ids;
  }

 private:
  // An empty query for text QueryParser rejects: what a search box built on it would show.
  Xapian::Query parse(const std::string& text, Xapian::Query::op default_op) {
    Xapian::QueryParser parser;
    parser.set_database(db_);
    parser.set_stemmer(stemmer_);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_stopper(&stopper_);
    parser.set_default_op(default_op);
    try {
      return parser.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM);
    } catch (const Xapian::QueryParserError&) {
      return Xapian::Query();
    }
  }

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
