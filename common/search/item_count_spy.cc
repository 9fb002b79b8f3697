#include "common/search/item_count_spy.h"

#include "common/schema.h"

namespace dipsearch {

void ItemCountSpy::count(std::string_view item) {
  if (item.empty()) return;
  auto it = counts_.find(item);
  if (it != counts_.end()) {
    ++it->second;
    return;
  }
  counts_.emplace(items_.emplace_back(item), 1);
}

void ItemCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(slot_);
  const std::string_view v = value;
  switch (packing_) {
    case Packing::kWhole:
      count(v);
      break;
    case Packing::kPairs:
      for (size_t i = 0; i + 2 <= v.size(); i += 2) count(v.substr(i, 2));
      break;
    case Packing::kLines:
      for (size_t start = 0; start < v.size();) {
        size_t end = v.find(schema::kOfficialsSeparator, start);
        if (end == std::string_view::npos) end = v.size();
        count(v.substr(start, end - start));
        start = end + 1;
      }
      break;
  }
}

std::vector<std::pair<std::string, Xapian::doccount>> ItemCountSpy::counts() const {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  out.reserve(counts_.size());
  for (const auto& [item, n] : counts_) out.emplace_back(std::string(item), n);
  return out;
}

}  // namespace dipsearch
