// More-like-this over an in-memory index: related releases, never the release itself nor
// its near-identical copies.
#include <gtest/gtest.h>

#include "common/index/document_builder.h"
#include "common/search/api_error.h"
#include "common/search/similar.h"

namespace dipsearch {
namespace {

void add(Xapian::WritableDatabase& db, const std::string& id, const std::string& title, const std::string& body) {
  StoredDocument d;
  d.id = id;
  d.title = title;
  d.body = body;
  d.lang = "en";
  db.replace_document(schema::id_term(id), build_document(d, "digest", "/x/" + id));
}

Xapian::WritableDatabase corpus() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string fisheries = "The ministers discussed fisheries quotas, maritime safety and port logistics in the Pacific.";
  add(db, "orig", "Fisheries talks", fisheries);
  add(db, "copy", "Fisheries talks", fisheries);
  add(db, "related", "Port logistics", "Experts met on port logistics, fisheries inspection and maritime safety in the Pacific.");
  const char* topics[] = {"vaccines", "scholarships", "elections", "films", "railways", "wheat", "museums", "chess"};
  for (int i = 0; i < 8; ++i) {
    add(db, "other-" + std::to_string(i), std::string("Talks on ") + topics[i],
        std::string("The delegations discussed ") + topics[i] + " and budgets for the coming year.");
  }
  db.commit();
  return db;
}

std::vector<std::string> ids(const nlohmann::json& r) {
  std::vector<std::string> out;
  for (const auto& h : r["hits"]) out.push_back(h["id"]);
  return out;
}

TEST(Similar, FindsRelatedButNotItselfOrCopies) {
  Xapian::WritableDatabase db = corpus();
  nlohmann::json r = find_similar(db, "orig");
  EXPECT_EQ(r["id"], "orig");
  EXPECT_EQ(ids(r), std::vector<std::string>{"related"}) << r.dump();
}

TEST(Similar, RespectsTheCount) {
  Xapian::WritableDatabase db = corpus();
  EXPECT_LE(find_similar(db, "other-0", 2)["hits"].size(), 2u);
}

TEST(Similar, UnknownAndMalformedIds) {
  Xapian::WritableDatabase db = corpus();
  try {
    find_similar(db, "missing");
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status, 404);
  }
  try {
    find_similar(db, "../etc/passwd");
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status, 400);
  }
}

}  // namespace
}  // namespace dipsearch
