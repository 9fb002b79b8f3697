// Loading what the live database was indexed from (see indexed_files.h).
#include "indexer/indexed_files.h"

#include <set>

#include "common/schema.h"

namespace dipsearch::indexer {
namespace {

// The value a document has in a slot, from that slot's stream walked in docid order
// ("" when it has none).
std::string value_at(Xapian::ValueIterator& it, const Xapian::ValueIterator& end, Xapian::docid docid) {
  if (it != end && it.get_docid() < docid) it.skip_to(docid);
  return it != end && it.get_docid() == docid ? *it : std::string();
}

}  // namespace

IndexedFiles::IndexedFiles(const std::vector<std::filesystem::path>& live_shards, const std::string& analysis_key) {
  std::vector<Xapian::Database> shards;
  std::set<std::string> commits;
  for (const auto& path : live_shards) {
    shards.emplace_back(path.string());
    commits.insert(shards.back().get_metadata(std::string(schema::kMetaCommit)));
    if (shards.back().get_metadata(std::string(schema::kMetaAnalysis)) != analysis_key) trusted_ = false;
  }
  if (commits.size() > 1) trusted_ = false;
  if (!trusted_) return;
  for (size_t k = 0; k < shards.size(); ++k) read_shard(shards[k], k);
}

void IndexedFiles::read_shard(const Xapian::Database& db, size_t shard) {
  using schema::kSortSlot, schema::kSourceSlot, schema::kSourceStampSlot;
  Xapian::ValueIterator stamp = db.valuestream_begin(kSourceStampSlot);
  Xapian::ValueIterator sort_key = db.valuestream_begin(kSortSlot);
  const Xapian::ValueIterator stamp_end = db.valuestream_end(kSourceStampSlot), sort_end = db.valuestream_end(kSortSlot);
  for (auto source = db.valuestream_begin(kSourceSlot); source != db.valuestream_end(kSourceSlot); ++source) {
    const Xapian::docid docid = source.get_docid();
    const std::string release_stamp = value_at(stamp, stamp_end, docid);
    const std::string key = value_at(sort_key, sort_end, docid);
    IndexedFile& file = files_[*source];
    if (file.releases.empty()) {
      file.stamp = release_stamp;
    } else if (release_stamp != file.stamp) {
      file.stamp.clear();
    }
    if (key.empty()) file.stamp.clear();  // the release's id is unknown: read the file
    file.releases.push_back({std::string(schema::id_of_sort_key(key)), shard, docid, schema::is_undated_sort_key(key)});
  }
}

const IndexedFile* IndexedFiles::unchanged(const SourceFile& file) const {
  if (file.stamp.empty()) return nullptr;
  const auto it = files_.find(file.absolute.string());
  return it != files_.end() && it->second.stamp == file.stamp ? &it->second : nullptr;
}

}  // namespace dipsearch::indexer
