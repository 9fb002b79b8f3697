// The error a request can end in: an HTTP status, a machine-readable code, the parameter
// at fault and a message in words. Thrown by validation and query meaning; turned into
// SPEC's JSON error body at the server boundary.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace dipsearch {

struct ApiError : std::runtime_error {
  ApiError(int status, std::string code, std::string param, const std::string& message)
      : std::runtime_error(message), status(status), code(std::move(code)), param(std::move(param)),
        message_(message) {}
  // The whole message: what() stops at a NUL a quoted value may hold.
  const std::string& message() const { return message_; }
  int status;
  std::string code;   // "invalid_query", "invalid_parameter", "not_found", …
  std::string param;  // the request parameter at fault; empty when none

 private:
  std::string message_;
};

// A value the client sent, quoted for a message: at most 64 bytes of it (cut at a
// character boundary), so an error never echoes a megabyte back.
inline std::string shown_value(std::string_view value) {
  constexpr size_t kShown = 64;
  if (value.size() <= kShown) return "'" + std::string(value) + "'";
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return "'" + std::string(value.substr(0, cut)) + "…' (" + std::to_string(value.size()) + " bytes)";
}

inline ApiError invalid_parameter(std::string param, const std::string& message) {
  return ApiError(400, "invalid_parameter", std::move(param), message);
}

}  // namespace dipsearch
