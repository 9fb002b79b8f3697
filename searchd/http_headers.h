// HTTP header values as RFC 9110 reads them: names and tokens compare without regard to
// case, lists are comma-separated with optional spaces, and times are IMF-fixdate.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace dipsearch::searchd {

// ASCII case-insensitive equality ("Chunked" == "chunked").
bool iequals(std::string_view a, std::string_view b);

// True when the comma-separated list `value` holds `token` (parameters after ';' ignored):
// has_token("Keep-Alive, Upgrade", "keep-alive").
bool has_token(std::string_view value, std::string_view token);

// The quality an Accept-* list gives `token` (0 to 1; "*" applies to tokens not named; 0
// when neither is listed): quality_of("gzip;q=0.5, br", "gzip") == 0.5.
double quality_of(std::string_view accept, std::string_view token);

// Leading and trailing spaces and tabs removed.
std::string_view trim_ows(std::string_view s);

// "Sun, 06 Nov 1994 08:49:37 GMT", for the Date header.
std::string http_date(std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

}  // namespace dipsearch::searchd
