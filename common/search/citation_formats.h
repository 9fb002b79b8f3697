// A Citation in the three formats reference managers read: RIS (Zotero, EndNote, Mendeley),
// BibTeX/biblatex (LaTeX; Zotero, JabRef) and CSL-JSON (Zotero, pandoc's citeproc).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/search/citation.h"

namespace dipsearch {

// One RIS record (type RPRT), CRLF line ends, ending with "ER  - " and a blank line. Every
// value is one line without control characters.
void append_ris(std::string& out, const Citation& c);

// One @report entry for biblatex, which plain BibTeX reads as well. Values are escaped for
// (La)TeX, the title in double braces so that styles keep its capitals.
void append_bibtex(std::string& out, const Citation& c);

// One CSL-JSON item (type "report").
nlohmann::json csl_json(const Citation& c);

// Text escaped for a braced BibTeX value: TeX's special characters as commands, braces as
// \{ \} where they pair up (BibTeX counts braces, escaped or not, so an unpaired one is
// \textbraceleft{} or \textbraceright{}), "--" kept as two hyphens.
std::string bibtex_text(std::string_view text);

// A URL for BibTeX's verbatim url field: characters that would end or unbalance the field
// (braces, backslashes, spaces) percent-encoded, the rest as they are.
std::string bibtex_url(std::string_view url);

}  // namespace dipsearch
