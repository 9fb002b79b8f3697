// Limits on the markup of a saved HTML page, checked on its bytes before libxml2 parses it:
// libxml2 compares each attribute of a tag with all the others before it (32,000 attributes
// on one tag took 4.7 s; 200,000 never finished), and builds a node for every element and
// attribute. Also finds a DOCTYPE's internal subset, which the HTML parser does not know:
// it would end the DOCTYPE at the subset's first '>' and show the rest as text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dipsearch::release {

// A release page has tens of attributes on a tag and a few thousand elements; these are far
// beyond any page and far below what makes the parser slow.
inline constexpr size_t kMaxHtmlAttributesPerTag = 1'000;
inline constexpr size_t kMaxHtmlAttributes = 400'000;
inline constexpr size_t kMaxHtmlElements = 200'000;
// Elements inside elements; deeper pages are refused after parsing (browsers stop at 512).
inline constexpr size_t kMaxHtmlDepth = 1'000;

struct MarkupCheck {
  std::optional<std::string> too_large;  // why the page is refused, with the byte offset
  // The bytes of a DOCTYPE's internal subset, "[" to "]" inclusive; empty when it has none.
  size_t subset_begin = 0, subset_end = 0;
};

// Scans start tags the way the HTML parser reads them (attribute values quoted or not;
// comments and declarations skipped). NUL bytes are passed over, so that a UTF-16 page's
// markup counts as well.
MarkupCheck check_markup(std::string_view bytes);

}  // namespace dipsearch::release
