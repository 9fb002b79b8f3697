// Facet counting: ValueCountMatchSpy per slot, then split and labelled.
#include "common/search/facets.h"

#include <algorithm>

#include "common/entities/country_catalog.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

using nlohmann::json;

// A bound on gap filling, for a corpus with one absurdly old or new date.
constexpr size_t kMaxDateBuckets = 2400;

Xapian::valueno slot_of(FacetField field) {
  switch (field) {
    case FacetField::kCountry: return schema::kCountriesSlot;
    case FacetField::kOfficial: return schema::kOfficialsSlot;
    case FacetField::kLang: return schema::kLangSlot;
    case FacetField::kDate: return schema::kDateSlot;
  }
  return Xapian::BAD_VALUENO;
}

struct Bucket {
  std::string value;
  std::string label;
  std::string label_ko;
  Xapian::doccount count = 0;
};

// Most frequent first; ties in value order so equal counts come out the same every time.
void sort_by_count(std::vector<Bucket>& buckets) {
  std::sort(buckets.begin(), buckets.end(), [](const Bucket& a, const Bucket& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
}

// Keeps the top `size`, plus selected values that fell below the cut (with count 0 when
// they have no match), so a page can always show and remove what is selected.
std::vector<Bucket> top(std::vector<Bucket> buckets, size_t size,
                        const std::vector<std::string>& selected) {
  sort_by_count(buckets);
  std::vector<Bucket> out(buckets.begin(), buckets.begin() + std::min(size, buckets.size()));
  for (const auto& value : selected) {
    auto in = [&value](const Bucket& b) { return b.value == value; };
    if (std::any_of(out.begin(), out.end(), in)) continue;
    auto it = std::find_if(buckets.begin(), buckets.end(), in);
    out.push_back(it != buckets.end() ? *it : Bucket{value, "", "", 0});
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string::npos) end = s.size();
    parts.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// "20210408" → "2021" or "2021-04".
std::string date_bucket(const std::string& slot_value, DateInterval interval) {
  if (interval == DateInterval::kYear) return slot_value.substr(0, 4);
  return slot_value.substr(0, 4) + "-" + slot_value.substr(4, 2);
}

std::string next_bucket(const std::string& bucket, DateInterval interval) {
  int year = std::stoi(bucket.substr(0, 4));
  if (interval == DateInterval::kYear) return std::to_string(year + 1);
  int month = std::stoi(bucket.substr(5, 2)) + 1;
  if (month > 12) {
    month = 1;
    ++year;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

}  // namespace

const char* facet_name(FacetField field) {
  switch (field) {
    case FacetField::kCountry: return "country";
    case FacetField::kOfficial: return "official";
    case FacetField::kLang: return "lang";
    case FacetField::kDate: return "date";
  }
  return "";
}

FacetCounter::FacetCounter(FacetField field)
    : field_(field), spy_(std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(field))) {}

json FacetCounter::to_json(const SearchRequest& request, const entities::CountryCatalog& countries) const {
  std::map<std::string, Bucket> by_value;
  for (auto it = spy_->values_begin(); it != spy_->values_end(); ++it) {
    const std::string packed = *it;
    Xapian::doccount n = it.get_termfreq();
    if (packed.empty()) continue;
    switch (field_) {
      case FacetField::kCountry:
        for (size_t i = 0; i + 2 <= packed.size(); i += 2) by_value[packed.substr(i, 2)].count += n;
        break;
      case FacetField::kOfficial:
        for (const auto& entry : split(packed, schema::kOfficialsSeparator)) {
          auto fields = split(entry, schema::kOfficialFieldSeparator);
          Bucket& b = by_value[fields[0]];
          b.count += n;
          if (b.label.empty() && fields.size() > 1) b.label = fields[1];
          if (b.label_ko.empty() && fields.size() > 2) b.label_ko = fields[2];
        }
        break;
      case FacetField::kLang:
        by_value[packed].count += n;
        break;
      case FacetField::kDate:
        if (packed.size() == 8) by_value[date_bucket(packed, request.date_interval)].count += n;
        break;
    }
  }
  std::vector<Bucket> buckets;
  for (auto& [value, bucket] : by_value) {
    bucket.value = value;
    buckets.push_back(std::move(bucket));
  }

  json out = json::array();
  if (field_ == FacetField::kDate) {
    // Time order, with the empty buckets between the first and the last.
    if (!buckets.empty()) {
      std::string last = buckets.back().value;
      size_t i = 0;
      for (std::string b = buckets.front().value; b <= last && out.size() < kMaxDateBuckets;
           b = next_bucket(b, request.date_interval)) {
        Xapian::doccount count = 0;
        if (i < buckets.size() && buckets[i].value == b) count = buckets[i++].count;
        out.push_back({{"value", b}, {"count", count}});
      }
    }
    return out;
  }
  const std::vector<std::string>& selected = field_ == FacetField::kCountry    ? request.countries
                                             : field_ == FacetField::kOfficial ? request.officials
                                                                               : request.langs;
  for (const auto& b : top(std::move(buckets), static_cast<size_t>(request.facet_size), selected)) {
    json entry = {{"value", b.value}};
    if (field_ == FacetField::kCountry) {
      const entities::Country* c = countries.find(b.value);
      entry["label"] = c ? c->name_en : b.value;
      entry["label_ko"] = c ? c->name_ko : b.value;
    } else if (field_ == FacetField::kOfficial) {
      entry["label"] = b.label.empty() ? b.value : b.label;
      if (!b.label_ko.empty()) entry["label_ko"] = b.label_ko;
    }
    entry["count"] = b.count;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace dipsearch
