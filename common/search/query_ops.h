// Small Xapian::Query helpers shared by the query builder and the word queries: combining
// parts that may be empty (an empty query is "nothing to search for"), scaling, terms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace dipsearch::query_ops {

// A prefixed term.
inline std::string term(std::string_view prefix, std::string_view word) {
  std::string t(prefix);
  t.append(word);
  return t;
}

// The parts that mean something joined by `op`; the single part itself; empty when none.
inline Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> nonempty;
  for (const auto& p : parts) {
    if (!p.empty()) nonempty.push_back(p);
  }
  if (nonempty.size() <= 1) return nonempty.empty() ? Xapian::Query() : nonempty.front();
  return Xapian::Query(op, nonempty.begin(), nonempty.end());
}

inline Xapian::Query any_of(const std::vector<Xapian::Query>& parts) {
  return combine(Xapian::Query::OP_OR, parts);
}

// The query with its weight multiplied by factor (unchanged for 1, empty stays empty).
// Every release. A new object each time: Xapian::Query::MatchAll is one object whose
// reference count, not atomic, requests on several threads corrupted (dipsearchd crashed
// under concurrent searches for all releases).
inline Xapian::Query all_documents() { return Xapian::Query(std::string()); }

inline Xapian::Query scaled(const Xapian::Query& q, double factor) {
  if (q.empty() || factor == 1.0) return q;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, factor);
}

}  // namespace dipsearch::query_ops
