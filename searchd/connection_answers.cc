// Complete HTTP responses for the connection layer's refusals.
#include "searchd/connection_answers.h"

#include "searchd/http_headers.h"
#include "searchd/json_response.h"

namespace dipsearch::searchd {
namespace {

const char* reason_phrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
  }
}

}  // namespace

std::string refusal_response(int status, const std::string& code, const std::string& message) {
  const std::string body = json_text(error_body(status, code, message));
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason_phrase(status) + "\r\n";
  out += "Content-Type: application/json; charset=utf-8\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  out += "Date: " + http_date() + "\r\n";
  // A busy server: try again in a moment (the limits free up as requests end).
  if (status == 503) out += "Retry-After: 1\r\n";
  out += "Connection: close\r\n\r\n";
  out += body;
  return out;
}

}  // namespace dipsearch::searchd
