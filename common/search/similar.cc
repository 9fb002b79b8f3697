// More like this: a release's most telling words, searched for in the others.
#include "common/search/similar.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "common/index/stored_document.h"
#include "common/schema.h"
#include "common/search/ranking.h"
#include "common/search/result_rows.h"
#include "common/search/searcher.h"
#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

// Words that can relate two releases: raw words and body stems; not filter terms, titles
// or bigrams (prefixed), numbers, stop words or single letters.
bool is_text_word(std::string_view t) {
  if (t.size() > schema::kStem.size() && t.substr(0, schema::kStem.size()) == schema::kStem) {
    t.remove_prefix(schema::kStem.size());
  }
  if (t.size() < 2 || (t[0] >= 'A' && t[0] <= 'Z')) return false;
  if (std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return !text::is_stop_word(t);
}

// The document's text words, for comparing two releases.
std::set<std::string> word_set(const Xapian::Database& db, Xapian::docid id) {
  std::set<std::string> words;
  for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
    if (is_text_word(*t)) words.insert(*t);
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
constexpr size_t kRelatedWords = 25;

// The release's most telling words: each text word's weight in it (wdf against the
// document's length, as BM25 does) times its rarity over the whole collection. Xapian's
// ESet weighs words with each shard's own statistics, so a set of shards related other
// releases than one database did; these statistics are the collection's in either case.
std::vector<std::string> telling_words(const Xapian::Database& db, Xapian::docid id) {
  const double documents = db.get_doccount();
  const double length_ratio = db.get_doclength(id) / std::max(1.0, db.get_avlength());
  std::vector<std::pair<double, std::string>> weighed;
  for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
    if (!is_text_word(*t)) continue;
    const double wdf = t.get_wdf();
    const double in = db.get_termfreq(*t);
    // BM25's rarity: negative for words in more than half of the releases, which relate
    // nothing.
    const double rarity = std::log((documents - in + 0.5) / (in + 0.5));
    if (rarity > 0) weighed.emplace_back(wdf / (wdf + 0.5 + 0.5 * length_ratio) * rarity, *t);
  }
  const size_t n = std::min<size_t>(kRelatedWords, weighed.size());
  std::partial_sort(weighed.begin(), weighed.begin() + static_cast<std::ptrdiff_t>(n), weighed.end(),
                    [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<std::string> words;
  for (size_t i = 0; i < n; ++i) words.push_back(weighed[i].second);
  return words;
}

}  // namespace

nlohmann::json find_similar(const Xapian::Database& db, const std::string& id, size_t count) {
  const Xapian::docid self = docid_of(db, id);
  const std::string id_term = schema::id_term(id);

  nlohmann::json hits = nlohmann::json::array();
  const std::vector<std::string> terms = telling_words(db, self);
  if (!terms.empty()) {
    Xapian::Enquire enquire(db);
    // OR, not OP_ELITE_SET: that picks its terms shard by shard.
    Xapian::Query related(Xapian::Query::OP_OR, terms.begin(), terms.end());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, related, Xapian::Query(id_term)));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    enquire.set_sort_by_relevance_then_value(schema::kSortSlot, true);  // ties: not by docid, which shards change
    // A few more than asked for, to make up for skipped copies.
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(count * 2 + 5));
    const std::set<std::string> own_words = word_set(db, self);
    for (auto it = mset.begin(); it != mset.end() && hits.size() < count; ++it) {
      if (jaccard(own_words, word_set(db, *it)) >= kNearIdentical) continue;
      nlohmann::json hit = summary_json(decode_stored(it.get_document().get_data()));
      hit["score"] = shown_score(it.get_weight());
      hits.push_back(std::move(hit));
    }
  }
  return {{"id", id}, {"hits", std::move(hits)}};
}

}  // namespace dipsearch
