// Exports write every match exactly once, in order, a batch at a time.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "common/entities/country_catalog.h"
#include "common/index/document_builder.h"
#include "common/search/export_cursor.h"

namespace dipsearch {
namespace {

std::filesystem::path data_dir() { return std::filesystem::path(DIPSEARCH_SAMPLE_DIR).parent_path(); }

Xapian::WritableDatabase corpus(int n) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < n; ++i) {
    StoredDocument d;
    d.id = "doc-" + std::to_string(i);
    d.title = i % 2 ? "Talks, \"round\" " + std::to_string(i) : "Meeting " + std::to_string(i);
    d.body = "Line one of " + std::to_string(i) + "\n\nLine two, with a comma.";
    d.lang = i % 3 ? "en" : "ko";
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-01-01", i % 30);
    d.date = date;
    db.replace_document(schema::id_term(d.id), build_document(d, "x", "/x"));
  }
  db.commit();
  return db;
}

TEST(ExportCursor, NdjsonCoversEveryMatchAcrossBatches) {
  const int n = static_cast<int>(ExportCursor::kBatch) * 3 + 17;  // two thirds match: 3 batches
  Xapian::WritableDatabase db = corpus(n);
  SearchRequest r;
  r.langs = {"en"};
  ExportCursor cursor(db, r, entities::CountryCatalog::instance(data_dir()), ExportFormat::kNdjson);
  std::string out;
  int calls = 0;
  while (cursor.next(out)) ++calls;
  EXPECT_GE(calls, 3);
  std::istringstream lines(out);
  std::string line, previous_date = "9999";
  std::set<std::string> ids;
  while (std::getline(lines, line)) {
    auto row = nlohmann::json::parse(line);
    EXPECT_EQ(row["lang"], "en");
    EXPECT_TRUE(ids.insert(row["id"]).second);
    EXPECT_LE(row["date"].get<std::string>(), previous_date);  // date_desc without q
    previous_date = row["date"];
  }
  int expected = 0;
  for (int i = 0; i < n; ++i) expected += (i % 3) ? 1 : 0;
  EXPECT_EQ(static_cast<int>(ids.size()), expected);
}

TEST(ExportCursor, CsvStartsWithTheHeaderEvenWhenNothingMatches) {
  Xapian::WritableDatabase db = corpus(3);
  SearchRequest r;
  r.q = "nothingmatchesthis";
  ExportCursor cursor(db, r, entities::CountryCatalog::instance(data_dir()), ExportFormat::kCsv);
  std::string out;
  while (cursor.next(out)) {
  }
  EXPECT_EQ(out, "id,date,lang,title,url,source,source_label,countries,officials,official_names,body\r\n");
}

}  // namespace
}  // namespace dipsearch
