// The writer thread writes Xapian's buffered changes out early when large documents pile up
// (every document here is "large"): inside a transaction that never commits anything, and
// never changes a document.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "common/schema.h"
#include "indexer/shard_writer.h"
#include "../temp_dir.h"

namespace dipsearch::indexer {
namespace {

Xapian::Document numbered_document(int n) {
  Xapian::Document doc;
  for (Xapian::termpos pos = 1; pos <= 20; ++pos) doc.add_posting("w" + std::to_string(n * 100 + pos % 7), pos);
  doc.add_value(schema::kSourceSlot, "/src/" + std::to_string(n) + ".txt");
  doc.add_value(schema::kDateSlot, "2022010" + std::to_string(n % 9 + 1));
  doc.set_data("release " + std::to_string(n));
  return doc;
}

// term → positions, values and data: everything a document holds.
std::string contents(const Xapian::Document& doc) {
  std::string out = doc.get_data() + "|";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + ":";
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out += std::to_string(*p) + ",";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out += "|" + std::to_string(v.get_valueno()) + "=" + *v;
  return out;
}

TEST(ShardWriter, WritingOutEarlyCommitsNothingAndChangesNoDocument) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  { Xapian::WritableDatabase(path, Xapian::DB_CREATE).commit(); }

  Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
  db.begin_transaction();
  // Xapian would write out every 1,000 changes; every document's 20 terms go over the limit
  // of 10, so each write is followed by an early write-out.
  ShardWriter writer(db, 1000, 10);
  for (int n = 1; n <= 6; ++n) writer.write(0, numbered_document(n));
  writer.write(2, numbered_document(7));  // a replacement
  writer.restamp(3, "/moved/3.txt", "stamp");
  writer.finish();

  EXPECT_EQ(db.get_doccount(), 6u);
  for (int n : {1, 4, 5, 6}) EXPECT_EQ(contents(db.get_document(n)), contents(numbered_document(n))) << n;
  EXPECT_EQ(contents(db.get_document(2)), contents(numbered_document(7)));
  EXPECT_EQ(db.get_document(3).get_value(schema::kSourceSlot), "/moved/3.txt");
  EXPECT_EQ(db.get_document(3).get_data(), "release 3");
  EXPECT_EQ(db.postlist_begin("w105").get_wdf(), 3u);  // positions 5, 12, 19

  db.cancel_transaction();
  db.close();
  EXPECT_EQ(Xapian::Database(path).get_doccount(), 0u) << "an early write-out committed";
}

// Documents kept without a task for the writer thread are among those kept once it is
// finished, with those it wrote and restamped; the documents written are only those.
TEST(ShardWriter, KeptAreTheDocumentsKeptWrittenAndRestamped) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  {
    Xapian::WritableDatabase created(path, Xapian::DB_CREATE);
    for (int n = 1; n <= 6; ++n) created.add_document(numbered_document(n));
    created.commit();
  }
  Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
  ShardWriter writer(db, 1000);
  writer.keep(1);
  writer.write(2, numbered_document(7));
  writer.keep(5);
  writer.restamp(3, "/moved/3.txt", "stamp");
  writer.write(0, numbered_document(8));
  writer.finish();

  std::vector<Xapian::docid> kept, written;
  for (Xapian::docid id = 1; id <= 8; ++id) {
    if (writer.kept().has(id)) kept.push_back(id);
    if (writer.written().has(id)) written.push_back(id);
  }
  EXPECT_EQ(kept, (std::vector<Xapian::docid>{1, 2, 3, 5, 7}));
  EXPECT_EQ(written, (std::vector<Xapian::docid>{2, 7}));
}

}  // namespace
}  // namespace dipsearch::indexer
