// Relevance-feedback expansion over a release's own terms.
#include "common/search/similar.h"

#include <algorithm>
#include <set>

#include "common/index/stored_document.h"
#include "common/schema.h"
#include "common/search/result_rows.h"
#include "common/search/searcher.h"
#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

// Words worth expanding on: raw words and body stems; not filter terms, titles or bigrams
// (prefixed), numbers, stop words or single letters.
class TextTermsOnly : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    std::string_view t = term;
    if (t.size() > schema::kStem.size() && t.substr(0, schema::kStem.size()) == schema::kStem) {
      t.remove_prefix(schema::kStem.size());
    }
    if (t.size() < 2 || (t[0] >= 'A' && t[0] <= 'Z')) return false;
    if (std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return !text::is_stop_word(t);
  }
};

// The document's text words, for comparing two releases.
std::set<std::string> word_set(const Xapian::Database& db, Xapian::docid id) {
  std::set<std::string> words;
  TextTermsOnly text_terms;
  for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
    if (text_terms(*t)) words.insert(*t);
  }
  return words;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Word overlap above which a release counts as a copy of the other, not a related one.
constexpr double kNearIdentical = 0.9;
constexpr Xapian::termcount kExpandTerms = 40;
constexpr Xapian::termcount kEliteSetSize = 25;

}  // namespace

nlohmann::json find_similar(const Xapian::Database& db, const std::string& id, size_t count) {
  const Xapian::docid self = docid_of(db, id);
  const std::string id_term = schema::id_term(id);

  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(id_term));
  Xapian::RSet rset;
  rset.add_document(self);
  TextTermsOnly decider;
  Xapian::ESet eset = enquire.get_eset(kExpandTerms, rset, &decider);

  nlohmann::json hits = nlohmann::json::array();
  if (!eset.empty()) {
    std::vector<std::string> terms(eset.begin(), eset.end());
    Xapian::Query related(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(), kEliteSetSize);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, related, Xapian::Query(id_term)));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    // A few more than asked for, to make up for skipped copies.
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(count * 2 + 5));
    const std::set<std::string> own_words = word_set(db, self);
    for (auto it = mset.begin(); it != mset.end() && hits.size() < count; ++it) {
      if (jaccard(own_words, word_set(db, *it)) >= kNearIdentical) continue;
      nlohmann::json hit = summary_json(decode_stored(it.get_document().get_data()));
      hit["score"] = it.get_weight();
      hits.push_back(std::move(hit));
    }
  }
  return {{"id", id}, {"hits", std::move(hits)}};
}

}  // namespace dipsearch
