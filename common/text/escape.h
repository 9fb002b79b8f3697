// Escaping for the places document text leaves the engine: HTML (snippets), CSV (exports)
// and XML (feeds).
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// Appends text with &, <, >, " and ' escaped, so it is inert inside HTML and attributes.
void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

// Appends one RFC 4180 CSV field: quoted (quotes doubled) when it holds a comma, a quote or
// a line break, as is otherwise.
void append_csv_field(std::string& out, std::string_view field);

// Appends text escaped for XML character data and attribute values; characters XML 1.0
// forbids (most control characters) are dropped, so a feed always parses.
void append_xml_escaped(std::string& out, std::string_view text);

}  // namespace dipsearch::text
