// Facet counting: a spy per slot (on columns, or Xapian's stock one), then split and labelled.
#include "common/search/facets.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "common/entities/country_catalog.h"
#include "common/schema.h"
#include "common/search/date_buckets.h"

namespace dipsearch {
namespace {

using nlohmann::json;

Xapian::valueno slot_of(FacetField field) {
  switch (field) {
    case FacetField::kCountry: return schema::kCountriesSlot;
    case FacetField::kOfficial: return schema::kOfficialsSlot;
    case FacetField::kLang: return schema::kLangSlot;
    case FacetField::kDate: return schema::kDateSlot;
    case FacetField::kSource: return schema::kSiteSlot;
  }
  return Xapian::BAD_VALUENO;
}

Packing packing_of(FacetField field) {
  switch (field) {
    case FacetField::kCountry: return Packing::kPairs;
    case FacetField::kOfficial:
    case FacetField::kSource: return Packing::kLines;
    case FacetField::kLang:
    case FacetField::kDate: return Packing::kWhole;
  }
  return Packing::kWhole;
}

// Views into the spy's counted values, which outlive the buckets.
struct Bucket {
  std::string_view value;
  std::string_view label;
  std::string_view label_ko;
  Xapian::doccount count = 0;
};

// Most frequent first; ties in value order so equal counts come out the same every time.
bool by_count(const Bucket* a, const Bucket* b) {
  return a->count != b->count ? a->count > b->count : a->value < b->value;
}

// The top `size` (only those are sorted: a facet may have thousands of values), plus
// selected values that fell below the cut (with count 0 when they have no match), so a
// page can always show and remove what is selected.
std::vector<Bucket> top(const std::unordered_map<std::string_view, Bucket>& buckets, size_t size,
                        const std::vector<std::string>& selected) {
  std::vector<const Bucket*> order;
  order.reserve(buckets.size());
  for (const auto& [value, bucket] : buckets) order.push_back(&bucket);
  size = std::min(size, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(size), order.end(), by_count);
  std::vector<Bucket> out;
  for (size_t i = 0; i < size; ++i) out.push_back(*order[i]);
  for (const auto& value : selected) {
    auto in = [&value](const Bucket& b) { return b.value == value; };
    if (std::any_of(out.begin(), out.end(), in)) continue;
    auto it = buckets.find(value);
    out.push_back(it != buckets.end() ? it->second : Bucket{value, {}, {}, 0});
  }
  return out;
}

// The next `sep`-separated part of `s` from `at`, advancing `at` past it.
std::string_view next_part(std::string_view s, size_t& at, char sep) {
  const size_t end = std::min(s.find(sep, at), s.size());
  std::string_view part = s.substr(at, end - at);
  at = end + 1;
  return part;
}

}  // namespace

const char* facet_name(FacetField field) {
  switch (field) {
    case FacetField::kCountry: return "country";
    case FacetField::kOfficial: return "official";
    case FacetField::kLang: return "lang";
    case FacetField::kDate: return "date";
    case FacetField::kSource: return "source";
  }
  return "";
}

std::shared_ptr<const FacetColumns> read_facet_columns(const Xapian::Database& db) {
  std::vector<FacetColumns::Slot> slots;
  for (FacetField field : kFacetFields) slots.push_back({slot_of(field), packing_of(field)});
  return FacetColumns::read(db, slots);
}

FacetCounter::FacetCounter(FacetField field, const ShardColumns* columns) : field_(field) {
  if (columns != nullptr) {
    const size_t i = std::find(std::begin(kFacetFields), std::end(kFacetFields), field) - std::begin(kFacetFields);
    column_spy_ = std::make_unique<ColumnCountSpy>(*columns, i);
    spy_ = column_spy_.get();
  } else {
    stock_spy_ = std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(field));
    spy_ = stock_spy_.get();
  }
}

void FacetCounter::add(const FacetCounter& other) {
  if (!column_spy_ || !other.column_spy_) throw std::logic_error("only column counts add up");
  column_spy_->add(*other.column_spy_);
}

std::vector<std::pair<std::string_view, Xapian::doccount>> FacetCounter::counted(std::vector<std::string>& owned) const {
  if (column_spy_) return column_spy_->counts();
  std::vector<Xapian::doccount> counts;
  for (auto it = stock_spy_->values_begin(); it != stock_spy_->values_end(); ++it) {
    owned.push_back(*it);
    counts.push_back(it.get_termfreq());
  }
  std::vector<std::pair<std::string_view, Xapian::doccount>> out;
  for (size_t i = 0; i < owned.size(); ++i) out.emplace_back(owned[i], counts[i]);
  return out;
}

