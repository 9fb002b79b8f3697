// Date bounds as users write them ("2021", "2021-04", "2021-04-08") mapped onto the date
// slot's "YYYYMMDD" strings, so a month or a year covers every day in it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dipsearch {

// Lower bound: "2021" → "20210000"; upper bound: "2021" → "20219999". nullopt when the
// text is not a real date of one of the three forms (e.g. "2021-13-45", "2021-02-30").
std::optional<std::string> date_lower_bound(std::string_view text);
std::optional<std::string> date_upper_bound(std::string_view text);

}  // namespace dipsearch
