// Page chrome of saved release pages: navigation, banners, buttons and footers that surround a
// release. Kept apart from the parser so a new site's chrome is a table row, not new logic.
#pragma once

#include <optional>
#include <string_view>

namespace dipsearch::release {

// Chrome seen above a release's title (skip links, menus, breadcrumbs, the official-site
// banner, section names). Only trusted before the title: some patterns, such as a short
// numbered line or a line about the "누리집", could be text in a body.
bool is_header_chrome(std::string_view line);

// Chrome that may sit anywhere, even between paragraphs ("목록", "print PRINT", share buttons,
// "ADVERTISEMENT"): lines that are exactly such a control and nothing more.
bool is_body_chrome(std::string_view line);

// The first line of the footer: from here on nothing belongs to the release (satisfaction
// surveys, previous/next links, related headlines, copyright and comment widgets).
bool is_footer_start(std::string_view line);

// Attachment lines ("첨부: …", "붙임", "Attachment", "report.hwp (52KB)"): file names, not prose.
bool is_attachment_line(std::string_view line);

// Where the release's end mark ("(End)", "(끝)", "끝.", "- 끝 -") begins when `line` ends
// with one; everything from there on is not part of the release.
std::optional<size_t> find_end_mark(std::string_view line);

}  // namespace dipsearch::release
