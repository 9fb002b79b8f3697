#include "bench/api/api_client.h"

namespace dipsearch::bench {

ApiClient::ApiClient(const std::string& host, int port) : client_(host, port) {
  client_.set_keep_alive(true);
  client_.set_tcp_nodelay(true);
  client_.set_connection_timeout(5);
  client_.set_read_timeout(120);
}

int ApiClient::get(const std::string& path, std::string* body) {
  auto res = client_.Get(path.c_str());
  if (!res) return 0;
  if (body) *body = std::move(res->body);
  return res->status;
}

}  // namespace dipsearch::bench
