// Date facet periods.
#include "common/search/date_buckets.h"

#include <cstdio>

namespace dipsearch {

std::string date_bucket(const std::string& slot_value, DateInterval interval) {
  if (interval == DateInterval::kYear) return slot_value.substr(0, 4);
  return slot_value.substr(0, 4) + "-" + slot_value.substr(4, 2);
}

std::string next_date_bucket(const std::string& bucket, DateInterval interval) {
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

}  // namespace dipsearch
