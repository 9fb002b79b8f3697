// Framing one HTTP/1.1 request before any of it reaches the handlers: where its head ends,
// how long its body is, whether the connection may stay open, and what is refused from the
// head alone (RFC 9112: one Content-Length of digits, no Transfer-Encoding, no compressed
// bodies), so that the bytes after a request are never read as another request by mistake.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dipsearch::searchd {

struct HeadLimits {
  size_t max_head_bytes = 32 * 1024;    // request line and headers together
  size_t max_request_line = 8 * 1024;   // the URL is most of it
  size_t max_header_count = 100;
  size_t max_body_bytes = 1 << 20;
};

// A request the connection layer answers itself: status, SPEC's error code, a message.
struct Refusal {
  int status = 400;
  std::string code;
  std::string message;
};

struct RequestHead {
  size_t head_bytes = 0;          // request line and headers, the blank line included
  size_t body_bytes = 0;          // Content-Length
  bool keep_alive = true;         // HTTP/1.1 without "Connection: close"
  bool expects_continue = false;  // "Expect: 100-continue": say so before the body comes
  size_t request_bytes() const { return head_bytes + body_bytes; }
};

enum class Framing { kIncomplete, kComplete, kRefused };

// Reads the head at the start of `input`. kIncomplete: more bytes are needed (and may
// come: the limits are not reached yet). kComplete: `head` is filled. kRefused: `refusal`
// says why; the connection must close after it, since its remaining bytes cannot be framed.
Framing frame_request(std::string_view input, const HeadLimits& limits, RequestHead& head, Refusal& refusal);

// Bytes of empty lines before a request line (RFC 9112 §2.2 lets clients send them, after
// a POST body for instance).
size_t leading_empty_lines(std::string_view input);

// The head without its Expect header, once the connection layer has answered it, so the
// request handlers do not answer it a second time.
std::string without_expect_header(std::string_view head);

}  // namespace dipsearch::searchd
