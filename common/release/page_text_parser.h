// Saved release pages as text (layout families A–E of the release-layout notes): finds the
// title, the release date and the body, and drops navigation, page chrome and footers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/release.h"

namespace dipsearch {

struct PageTextOptions {
  // Titles known from elsewhere (an HTML page's headings and <title> parts), best first. The
  // first one that is a whole line of the text is the title; lines above it are chrome.
  std::vector<std::string> title_candidates;
  // The title when none is found in the text, before falling back to the body's first line.
  std::string fallback_title;
};

// Fills title, date and body of a Release (nothing else). The date comes only from the
// metadata block or a news byline, never from the body; it is "" when the page states none.
// Returns nullopt, with the reason in `error` when given, when no body text is found or
// when the page's date line holds an impossible date ("2021-02-30").
std::optional<Release> parse_page_text(std::string_view text, std::string* error = nullptr);
std::optional<Release> parse_page_text(std::string_view text, const PageTextOptions& options,
                                       std::string* error = nullptr);

}  // namespace dipsearch
