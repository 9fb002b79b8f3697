// The baselines dipsearch is measured against, each over an in-memory Xapian database of
// the same releases, ranked with Xapian's default BM25 and with the title counted three
// times like dipsearch does:
// - "whitespace": words split at spaces only, case-folded, punctuation trimmed from their
//   ends; quoted text is a phrase. What a search box without language analysis gives.
// - "xapian-cjk": Xapian's own TermGenerator and QueryParser with FLAG_CJK_NGRAM, the
//   English stemmer and our stop words: the strongest analysis one can install for Korean.
// Both answer releases with any query word, best first (QueryParser's default OR);
// "xapian-cjk-and" requires every word, as a strict search box would.
#pragma once

#include <memory>
#include <vector>

#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {

std::unique_ptr<Ranker> make_whitespace_ranker(const std::vector<Release>& corpus);

enum class DefaultOperator { kOr, kAnd };
std::unique_ptr<Ranker> make_xapian_cjk_ranker(const std::vector<Release>& corpus, DefaultOperator op);

}  // namespace dipsearch::relevance
