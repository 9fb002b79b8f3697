// Opening the lanes of a search index, keeping them on one revision, and its columns.
#include "common/search/search_index.h"

#include <algorithm>

#include "common/search/facets.h"

namespace dipsearch {
namespace {

// Lanes opened or reopened while an indexer commits may land on different revisions; a
// commit takes long enough that a few tries always find them together.
constexpr int kAlignTries = 20;

}  // namespace

std::shared_ptr<const FacetColumns> FacetColumnCache::get(const std::string& revision, const Xapian::Database& db) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (auto it = recent_.begin(); it != recent_.end(); ++it) {
    if (it->first != revision) continue;
    recent_.splice(recent_.begin(), recent_, it);
    Pending pending = it->second;
    lock.unlock();
    return pending.get();
  }
  std::promise<std::shared_ptr<const FacetColumns>> promise;
  Pending pending = promise.get_future().share();
  recent_.emplace_front(revision, pending);
  if (recent_.size() > kept_) recent_.pop_back();
  lock.unlock();
  try {
    promise.set_value(read_facet_columns(db));
  } catch (...) {
    promise.set_exception(std::current_exception());
    lock.lock();
    recent_.remove_if([&](const auto& entry) { return entry.first == revision; });
  }
  return pending.get();
}

SearchIndex SearchIndex::open_local(const std::vector<std::filesystem::path>& shards, size_t lanes,
                                    FacetColumnCache* cache) {
  SearchIndex index;
  index.cache_ = cache;
  for (size_t i = 0; i < std::max<size_t>(lanes, 1); ++i) {
    Lane& lane = index.lanes_.emplace_back();
    for (const auto& path : shards) {
      lane.shards.emplace_back(path.string());
      lane.db.add_database(lane.shards.back());
    }
  }
  index.reopen();
  return index;
}

SearchIndex SearchIndex::of(Xapian::Database db, bool local) {
  SearchIndex index;
  index.lanes_.push_back(Lane{std::move(db), {}});
  if (local && index.db().size() == 1) index.columns_.push_back(read_facet_columns(index.db()));
  return index;
}

ShardColumns SearchIndex::columns(const size_t* current_shard) const {
  ShardColumns out;
  for (const auto& shard : columns_) out.shards.push_back(shard.get());
  if (out.shards.size() > 1) out.current_shard = current_shard;
  return out;
}

std::string SearchIndex::revision_of(const Xapian::Database& shard) {
  return shard.get_uuid() + "@" + std::to_string(shard.get_revision());
}

std::string SearchIndex::revisions_of(const Lane& lane) {
  std::string revisions;
  for (const auto& shard : lane.shards) revisions.append(revision_of(shard)).append(1, ' ');
  return revisions;
}

void SearchIndex::reopen() {
  bool changed = false;
  for (auto& lane : lanes_) changed = lane.db.reopen() || changed;
  const std::vector<Xapian::Database>& shards = lanes_.front().shards;
  if (shards.empty()) {
    // Opened elsewhere: one lane, no revisions to compare; its columns are read again.
    if (changed && !columns_.empty()) columns_ = {read_facet_columns(db())};
    return;
  }
  if (!changed && !columns_.empty()) return;
  std::string revisions = revisions_of(lanes_.front());
  for (int tries = 0;; ++tries) {
    bool aligned = true;
    for (const auto& lane : lanes_) aligned = aligned && revisions_of(lane) == revisions;
    if (aligned) break;
    if (tries == kAlignTries) throw Xapian::DatabaseModifiedError("the lanes of a search index stay on different revisions");
    for (auto& lane : lanes_) lane.db.reopen();
    revisions = revisions_of(lanes_.front());
  }
  std::vector<std::shared_ptr<const FacetColumns>> columns;
  std::vector<std::string> ids;
  for (const auto& shard : shards) {
    columns.push_back(cache_ != nullptr ? cache_->get(revision_of(shard), shard) : read_facet_columns(shard));
    ids.push_back(shard.get_uuid());
  }
  // A spy tells shards apart by their UUIDs (copies of one shard would share one).
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  const bool distinct = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
  columns_ = distinct ? std::move(columns) : std::vector<std::shared_ptr<const FacetColumns>>{};
  shard_ids_ = std::move(ids);
}

}  // namespace dipsearch
