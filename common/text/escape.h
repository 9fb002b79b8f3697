// Escaping for the places document text leaves the engine: HTML (snippets), CSV and JSON
// (exports), XML (feeds) and URLs (query strings, file names in headers).
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

// Appends text as a JSON string, quotes included. The text must be valid UTF-8 (stored
// release text is); quotes, backslashes and control characters are escaped. Several
// times faster than building a JSON value for a release body only to dump it.
void append_json_string(std::string& out, std::string_view text);

// Appends text escaped for XML character data and attribute values; characters XML 1.0
// forbids (most control characters, U+FFFE, U+FFFF) and bytes that are not UTF-8 are
// dropped, so a feed always parses.
void append_xml_escaped(std::string& out, std::string_view text);

// Appends text with every byte but RFC 3986's unreserved ones (A-Z a-z 0-9 - _ . ~)
// percent-encoded: a query-string value, or a UTF-8 file name for RFC 5987.
void append_url_encoded(std::string& out, std::string_view text);
std::string url_encoded(std::string_view text);

}  // namespace dipsearch::text