json FacetCounter::to_json(const SearchRequest& request, const entities::CountryCatalog& countries,
                           Xapian::doccount matched, json* stats) const {
  std::vector<std::string> owned;
  const std::vector<std::pair<std::string_view, Xapian::doccount>> values = counted(owned);
  std::vector<std::string> dates;  // owns the date buckets' names
  dates.reserve(values.size());
  std::unordered_map<std::string_view, Bucket> buckets;
  buckets.reserve(values.size());
  auto add = [&buckets](std::string_view value, Xapian::doccount n) -> Bucket& {
    Bucket& b = buckets[value];
    b.value = value;
    b.count += n;
    return b;
  };
  for (const auto& [v, n] : values) {
    switch (field_) {
      case FacetField::kCountry:
        for (size_t i = 0; i + 2 <= v.size(); i += 2) add(v.substr(i, 2), n);
        break;
      case FacetField::kOfficial:
      case FacetField::kSource:  // one "key\tlabel\tlabel_ko" entry, laid out like an official's
        for (size_t at = 0; at < v.size();) {
          std::string_view entry = next_part(v, at, schema::kOfficialsSeparator);
          size_t field = 0;
          Bucket& b = add(next_part(entry, field, schema::kOfficialFieldSeparator), n);
          std::string_view label = field < entry.size() ? next_part(entry, field, schema::kOfficialFieldSeparator) : "";
          std::string_view label_ko = field < entry.size() ? next_part(entry, field, schema::kOfficialFieldSeparator) : "";
          // A key written with several labels shows the least of them, whatever the order
          // the values come in (it differs between one database and its shards).
          if (!label.empty() && (b.label.empty() || label < b.label)) b.label = label;
          if (!label_ko.empty() && (b.label_ko.empty() || label_ko < b.label_ko)) b.label_ko = label_ko;
        }
        break;
      case FacetField::kLang:
        if (!v.empty()) add(v, n);
        break;
      case FacetField::kDate:
        if (v.size() == 8) {
          std::string bucket = date_bucket(std::string(v), request.date_interval);
          auto known = buckets.find(bucket);
          if (known != buckets.end()) {
            known->second.count += n;
          } else {
            add(dates.emplace_back(std::move(bucket)), n);
          }
        }
        break;
    }
  }

  json out = json::array();
  if (field_ == FacetField::kDate) {
    // Time order, with the empty buckets between the first and the last.
    Xapian::doccount dated = 0;
    for (const auto& [value, bucket] : buckets) dated += bucket.count;
    if (!buckets.empty()) {
      auto [first, last] = std::minmax_element(buckets.begin(), buckets.end(),
                                               [](const auto& a, const auto& b) { return a.first < b.first; });
      const std::string end(last->first);
      for (std::string b(first->first); b <= end && out.size() < kMaxDateBuckets;
           b = next_date_bucket(b, request.date_interval)) {
        auto it = buckets.find(b);
        out.push_back({{"value", b}, {"count", it == buckets.end() ? 0 : it->second.count}});
      }
    }
    if (matched > dated) out.push_back({{"value", kUndatedBucket}, {"count", matched - dated}});
    return out;
  }
  const std::vector<std::string>& selected = field_ == FacetField::kCountry    ? request.countries
                                             : field_ == FacetField::kOfficial ? request.officials
                                             : field_ == FacetField::kSource   ? request.sources
                                                                               : request.langs;
  const std::vector<Bucket> listed = top(buckets, static_cast<size_t>(request.facet_size), selected);
  if (stats != nullptr) {
    unsigned long long counted = 0;
    for (const auto& [value, bucket] : buckets) counted += bucket.count;
    for (const auto& b : listed) counted -= b.count;
    *stats = {{"distinct", buckets.size()}, {"other", counted}};
  }
  for (const auto& b : listed) {
    json entry = {{"value", b.value}};
    if (field_ == FacetField::kCountry) {
      const entities::Country* c = countries.find(std::string(b.value));
      entry["label"] = c ? c->name_en : std::string(b.value);
      entry["label_ko"] = c ? c->name_ko : std::string(b.value);
    } else if (field_ == FacetField::kOfficial || field_ == FacetField::kSource) {
      entry["label"] = b.label.empty() ? b.value : b.label;
      if (!b.label_ko.empty()) entry["label_ko"] = b.label_ko;
    }
    entry["count"] = b.count;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace dipsearch
