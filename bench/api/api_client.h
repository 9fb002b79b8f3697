// One keep-alive HTTP connection to dipsearchd, with Nagle off: a closed-loop client that
// waits on delayed ACKs would measure the kernel, not the daemon.
#pragma once

#include <httplib.h>

#include <string>

namespace dipsearch::bench {

class ApiClient {
 public:
  ApiClient(const std::string& host, int port);

  // The HTTP status, or 0 when no response came (connection refused, reset, timed out).
  // The body goes to *body when given.
  int get(const std::string& path, std::string* body = nullptr);

  httplib::Client& raw() { return client_; }

 private:
  httplib::Client client_;
};

}  // namespace dipsearch::bench
