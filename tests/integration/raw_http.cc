// Raw loopback connections and a small HTTP/1.1 response reader (see raw_http.h).
#include "raw_http.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <strings.h>

namespace dipsearch::testing {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

// A chunked body at the start of `bytes`: its decoded content and the bytes it took; false
// when it is not complete yet.
bool dechunk(std::string_view bytes, std::string& body, size_t& used) {
  size_t pos = 0;
  body.clear();
  while (true) {
    const size_t line_end = bytes.find("\r\n", pos);
    if (line_end == std::string_view::npos) return false;
    const size_t size = std::stoul(std::string(bytes.substr(pos, line_end - pos)), nullptr, 16);
    pos = line_end + 2;
    if (size == 0) {
      const size_t trailer_end = bytes.find("\r\n", pos);  // no trailers are sent
      if (trailer_end == std::string_view::npos) return false;
      used = trailer_end + 2;
      return true;
    }
    if (bytes.size() < pos + size + 2) return false;
    body.append(bytes.substr(pos, size));
    pos += size + 2;
  }
}

}  // namespace

std::string RawResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) return value;
  }
  return "";
}

std::optional<RawResponse> parse_response(std::string_view bytes, size_t& used) {
  const size_t head_end = bytes.find("\r\n\r\n");
  if (head_end == std::string_view::npos || bytes.substr(0, 5) != "HTTP/" || head_end < 12) return std::nullopt;
  RawResponse r;
  r.status = std::stoi(std::string(bytes.substr(9, 3)));
  const std::string_view head = bytes.substr(0, head_end + 2);
  for (size_t p = head.find("\r\n") + 2; p < head.size();) {
    const size_t e = head.find("\r\n", p);
    const std::string_view line = head.substr(p, e - p);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      r.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
    }
    p = e + 2;
  }
  const size_t body_start = head_end + 4;
  if (r.status / 100 == 1) {  // an interim answer (100 Continue) has no body
    used = body_start;
  } else if (r.header("Transfer-Encoding") == "chunked") {
    size_t body_bytes = 0;
    if (!dechunk(bytes.substr(body_start), r.body, body_bytes)) return std::nullopt;
    used = body_start + body_bytes;
  } else {
    const std::string length = r.header("Content-Length");
    const size_t n = length.empty() ? 0 : std::stoul(length);
    if (bytes.size() < body_start + n) return std::nullopt;
    r.body = std::string(bytes.substr(body_start, n));
    used = body_start + n;
  }
  return r;
}

std::vector<RawResponse> parse_responses(std::string_view bytes, size_t* consumed) {
  std::vector<RawResponse> out;
  size_t pos = 0, used = 0;
  while (auto r = parse_response(bytes.substr(pos), used)) {
    out.push_back(std::move(*r));
    pos += used;
  }
  if (consumed != nullptr) *consumed = pos;
  return out;
}

RawConnection::RawConnection(int port, const std::string& source_ip) {
  fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (!source_ip.empty()) {
    sockaddr_in from{};
    from.sin_family = AF_INET;
    inet_pton(AF_INET, source_ip.c_str(), &from.sin_addr);
    if (bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0) {
      close(fd_);
      fd_ = -1;
      return;
    }
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd_);
    fd_ = -1;
    return;
  }
  fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) close(fd_);
}

bool RawConnection::send_all(std::string_view data, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!data.empty()) {
    const ssize_t n = send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
    if (n > 0) {
      data.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) return false;
    pollfd p{fd_, POLLOUT, 0};
    if (remaining_ms(deadline) == 0) return false;
    poll(&p, 1, remaining_ms(deadline));
  }
  return true;
}

void RawConnection::send_some(std::string_view data) {
  [[maybe_unused]] ssize_t n = send(fd_, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

bool RawConnection::read_some(int timeout_ms) {
  if (closed_) return false;
  pollfd p{fd_, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return true;  // nothing yet
  char buffer[65536];
  const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
  if (n > 0) {
    received_.append(buffer, static_cast<size_t>(n));
    return true;
  }
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return true;
  if (n < 0 && errno == ECONNRESET) reset_ = true;
  closed_ = true;
  return false;
}

bool RawConnection::read_until(std::string_view text, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (received_.find(text) == std::string::npos) {
    if (remaining_ms(deadline) == 0 || !read_some(std::min(remaining_ms(deadline), 50))) {
      return received_.find(text) != std::string::npos;
    }
  }
  return true;
}

bool RawConnection::read_until_closed(int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (read_some(std::min(remaining_ms(deadline), 50))) {
    if (remaining_ms(deadline) == 0) return false;
  }
  return true;
}

std::optional<RawResponse> RawConnection::next_response(int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    size_t used = 0;
    if (auto r = parse_response(std::string_view(received_).substr(responses_taken_), used)) {
      responses_taken_ += used;
      return r;
    }
    if (remaining_ms(deadline) == 0 || !read_some(std::min(remaining_ms(deadline), 50))) return std::nullopt;
  }
}

}  // namespace dipsearch::testing
