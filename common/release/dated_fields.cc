// A byline's dated field and the bracketed time after a date (see dated_fields.h).
#include "common/release/dated_fields.h"

#include <vector>

#include "common/release/text_lines.h"

namespace dipsearch::release {

std::string_view skip_bracketed_time(std::string_view rest) {
  if (rest.empty() || (rest[0] != '[' && rest[0] != '(')) return rest;
  const size_t close = rest.find(rest[0] == '[' ? ']' : ')');
  if (close == std::string_view::npos) return rest;
  const std::string_view inside = rest.substr(1, close - 1);
  constexpr size_t kMinTime = 4, kMaxTime = 8;  // "9:30" to "09:30:15"
  if (inside.size() < kMinTime || inside.size() > kMaxTime || inside.find(':') == std::string_view::npos ||
      inside.find_first_not_of("0123456789:") != std::string_view::npos) {
    return rest;
  }
  return rest.substr(close + 1);
}

bool labelled_bar_field(std::string_view text, ReadLabelledEntry read_entry, DateScan* date, DateRole* role) {
  constexpr std::string_view kBar = " | ";
  constexpr size_t kMaxFields = 4, kMaxFieldWords = 3;
  if (text.find(kBar) == std::string_view::npos) return false;
  std::vector<std::string_view> fields;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find(kBar, start);
    if (end == std::string_view::npos) end = text.size();
    fields.push_back(text.substr(start, end - start));
    start = end + kBar.size();
  }
  if (fields.size() > kMaxFields) return false;
  bool dated = false;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0 && !dated && read_entry(fields[i], date, role)) {
      dated = *role == DateRole::kPublished || *role == DateRole::kModified;
      if (dated) continue;
    }
    if (count_words(fields[i]) > kMaxFieldWords) return false;
  }
  return dated;
}

}  // namespace dipsearch::release
