// The periods the date facet and the trends count by: a year ("2021") or a month
// ("2021-04"), named from the date slot's "YYYYMMDD", and the period after one.
#pragma once

#include <cstddef>
#include <string>

#include "common/search/search_request.h"

namespace dipsearch {

// A bound on gap filling, for a corpus with one absurdly old or new date.
inline constexpr size_t kMaxDateBuckets = 2400;

// "20210408" → "2021" or "2021-04" (the slot value must hold at least YYYYMM).
std::string date_bucket(const std::string& slot_value, DateInterval interval);

// The period after a bucket of that interval: "2021" → "2022", "2021-12" → "2022-01".
std::string next_date_bucket(const std::string& bucket, DateInterval interval);

}  // namespace dipsearch
