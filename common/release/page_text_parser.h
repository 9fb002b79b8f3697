// Saved release pages as text (layout families A–F of the release-layout notes and the pages of
// other governments and news sites): finds the title, the release date and the body, and
// drops navigation, page chrome and footers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/release.h"

namespace dipsearch {

struct PageTextOptions {
  // Titles the markup gives (an HTML page's og:title, <h1>, <title> and its parts), best
  // first. A line equal to one of them is the headline before any other.
  std::vector<std::string> title_candidates;
  // What the markup says the title is (og:title, else <h1>, else <title> without the site's
  // name): the title when no line of the text equals a markup title.
  std::string markup_title;
};

// Fills title, date and body of a Release (nothing else). The title is the best-scoring
// headline line (release/headline_scorer.h), or the first sentence of the body when no line
// is a headline. The date comes only from the head of the page (release/release_date_finder.h);
// it is "" when the page states none. Returns nullopt, with the reason in `error` when given,
// when no body text is found. A date line whose date is impossible ("2021-02-30") leaves the
// release undated and adds a message naming the value to `warnings` when given.
std::optional<Release> parse_page_text(std::string_view text, std::string* error = nullptr,
                                       std::vector<std::string>* warnings = nullptr);
std::optional<Release> parse_page_text(std::string_view text, const PageTextOptions& options,
                                       std::string* error = nullptr, std::vector<std::string>* warnings = nullptr);

}  // namespace dipsearch
