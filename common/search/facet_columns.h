// Facet columns ("doc values"): the facet items of every release of a database as compact
// arrays indexed by docid, read from the value slots once per database revision. Counting a
// match is then a few array increments, where reading and splitting its value slots cost
// about a thousand instructions per slot. Local databases only: a stock xapian-tcpsrv runs
// no spy of ours, so remote shards count with ValueCountMatchSpy (same counts).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/schema.h"

namespace dipsearch {

// How a value slot holds its items.
enum class Packing {
  kWhole,  // the value is one item
  kPairs,  // items of two bytes, side by side ("AFKR")
  kLines,  // items one per line (schema::kOfficialsSeparator)
};

// Calls fn(item) for each non-empty item of a packed slot value.
template <typename Fn>
void for_each_item(std::string_view value, Packing packing, Fn&& fn);

// One slot's items: each distinct item once, and per docid the ids of its items.
class FacetColumn {
 public:
  size_t item_count() const { return items_.size(); }
  const std::string& item(uint32_t id) const { return items_[id]; }
  // The item ids of a document, [first, last); none for a docid the column does not know.
  std::pair<const uint32_t*, const uint32_t*> items_of(Xapian::docid did) const {
    if (did + 1 >= starts_.size()) return {nullptr, nullptr};
    return {ids_.data() + starts_[did], ids_.data() + starts_[did + 1]};
  }
  size_t memory_bytes() const;

 private:
  friend class FacetColumns;
  std::vector<std::string> items_;
  std::vector<uint32_t> starts_;  // docid → its first id in ids_; one more entry than docids
  std::vector<uint32_t> ids_;
};

// The columns of several slots of one database (one local database, or local shards opened
// as one: docids as that Database numbers them).
class FacetColumns {
 public:
  struct Slot {
    Xapian::valueno slot;
    Packing packing;
  };
  // Reads every document's values of these slots: one pass over each slot's value stream.
  static std::shared_ptr<const FacetColumns> read(const Xapian::Database& db, const std::vector<Slot>& slots);

  // The column of slots[i].
  const FacetColumn& column(size_t i) const { return columns_[i]; }
  size_t memory_bytes() const;

 private:
  std::vector<FacetColumn> columns_;
};

// The columns of every shard of a database searched as one, in the order Xapian numbers its
// shards. A spy sees each shard's own docids, shard after shard, so whatever advances the
// match in a shard (the lane's docid share, match_lanes.h) says which shard it is in.
struct ShardColumns {
  std::vector<const FacetColumns*> shards;
  const size_t* current_shard = nullptr;  // null: one shard
};

// Counts the items of one column over the documents a match visits, by docid alone.
class ColumnCountSpy : public Xapian::MatchSpy {
 public:
  // The column of slots[i] of every shard.
  ColumnCountSpy(const ShardColumns& columns, size_t i);

  void operator()(const Xapian::Document& doc, double) override {
    const size_t shard = current_shard_ != nullptr ? *current_shard_ : 0;
    const auto [first, last] = columns_[shard]->items_of(doc.get_docid());
    std::vector<Xapian::doccount>& counts = counts_[shard];
    for (const uint32_t* id = first; id != last; ++id) ++counts[*id];
  }

  // Adds the counts of a spy of the same columns (another part of the same search).
  void add(const ColumnCountSpy& other);
  // Every item counted, with the number of matching documents that hold it; views into the
  // columns, which outlive the spy.
  std::vector<std::pair<std::string_view, Xapian::doccount>> counts() const;

 private:
  std::vector<const FacetColumn*> columns_;       // by shard
  std::vector<std::vector<Xapian::doccount>> counts_;  // by shard, by item id
  const size_t* current_shard_;
};

template <typename Fn>
void for_each_item(std::string_view value, Packing packing, Fn&& fn) {
  switch (packing) {
    case Packing::kWhole:
      if (!value.empty()) fn(value);
      break;
    case Packing::kPairs:
      for (size_t i = 0; i + 2 <= value.size(); i += 2) fn(value.substr(i, 2));
      break;
    case Packing::kLines:
      for (size_t start = 0; start < value.size();) {
        size_t end = value.find(schema::kOfficialsSeparator, start);
        if (end == std::string_view::npos) end = value.size();
        if (end > start) fn(value.substr(start, end - start));
        start = end + 1;
      }
      break;
  }
}

}  // namespace dipsearch
