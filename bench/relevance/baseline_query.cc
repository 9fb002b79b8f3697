// Date ranges taken out of a query for the baselines.
#include "bench/relevance/baseline_query.h"

#include <optional>

#include "common/index/document_builder.h"
#include "common/search/date_range.h"

namespace dipsearch::relevance {
namespace {

constexpr std::string_view kDateField = "date:";

// Fills the bounds from "FROM..TO", "FROM.." or "..TO" or "DAY"; false when invalid.
bool parse_range(std::string_view value, BaselineQuery& out) {
  const size_t dots = value.find("..");
  const std::string_view from = dots == std::string_view::npos ? value : value.substr(0, dots);
  const std::string_view to = dots == std::string_view::npos ? value : value.substr(dots + 2);
  std::optional<std::string> lo, hi;
  if (!from.empty() && !(lo = date_lower_bound(from))) return false;
  if (!to.empty() && !(hi = date_upper_bound(to))) return false;
  if (!lo && !hi) return false;
  out.from = lo.value_or("");
  out.to = hi.value_or("");
  return true;
}

}  // namespace

BaselineQuery split_date_filter(const std::string& query) {
  BaselineQuery out;
  bool quoted = false;
  size_t i = 0;
  while (i < query.size()) {
    const size_t end = query.find(' ', i);
    const std::string word = query.substr(i, end == std::string::npos ? std::string::npos : end - i);
    for (char c : word) quoted ^= c == '"';
    const bool date_field = !quoted && word.size() > kDateField.size() && word.compare(0, kDateField.size(), kDateField) == 0;
    if (!date_field || !parse_range(std::string_view(word).substr(kDateField.size()), out)) {
      if (!word.empty()) out.text += (out.text.empty() ? "" : " ") + word;
    }
    if (end == std::string::npos) break;
    i = end + 1;
  }
  return out;
}

bool within_dates(const BaselineQuery& query, const std::string& release_date) {
  if (!query.has_dates()) return true;
  const std::string slot = date_slot_value(release_date);
  if (slot.empty()) return false;
  return (query.from.empty() || slot >= query.from) && (query.to.empty() || slot <= query.to);
}

}  // namespace dipsearch::relevance
