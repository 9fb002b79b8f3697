// dipsearch as users get it: the corpus indexed by the real dipsearch-index into a temporary
// database, searched through the same Searcher that dipsearchd serves, with the same
// officials registry (match=auto, strict matches then the partial tail), or with other
// ranking weights for tuning.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "bench/relevance/ranker.h"
#include "common/search/ranking.h"

namespace dipsearch::relevance {

// Throws std::runtime_error when the indexer fails or takes longer than a minute.
// With `params`, queries are built with those weights instead of the defaults, through the
// same query builder but outside the Searcher (for sweeps).
std::unique_ptr<Ranker> make_dipsearch_ranker(const std::vector<std::filesystem::path>& corpus,
                                              std::optional<RankingParams> params = std::nullopt);

// Another ranker over the same index with different weights, without indexing again.
std::unique_ptr<Ranker> with_params(const Ranker& dipsearch, const RankingParams& params);

}  // namespace dipsearch::relevance
