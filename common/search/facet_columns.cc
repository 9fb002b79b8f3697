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

void ColumnCountSpy::add(const ColumnCountSpy& other) {
  for (size_t id = 0; id < counts_.size() && id < other.counts_.size(); ++id) counts_[id] += other.counts_[id];
}

std::vector<std::pair<std::string, Xapian::doccount>> ColumnCountSpy::counts() const {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  for (uint32_t id = 0; id < counts_.size(); ++id) {
    if (counts_[id] > 0) out.emplace_back(column_.item(id), counts_[id]);
  }
  return out;
}

}  // namespace dipsearch
