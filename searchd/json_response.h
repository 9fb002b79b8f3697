// Writing JSON bodies and SPEC's error body.
#pragma once

#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace dipsearch::searchd {

inline void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  res.status = status;
  // Document text may hold anything; never throw while answering.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

inline void send_error(httplib::Response& res, int status, const std::string& code,
                       const std::string& message, const std::string& param = "") {
  nlohmann::json error = {{"code", code}, {"message", message}};
  if (!param.empty()) error["param"] = param;
  send_json(res, {{"error", error}}, status);
}

}  // namespace dipsearch::searchd
