// What a search reads. A database whose shards are all local (one database is one shard) is
// held open once per lane — a handle per thread that matches part of a search, all on one
// revision — with its facet columns; any other (with remote shards) is one handle counted
// with stock spies.
#pragma once

#include <cstddef>
#include <filesystem>
#include <future>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/search/facet_columns.h"

namespace dipsearch {

// The facet columns of the shard revisions searched lately, so that each revision of a
// shard is read once (not per search): a few megabytes per 100,000 releases, built by the
// first search of a revision while the others of that revision wait for it.
class FacetColumnCache {
 public:
  explicit FacetColumnCache(size_t revisions_kept = 16) : kept_(revisions_kept) {}
  // The columns of the shard `db`, whose UUID and revision `revision` names.
  std::shared_ptr<const FacetColumns> get(const std::string& revision, const Xapian::Database& db);

 private:
  using Pending = std::shared_future<std::shared_ptr<const FacetColumns>>;
  const size_t kept_;
  std::mutex mutex_;
  std::list<std::pair<std::string, Pending>> recent_;  // most recently used first
};

class SearchIndex {
 public:
  // The local shard directories of one generation, in order, each opened once per lane,
  // with columns from the cache (read now when the cache is null).
  static SearchIndex open_local(const std::vector<std::filesystem::path>& shards, size_t lanes,
                                FacetColumnCache* cache);
  // A database opened elsewhere, searched as one lane: with columns read now when it is
  // one local database (tools and tests), else (remote shards) with stock spies.
  static SearchIndex of(Xapian::Database db, bool local);

  // The first lane's handle: for everything but matching in parallel.
  Xapian::Database& db() { return lanes_.front().db; }
  const Xapian::Database& db() const { return lanes_.front().db; }
  size_t lanes() const { return lanes_.size(); }
  const Xapian::Database& lane(size_t i) const { return lanes_[i].db; }
  // Whether facets are counted from columns (else with stock spies).
  bool has_columns() const { return !columns_.empty(); }
  // The facet columns of each shard, on the revision every lane reads, and the shards' ids
  // (for a ShardTracker); one shard needs no tracker.
  ShardColumns columns(const size_t* current_shard) const;
  const std::vector<std::string>& shard_ids() const { return shard_ids_; }

  // Brings every lane to the latest revision, all to the same one, and the columns with
  // them. Throws Xapian errors.
  void reopen();

 private:
  struct Lane {
    Xapian::Database db;                  // every shard, as one
    std::vector<Xapian::Database> shards;  // the same shards one by one (local lanes)
  };
  static std::string revision_of(const Xapian::Database& shard);
  static std::string revisions_of(const Lane& lane);

  std::vector<Lane> lanes_;
  FacetColumnCache* cache_ = nullptr;
  std::vector<std::shared_ptr<const FacetColumns>> columns_;  // by shard
  std::vector<std::string> shard_ids_;
};

}  // namespace dipsearch
