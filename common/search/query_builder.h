// Query meaning: the syntax tree of common/query plus the schema become Xapian queries,
// built from the same analyzer the indexer used (Xapian's QueryParser cannot use ICU).
#pragma once

#include <string_view>

#include <xapian.h>

#include "common/query/query_ast.h"
#include "common/search/highlight_terms.h"

namespace dipsearch {
namespace entities {
class CountryCatalog;
}

enum class MatchMode { kAuto, kAll, kAny };

struct BuiltQuery {
  // The result set: releases with every word (kAuto, kAll) or with any word (kAny).
  Xapian::Query matching;
  // kAuto only: releases with some words but not all, ranked after `matching`; an empty
  // query when there is nothing to relax (a single word, an OR, a phrase…).
  Xapian::Query partial;
  HighlightTerms highlight;
};

// A null root (empty query text) matches every release. Throws ApiError (400,
// invalid_query) for a field value that means nothing, naming its position.
// `text` is the query as typed, for the positions in error messages.
BuiltQuery build_query(std::string_view text, const query::Node* root, MatchMode mode,
                       const entities::CountryCatalog& countries);

// Upper bound on the terms one prefix* expands to.
inline constexpr Xapian::termcount kMaxWildcardExpansion = 200;

}  // namespace dipsearch
