// Raw HTTP/1.1 connections for tests that speak the protocol byte by byte: slow and idle
// clients, pipelining, framing no client library would send. Every wait is bounded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipsearch::testing {

struct RawResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;  // de-chunked when the answer was chunked
  // The first value of a header (name compared without regard to case), "" when absent.
  std::string header(std::string_view name) const;
};

// The complete response at the start of `bytes` and how many bytes it took; nullopt when
// it is not complete (or not a response).
std::optional<RawResponse> parse_response(std::string_view bytes, size_t& used);

// The complete responses at the start of `bytes`, in order (a partial one at the end is
// left out); `consumed` receives how many bytes they took.
std::vector<RawResponse> parse_responses(std::string_view bytes, size_t* consumed = nullptr);

class RawConnection {
 public:
  // Connects to 127.0.0.1:port; from source_ip when given (Linux routes all of 127/8 to
  // the loopback, so tests can be several client addresses).
  explicit RawConnection(int port, const std::string& source_ip = "");
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return fd_ >= 0; }
  // Blocks until everything is sent; false when the server closed or reset first, or the
  // time ran out.
  bool send_all(std::string_view data, int timeout_ms = 10000);
  // Sends what the socket takes now, without waiting.
  void send_some(std::string_view data);
  // Reads until the received bytes hold `text`; false when the server closed first or the
  // time ran out.
  bool read_until(std::string_view text, int timeout_ms);
  // Reads until the server ends the connection; false when the time ran out first.
  bool read_until_closed(int timeout_ms);
  // Reads until one more complete response is in, and returns it.
  std::optional<RawResponse> next_response(int timeout_ms);

  const std::string& received() const { return received_; }
  bool was_reset() const { return reset_; }

 private:
  // One read, waiting at most timeout_ms; false at the end of the stream or an error.
  bool read_some(int timeout_ms);

  int fd_ = -1;
  std::string received_;
  size_t responses_taken_ = 0;  // bytes of received_ already returned by next_response
  bool closed_ = false;
  bool reset_ = false;
};

}  // namespace dipsearch::testing
