// For query-meaning tests: a small in-memory index built with the real document builder, and
// the real query builder run over it the way the Searcher runs it (strict matches, then the
// partial tail), so each test states which releases a query finds and in what order.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/entities/country_catalog.h"
#include "common/index/document_builder.h"
#include "common/query/query_parser.h"
#include "common/search/query_builder.h"
#include "dipsearch/config.h"

namespace dipsearch::testing {

struct Doc {
  std::string id;
  std::string lang;
  std::string title;
  std::string body;
  std::vector<std::string> countries = {};
  std::string date = {};  // "YYYY-MM-DD", or none
};

inline Xapian::WritableDatabase index_of(const std::vector<Doc>& docs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const auto& d : docs) {
    StoredDocument s;
    s.id = d.id;
    s.lang = d.lang;
    s.title = d.title;
    s.body = d.body;
    s.countries = d.countries;
    s.date = d.date;
    db.replace_document(schema::id_term(d.id), build_document(s, "digest", "/fixture/" + d.id));
  }
  db.commit();
  return db;
}

inline const entities::CountryCatalog& countries() {
  return entities::CountryCatalog::instance(DIPSEARCH_DEFAULT_DATA_DIR);
}

inline BuiltQuery meaning(const std::string& q, MatchMode mode = MatchMode::kAuto,
                          const entities::OfficialsRegistry* officials = nullptr) {
  query::NodePtr root = query::parse_query(q);
  return build_query(q, root.get(), mode, countries(), RankingParams{}, officials);
}

inline std::vector<std::string> ranked(const Xapian::Database& db, const Xapian::Query& q) {
  std::vector<std::string> ids;
  if (q.empty()) return ids;
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  rank_by_relevance(enquire);
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(decode_stored(it.get_document().get_data()).id);
  return ids;
}

inline bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

struct Found {
  std::vector<std::string> strict;   // the result set, best first
  std::vector<std::string> partial;  // match=auto's tail, best first
  std::vector<std::string> all() const {
    std::vector<std::string> out = strict;
    out.insert(out.end(), partial.begin(), partial.end());
    return out;
  }
};

inline Found search(const Xapian::Database& db, const std::string& q, MatchMode mode = MatchMode::kAuto,
                    const entities::OfficialsRegistry* officials = nullptr) {
  BuiltQuery built = meaning(q, mode, officials);
  return Found{ranked(db, built.matching), ranked(db, built.partial)};
}

}  // namespace dipsearch::testing
