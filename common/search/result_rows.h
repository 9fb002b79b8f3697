// How one stored release is written out: the JSON hit of a search, and the rows of
// NDJSON and CSV exports. One place, so the three never disagree on field names.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "common/index/stored_document.h"

namespace dipsearch {

// SPEC's officials list: key, name, name_en, name_ko, title (empty ones left out).
nlohmann::json officials_json(const std::vector<StoredOfficial>& officials);

// The fields every output shares: id, title, date, lang, url, source, countries, officials.
nlohmann::json summary_json(const StoredDocument& doc);

// A release's linked versions in the other language, from its kTranslationsSlot value:
// [{id, lang, title}], empty when it has none.
nlohmann::json translations_json(std::string_view slot_value);

// The CSV header row and a row per release (RFC 4180, CRLF line ends). A cell starting
// with =, +, -, @, a tab or a CR is written with a leading apostrophe, so spreadsheets
// never run release text as a formula.
void append_csv_header(std::string& out);
void append_csv_row(std::string& out, const StoredDocument& doc);

// One NDJSON line: summary_json plus the body.
void append_ndjson_row(std::string& out, const StoredDocument& doc);

}  // namespace dipsearch
