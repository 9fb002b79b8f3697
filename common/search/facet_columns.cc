// Reading facet columns from value streams, and counting with them.
#include "common/search/facet_columns.h"

#include <unordered_map>

namespace dipsearch {

size_t FacetColumn::memory_bytes() const {
  size_t bytes = starts_.capacity() * sizeof(uint32_t) + ids_.capacity() * sizeof(uint32_t);
  for (const auto& item : items_) bytes += sizeof(std::string) + item.capacity();
  return bytes;
}

std::shared_ptr<const FacetColumns> FacetColumns::read(const Xapian::Database& db, const std::vector<Slot>& slots) {
  auto columns = std::make_shared<FacetColumns>();
  const Xapian::docid last = db.get_lastdocid();
  for (const Slot& slot : slots) {
    FacetColumn& column = columns->columns_.emplace_back();
    column.starts_.assign(static_cast<size_t>(last) + 2, 0);
    std::unordered_map<std::string, uint32_t> ids;
    Xapian::docid next = 0;  // the first docid whose start is not set yet
    for (auto it = db.valuestream_begin(slot.slot); it != db.valuestream_end(slot.slot); ++it) {
      const Xapian::docid did = it.get_docid();
      if (did > last) break;  // a document added since get_lastdocid(): the next revision's
      for (; next <= did; ++next) column.starts_[next] = static_cast<uint32_t>(column.ids_.size());
      const std::string value = *it;
      for_each_item(value, slot.packing, [&](std::string_view item) {
        auto [at, added] = ids.try_emplace(std::string(item), static_cast<uint32_t>(column.items_.size()));
        if (added) column.items_.push_back(at->first);
        column.ids_.push_back(at->second);
      });
    }
    for (; next < column.starts_.size(); ++next) column.starts_[next] = static_cast<uint32_t>(column.ids_.size());
    column.ids_.shrink_to_fit();
  }
  return columns;
}

size_t FacetColumns::memory_bytes() const {
  size_t bytes = 0;
  for (const auto& column : columns_) bytes += column.memory_bytes();
  return bytes;
}

ColumnCountSpy::ColumnCountSpy(const ShardColumns& columns, size_t i) : current_shard_(columns.current_shard) {
  for (const FacetColumns* shard : columns.shards) {
    columns_.push_back(&shard->column(i));
    counts_.emplace_back(columns_.back()->item_count(), 0);
  }
}

void ColumnCountSpy::add(const ColumnCountSpy& other) {
  for (size_t shard = 0; shard < counts_.size() && shard < other.counts_.size(); ++shard) {
    std::vector<Xapian::doccount>& counts = counts_[shard];
    for (size_t id = 0; id < counts.size() && id < other.counts_[shard].size(); ++id) counts[id] += other.counts_[shard][id];
  }
}

std::vector<std::pair<std::string_view, Xapian::doccount>> ColumnCountSpy::counts() const {
  std::vector<std::pair<std::string_view, Xapian::doccount>> out;
  if (counts_.size() == 1) {
    // One shard: its items are distinct already. A facet may have a value per release (the
    // officials of a generated corpus: 95,000 at 100,000 releases), so no map and no copies.
    for (uint32_t id = 0; id < counts_[0].size(); ++id) {
      if (counts_[0][id] > 0) out.emplace_back(columns_[0]->item(id), counts_[0][id]);
    }
    return out;
  }
  // Each shard numbers its items on its own: the same item adds up by name.
  std::unordered_map<std::string_view, Xapian::doccount> by_item;
  for (size_t shard = 0; shard < counts_.size(); ++shard) {
    for (uint32_t id = 0; id < counts_[shard].size(); ++id) {
      if (counts_[shard][id] > 0) by_item[columns_[shard]->item(id)] += counts_[shard][id];
    }
  }
  out.assign(by_item.begin(), by_item.end());
  return out;
}

}  // namespace dipsearch
