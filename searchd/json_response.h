// Writing JSON bodies and SPEC's error body.
#pragma once

#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace dipsearch::searchd {

// Document text may hold anything; never throw while answering.
inline std::string json_text(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// SPEC's error body: {"error": {"status", "code", "message", "param"?}}; `status` repeats the
// HTTP status, for clients that keep the body without the answer's status line.
inline nlohmann::json error_body(int status, const std::string& code, const std::string& message,
                                 const std::string& param = "") {
  nlohmann::json error = {{"status", status}, {"code", code}, {"message", message}};
  if (!param.empty()) error["param"] = param;
  return {{"error", error}};
}

inline void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  res.status = status;
  res.set_content(json_text(body), "application/json; charset=utf-8");
}

inline void send_error(httplib::Response& res, int status, const std::string& code,
                       const std::string& message, const std::string& param = "") {
  send_json(res, error_body(status, code, message, param), status);
}

}  // namespace dipsearch::searchd
