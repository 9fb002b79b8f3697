// The headline a line holds, without the wrappers some sites put around it, so that the page's
// title is the headline itself and not its frame.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::release {

// "[368579] Title ( http://… ) at Linked Data" → "Title", "TITLE Title" and "제목 | Title |" →
// "Title", "date 2021-01-27 Title" and "No: 166, 29 May 2017, Title" → "Title",
// "Title , 15.05.2017" → "Title", "Title - its deck -" → "Title". A line without a wrapper is
// returned as it is (trimmed).
std::string headline_text(std::string_view line);

// Whether the line labels its text as the title ("TITLE …", "Title: …", "제목 | … |").
bool has_title_label(std::string_view line);

}  // namespace dipsearch::release
