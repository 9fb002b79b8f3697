// What cpp-httplib reads a request from and writes its answer to: the request's bytes, as
// the connection layer received and framed them (and nothing after them), then the socket
// for the answer, with a bound on how long a client may keep a write waiting.
#pragma once

#include <chrono>
#include <string_view>

#include <httplib.h>

#include "searchd/connection.h"

namespace dipsearch::searchd {

class RequestStream : public httplib::Stream {
 public:
  RequestStream(const Connection& connection, std::string_view request, std::chrono::milliseconds write_timeout);

  bool is_readable() const override { return read_ < request_.size(); }
  // True when the socket takes more bytes within the write timeout and the client has not
  // hung up (streamed exports stop when it has).
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return connection_.fd; }

  size_t bytes_written() const { return written_; }

 private:
  bool wait_writable() const;

  const Connection& connection_;
  std::string_view request_;
  size_t read_ = 0;
  size_t written_ = 0;
  std::chrono::milliseconds write_timeout_;
};

}  // namespace dipsearch::searchd
