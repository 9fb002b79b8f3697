// The error a request can end in: an HTTP status, a machine-readable code, the parameter
// at fault and a message in words. Thrown by validation and query meaning; turned into
// SPEC's JSON error body at the server boundary.
#pragma once

#include <stdexcept>
#include <string>

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

inline ApiError invalid_parameter(std::string param, const std::string& message) {
  return ApiError(400, "invalid_parameter", std::move(param), message);
}

}  // namespace dipsearch
