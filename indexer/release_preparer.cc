// Reading, analysis and document building for one source file (see release_preparer.h).
#include "indexer/release_preparer.h"

#include "common/index/document_builder.h"
#include "common/index/shard_set.h"
#include "common/release/source_reader.h"
#include "common/schema.h"
#include "indexer/release_document.h"
#include "indexer/release_limits.h"

namespace dipsearch::indexer {

ReleasePreparer::ReleasePreparer(const entities::EntityExtractor& extractor, const SiteCatalog& sites,
                                 std::string indexed_at, size_t shard_count,
                                 const std::vector<std::filesystem::path>& live_shards)
    : extractor_(extractor), sites_(sites), indexed_at_(std::move(indexed_at)), shard_count_(shard_count) {
  for (const auto& shard : live_shards) live_.emplace_back(shard.string());
}

namespace {

// A built Xapian document takes about this much per term, positions included (165 bytes
// measured on a release of 484,000 terms), and about this much per byte of source.
constexpr size_t kBytesPerTerm = 200;
constexpr size_t kBytesPerSourceByte = 12;

// What went wrong, for a rejection: Xapian's errors are not std::exceptions.
template <typename Work>
std::optional<std::string> failure_of(Work work) {
  try {
    work();
    return std::nullopt;
  } catch (const Xapian::Error& e) {
    return e.get_description();
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
}

}  // namespace

size_t estimated_memory(const SourceFile& file) { return static_cast<size_t>(file.size) * kBytesPerSourceByte; }

size_t held_memory(const PreparedFile& prepared) {
  size_t terms = 0;
  for (const PreparedRelease& release : prepared.releases) {
    if (release.document) terms += release.document->termlist_count();
  }
  return terms * kBytesPerTerm;
}

PreparedFile ReleasePreparer::prepare(const SourceFile& file) {
  PreparedFile out;
  if ((out.refused = oversized_page_file(file.path, file.size))) return out;
  FileResult result;
  if (auto failure = failure_of([&] { result = read_source_file(file.path); })) {
    out.refused = "cannot be read: " + *failure;
    return out;
  }
  out.rejections = std::move(result.rejections);
  out.warnings = std::move(result.warnings);
  for (Release& release : result.releases) {
    // The directory's sidecar knows what the file cannot say (its URL, its site).
    if (file.sidecar) {
      if (const SidecarEntry* entry = file.sidecar->find(release.id)) apply_sidecar(*entry, release);
    }
    out.releases.push_back(prepare(release, file));
  }
  return out;
}

PreparedRelease ReleasePreparer::prepare(const Release& release, const SourceFile& file) {
  PreparedRelease out;
  out.id = release.id;
  out.source = release.source;
  out.shard = shard_of(release.id, shard_count_);
  out.undated = release.date.empty();
  std::optional<Xapian::Document> existing;
  if (!live_.empty()) {
    const Xapian::Database& db = live_[out.shard];
    const std::string id_term = schema::id_term(release.id);
    if (Xapian::PostingIterator p = db.postlist_begin(id_term); p != db.postlist_end(id_term)) {
      out.existing = *p;
      existing = db.get_document(out.existing);
      out.existing_source = existing->get_value(schema::kSourceSlot);
      out.existing_stamp = existing->get_value(schema::kSourceStampSlot);
    }
  }
  if ((out.refused = oversized_release(release))) return out;
  const auto failure = failure_of([&] {
    const StoredDocument stored = make_stored_document(release, extractor_, sites_, indexed_at_);
    const std::string digest = content_digest(stored);
    out.unchanged = existing && existing->get_value(schema::kContentHashSlot) == digest;
    if (!out.unchanged) out.document = build_document(stored, digest, file.absolute.string());
  });
  if (failure) {
    out.unchanged = false;
    out.document.reset();
    out.refused = "release '" + release.id + "' cannot be indexed: " + *failure;
  }
  return out;
}

}  // namespace dipsearch::indexer
