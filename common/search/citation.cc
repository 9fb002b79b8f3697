// What a citation of a release says.
#include "common/search/citation.h"

#include <cctype>

#include "common/release/text_lines.h"

namespace dipsearch {
namespace {

// The Ministry of Foreign Affairs and Trade became the Ministry of Foreign Affairs on this
// day, when trade went to the Ministry of Trade, Industry and Energy.
constexpr std::string_view kRenamed = "2013-03-23";

// The number at text[at, at + n), or 0 when those are not all digits.
int number_at(std::string_view text, size_t at, size_t n) {
  if (text.size() < at + n) return 0;
  int value = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return 0;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

Citation citation_of(const StoredDocument& doc, std::string_view accessed_day) {
  Citation c;
  c.key = doc.id;
  c.title = release::collapse_spaces(doc.title);
  if (c.title.empty()) c.title = doc.id;
  c.year = number_at(doc.date, 0, 4);
  if (c.year > 0 && doc.date.size() >= 7) c.month = number_at(doc.date, 5, 2);
  if (c.month > 0 && doc.date.size() >= 10) c.day = number_at(doc.date, 8, 2);
  const bool korean = doc.lang == "ko";
  // An undated release is taken to be a recent one: most undated pages are.
  const bool trade = c.year > 0 && std::string_view(doc.date) < kRenamed;
  if (korean) {
    c.issuer = trade ? "외교통상부" : "외교부";
    c.genre = "보도자료";
  } else {
    c.issuer = trade ? "Ministry of Foreign Affairs and Trade of the Republic of Korea"
                     : "Ministry of Foreign Affairs of the Republic of Korea";
    c.genre = "Press release";
  }
  c.url = release::collapse_spaces(doc.url);
  c.language = doc.lang == "en" || doc.lang == "ko" ? doc.lang : "";
  c.accessed = std::string(accessed_day);
  return c;
}

}  // namespace dipsearch
