// Request framing and the refusals decided from a request's head.
#include "searchd/request_head.h"

#include <algorithm>

#include "common/release/utf8_check.h"
#include "searchd/http_headers.h"

namespace dipsearch::searchd {
namespace {

constexpr std::string_view kCrlf = "\r\n";

bool is_tchar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_tchar); }

Framing refuse(Refusal& refusal, int status, std::string code, std::string message) {
  refusal = {status, std::move(code), std::move(message)};
  return Framing::kRefused;
}

// "GET /path HTTP/1.1": a method token, a target without spaces, a version we speak.
bool parse_request_line(std::string_view line, bool& http10) {
  const size_t first = line.find(' ');
  const size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos || line.find(' ', second + 1) != std::string_view::npos) return false;
  const std::string_view method = line.substr(0, first);
  const std::string_view target = line.substr(first + 1, second - first - 1);
  const std::string_view version = line.substr(second + 1);
  if (!is_token(method) || target.empty()) return false;
  for (char c : target) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  }
  http10 = version == "HTTP/1.0";
  return http10 || version == "HTTP/1.1";
}

}  // namespace

size_t leading_empty_lines(std::string_view input) {
  size_t n = 0;
  while (input.substr(n, 2) == kCrlf) n += 2;
  return n;
}

Framing frame_request(std::string_view input, const HeadLimits& limits, RequestHead& head, Refusal& refusal) {
  const size_t end = input.find("\r\n\r\n");
  if (end == std::string_view::npos || end + 4 > limits.max_head_bytes) {
    const size_t line_end = input.find(kCrlf);
    if ((line_end == std::string_view::npos ? input.size() : line_end) > limits.max_request_line) {
      return refuse(refusal, 414, "uri_too_long",
                    "the request URL is too long; send long queries with POST /api/search");
    }
    if (input.size() >= limits.max_head_bytes) {
      return refuse(refusal, 431, "headers_too_large",
                    "the request headers are larger than " + std::to_string(limits.max_head_bytes) + " bytes");
    }
    return Framing::kIncomplete;
  }
  head = RequestHead{};
  head.head_bytes = end + 4;
  const std::string_view text = input.substr(0, end + 2);  // every line with its CRLF
  const size_t line_end = text.find(kCrlf);
  bool http10 = false;
  if (line_end > limits.max_request_line) {
    return refuse(refusal, 414, "uri_too_long", "the request URL is too long; send long queries with POST /api/search");
  }
  if (!parse_request_line(text.substr(0, line_end), http10)) {
    return refuse(refusal, 400, "bad_request", "the request line is not METHOD TARGET HTTP/1.1");
  }
  head.keep_alive = !http10;

  size_t content_lengths = 0, headers = 0;
  for (size_t pos = line_end + 2; pos < text.size();) {
    const size_t next = text.find(kCrlf, pos);
    const std::string_view line = text.substr(pos, next - pos);
    pos = next + 2;
    if (++headers > limits.max_header_count) {
      return refuse(refusal, 431, "headers_too_large",
                    "the request has more than " + std::to_string(limits.max_header_count) + " headers");
    }
    const size_t colon = line.find(':');
    // A bare CR or LF, a NUL, a folded line or a space before the colon: whatever another
    // reader would make of it, it is not a header we can read the same way.
    if (colon == std::string_view::npos || !is_token(line.substr(0, colon)) ||
        line.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos) {
      return refuse(refusal, 400, "bad_request", "a request header is malformed: " + release::quote_for_message(line));
    }
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trim_ows(line.substr(colon + 1));
    if (iequals(name, "Content-Length")) {
      if (++content_lengths > 1) {
        return refuse(refusal, 400, "bad_request", "the request has more than one Content-Length header");
      }
      if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return refuse(refusal, 400, "bad_request",
                      "Content-Length must be a number of bytes, not " + release::quote_for_message(value));
      }
      const std::string_view digits = value.substr(std::min(value.find_first_not_of('0'), value.size() - 1));
      const std::string limit = std::to_string(limits.max_body_bytes);
      if (digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit)) {
        return refuse(refusal, 413, "body_too_large", "the request body is larger than " + limit + " bytes");
      }
      head.body_bytes = std::stoul(std::string(digits));
    } else if (iequals(name, "Transfer-Encoding")) {
      return refuse(refusal, 411, "length_required",
                    "send the request body with a Content-Length, not Transfer-Encoding " + release::quote_for_message(value));
    } else if (iequals(name, "Content-Encoding") && !iequals(value, "identity")) {
      return refuse(refusal, 415, "unsupported_body", "compressed request bodies are not accepted");
    } else if (iequals(name, "Connection")) {
      if (has_token(value, "close")) head.keep_alive = false;
    } else if (iequals(name, "Expect")) {
      if (!iequals(value, "100-continue")) {
        return refuse(refusal, 417, "expectation_failed", "Expect: only 100-continue is understood");
      }
      head.expects_continue = true;
    }
  }
  return Framing::kComplete;
}

std::string without_expect_header(std::string_view head) {
  std::string out;
  out.reserve(head.size());
  for (size_t pos = 0; pos < head.size();) {
    const size_t next = std::min(head.find(kCrlf, pos), head.size() - 2) + 2;
    const std::string_view line = head.substr(pos, next - pos);
    const size_t colon = line.find(':');
    if (pos == 0 || colon == std::string_view::npos || !iequals(line.substr(0, colon), "Expect")) out += line;
    pos = next;
  }
  return out;
}

}  // namespace dipsearch::searchd
