// Escaping for the places document text leaves the engine: HTML (snippets) and CSV.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// Appends text with &, <, >, " and ' escaped, so it is inert inside HTML and attributes.
void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

}  // namespace dipsearch::text
