// The language a query is written in, and the preference for releases in it: among matches
// of comparable weight, a Korean query's Korean releases before English ones that quote the
// same Korean words (and the other way round).
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "common/query/query_ast.h"

namespace dipsearch {

// "ko" when a word, phrase or prefix of the query (title: included, other fields not) holds
// Hangul, else "en" when one holds a Latin letter; empty when neither (numbers, Han
// characters alone, only fields, no query).
std::string query_language(const query::Node* root);

// Whether the query asks for a phrase ("…") that its releases must hold (not one they must
// not hold).
bool holds_phrase(const query::Node* root);

// The query, its matches in language `lang` weighing (1 + extra) times as much; the same
// matches. Stock operators only (`weighing`, scaled and filtered by the language term, as
// an AND_MAYBE boost), so that one database, local shards and remote shards weigh it
// alike. `weighing` is the query itself or a cheaper copy that weighs its matches alike
// (one that reads no positions). The query itself when lang is empty, extra not positive
// or the query empty.
Xapian::Query prefer_language(const Xapian::Query& query, const Xapian::Query& weighing, std::string_view lang,
                              double extra);

}  // namespace dipsearch
