// The SQLite FTS5 baseline: the releases in an in-memory FTS5 table with the trigram
// tokenizer (every three-character substring; case folded), ranked by FTS5's bm25() with
// the title weighing three times the body, as the other systems weigh it.
#pragma once

#include <memory>
#include <vector>

#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {

// A query's words (split at spaces; quoted text is one string) must all occur, then
// releases with some of them follow, each part by bm25(). Words shorter than three
// characters cannot be looked up in a trigram index: they filter the all-words part by
// substring (LIKE's way, as FTS5's documentation advises) and are left out of the partial
// part; a query of short words only lists the releases holding all of them, newest first.
// Throws std::runtime_error when SQLite lacks FTS5 or the trigram tokenizer.
std::unique_ptr<Ranker> make_sqlite_fts5_ranker(const std::vector<Release>& corpus);

}  // namespace dipsearch::relevance
