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

// Counts the items of one column over the documents a match visits, by docid alone.
class ColumnCountSpy : public Xapian::MatchSpy {
 public:
  explicit ColumnCountSpy(const FacetColumn& column) : column_(column), counts_(column.item_count(), 0) {}

  void operator()(const Xapian::Document& doc, double) override {
    const auto [first, last] = column_.items_of(doc.get_docid());
    for (const uint32_t* id = first; id != last; ++id) ++counts_[*id];
  }

  // Adds the counts of a spy of the same column (another part of the same search).
  void add(const ColumnCountSpy& other);
  // Every item counted, with the number of matching documents that hold it.
  std::vector<std::pair<std::string, Xapian::doccount>> counts() const;

 private:
  const FacetColumn& column_;
  std::vector<Xapian::doccount> counts_;  // by item id
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
