// The file name an export is saved under: the query and the day, so that a folder of
// downloads says what each one holds ("dipsearch-political-consultations-2026-12-06.csv").
#pragma once

#include <string>
#include <string_view>

#include "common/search/search_request.h"

namespace dipsearch::searchd {

// "dipsearch-<query>-<day>.<extension>": the query's letters and digits in any script, with
// a hyphen for every run of anything else, cut to kMaxQueryInName bytes; "all" for no query
// ("search" when nothing of the query can be written).
std::string download_name(std::string_view query, std::string_view day, std::string_view extension);

// A Content-Disposition header value for that name: an ASCII-only filename= for old
// clients (Hangul dropped) and the UTF-8 filename*= of RFC 6266 / RFC 5987.
std::string attachment_disposition(std::string_view query, std::string_view day, std::string_view extension);

// Removes the `bom` parameter of a download and returns what the file starts with: a UTF-8
// byte order mark for bom=1, which spreadsheets need to read CSV as UTF-8 (Excel shows
// Hangul garbled without it), else nothing. ApiError 400 for another value, or for bom=1
// with a format other than csv.
std::string take_bom(ParamMap& params, const std::string& format);

// Today's date in UTC, "YYYY-MM-DD".
std::string utc_day();

inline constexpr size_t kMaxQueryInName = 60;

}  // namespace dipsearch::searchd
