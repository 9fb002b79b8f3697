// Opening the lanes of a search index, keeping them on one revision, and its columns.
#include "common/search/search_index.h"

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
  if (local) index.columns_ = read_facet_columns(index.db());
  return index;
}

std::string SearchIndex::revision_of(const Lane& lane) {
  std::string revision;
  for (const auto& shard : lane.shards) {
    revision.append(shard.get_uuid()).append(1, '@').append(std::to_string(shard.get_revision())).append(1, ' ');
  }
  return revision;
}

void SearchIndex::reopen() {
  bool changed = false;
  for (auto& lane : lanes_) changed = lane.db.reopen() || changed;
  if (lanes_.front().shards.empty()) {
    // Opened elsewhere: one lane, no revisions to compare; its columns are read again.
    if (changed && columns_) columns_ = read_facet_columns(db());
    return;
  }
  if (!changed && columns_) return;
  std::string revision = revision_of(lanes_.front());
  for (int tries = 0;; ++tries) {
    bool aligned = true;
    for (const auto& lane : lanes_) aligned = aligned && revision_of(lane) == revision;
    if (aligned) break;
    if (tries == kAlignTries) throw Xapian::DatabaseModifiedError("the lanes of a search index stay on different revisions");
    for (auto& lane : lanes_) lane.db.reopen();
    revision = revision_of(lanes_.front());
  }
  columns_ = cache_ != nullptr ? cache_->get(revision, db()) : read_facet_columns(db());
}

}  // namespace dipsearch
