// The baselines dipsearch is measured against, each over an in-memory Xapian database of
// the same releases, ranked with Xapian's default BM25 and with the title counted three
// times like dipsearch does:
// - "whitespace": words split at spaces only, case-folded, punctuation trimmed from their
//   ends; quoted text is a phrase. What a search box without language analysis gives.
// - "xapian-cjk": Xapian's own TermGenerator and QueryParser with FLAG_CJK_NGRAM, the
//   English stemmer and our stop words: the strongest analysis one can install for Korean.
// Both answer releases with any query word, best first (QueryParser's default OR);
// "xapian-cjk-and" requires every word, as a strict search box would; "xapian-cjk-auto"
// lists the releases with every word first, then those with some of them (each part by
// BM25), as dipsearch's match=auto does.
// - "sqlite-fts5-trigram" (sqlite_fts5_ranker.h): SQLite's FTS5 with its trigram tokenizer.
// A query's date: range is the date filter a search box offers beside the words
// (baseline_query.h).
#pragma once

#include <memory>
#include <vector>

#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {

std::unique_ptr<Ranker> make_whitespace_ranker(const std::vector<Release>& corpus);

enum class DefaultOperator { kOr, kAnd, kAllThenSome };
std::unique_ptr<Ranker> make_xapian_cjk_ranker(const std::vector<Release>& corpus, DefaultOperator op);

}  // namespace dipsearch::relevance
