// The answers the connection layer writes itself, before any request handler runs:
// refusals (400, 408, 411, 413, 414, 415, 417, 431, 503), each a complete response with
// SPEC's JSON error body that closes the connection, and the interim 100 Continue.
#pragma once

#include <string>

namespace dipsearch::searchd {

std::string refusal_response(int status, const std::string& code, const std::string& message);

inline constexpr const char* kContinueResponse = "HTTP/1.1 100 Continue\r\n\r\n";

}  // namespace dipsearch::searchd
