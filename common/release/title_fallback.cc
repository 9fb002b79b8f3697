// Cuts on code point boundaries so the title stays valid UTF-8.
#include "common/release/title_fallback.h"

#include "common/release/list_markers.h"
#include "common/release/page_metadata.h"
#include "common/release/text_lines.h"

namespace dipsearch {
namespace {

// Where the first sentence of `line` ends (just past its stop), or npos: a full stop, question
// or exclamation mark followed by a space, not after a single capital ("U.S. ", "Mr. " are
// not ends) nor between digits.
size_t first_sentence_end(std::string_view line) {
  for (size_t i = 1; i + 1 < line.size(); ++i) {
    const char c = line[i];
    if ((c != '.' && c != '?' && c != '!') || line[i + 1] != ' ') continue;
    if (c == '.') {
      size_t word = i;
      while (word > 0 && line[word - 1] != ' ') --word;
      const std::string_view before = line.substr(word, i - word);
      // Abbreviations: "U.S", "Mr", "Dr", "No", single letters.
      if (before.size() <= 2 || before.find('.') != std::string_view::npos) continue;
    }
    return i + 1;
  }
  return std::string_view::npos;
}

}  // namespace

std::string title_from_body(std::string_view body) {
  const size_t newline = body.find('\n');
  // A paragraph's number or bullet is no part of a title.
  std::string line = release::collapse_spaces(release::strip_list_marker(body.substr(0, newline)));
  // Nor is a stored page's date label run into its first sentence ("date 2024-05-24 Portugal …").
  if (const auto leading = release::leading_labelled_date(line); leading && !leading->rest.empty()) {
    line = std::string(leading->rest);
  }
  if (const size_t end = first_sentence_end(line); end != std::string_view::npos) line.resize(end);
  while (!line.empty() && line.back() == '.') line.pop_back();
  if (release::count_code_points(line) <= kFallbackTitleCodePoints) return line;

  size_t cut = 0;  // byte offset just past kFallbackTitleCodePoints code points
  size_t code_points = 0;
  size_t last_space = std::string::npos;
  size_t half = 0;
  while (cut < line.size() && code_points < kFallbackTitleCodePoints) {
    if (line[cut] == ' ') last_space = cut;
    if (code_points == kFallbackTitleCodePoints / 2) half = cut;
    ++cut;
    while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;
    ++code_points;
  }
  if (last_space != std::string::npos && last_space >= half) cut = last_space;
  return line.substr(0, cut) + "…";
}

}  // namespace dipsearch
