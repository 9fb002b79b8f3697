// libcurl's CURLU behind resolve_url and parse_url (see url.h).
#include "fetcher/url.h"

#include <curl/curl.h>

#include <cctype>
#include <memory>

namespace dipsearch::fetcher {
namespace {

constexpr size_t kMaxUrlBytes = 4096;

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using Url = std::unique_ptr<CURLU, UrlDeleter>;

std::optional<std::string> part(CURLU* url, CURLUPart which, unsigned flags = 0) {
  char* text = nullptr;
  if (curl_url_get(url, which, &text, flags) != CURLUE_OK || text == nullptr) return std::nullopt;
  std::string out(text);
  curl_free(text);
  return out;
}

std::optional<UrlParts> parts_of(CURLU* url) {
  // The fragment never reaches a server; without it, one page has one URL.
  curl_url_set(url, CURLUPART_FRAGMENT, nullptr, 0);
  auto scheme = part(url, CURLUPART_SCHEME);
  auto host = part(url, CURLUPART_HOST);
  auto whole = part(url, CURLUPART_URL);
  auto path = part(url, CURLUPART_PATH);
  if (!scheme || !host || !whole || !path || host->empty()) return std::nullopt;
  if (*scheme != "http" && *scheme != "https") return std::nullopt;
  UrlParts out;
  out.url = *whole;
  out.scheme = *scheme;
  out.host = *host;
  for (char& c : out.host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto port = part(url, CURLUPART_PORT);
  out.origin = out.scheme + "://" + out.host + (port ? ":" + *port : "");
  out.path_query = *path;
  if (const auto query = part(url, CURLUPART_QUERY)) out.path_query += "?" + *query;
  return out;
}

}  // namespace

std::optional<UrlParts> resolve_url(std::string_view base, std::string_view link) {
  if (base.size() > kMaxUrlBytes || link.size() > kMaxUrlBytes) return std::nullopt;
  Url url(curl_url());
  if (!url) return std::nullopt;
  const std::string base_text(base), link_text(link);
  if (curl_url_set(url.get(), CURLUPART_URL, base_text.c_str(), 0) != CURLUE_OK) return std::nullopt;
  // Setting a URL on a handle that holds one resolves it as a relative reference.
  if (curl_url_set(url.get(), CURLUPART_URL, link_text.c_str(), CURLU_URLENCODE) != CURLUE_OK) return std::nullopt;
  return parts_of(url.get());
}

std::optional<UrlParts> parse_url(std::string_view text) {
  if (text.size() > kMaxUrlBytes) return std::nullopt;
  Url url(curl_url());
  if (!url) return std::nullopt;
  const std::string copy(text);
  if (curl_url_set(url.get(), CURLUPART_URL, copy.c_str(), 0) != CURLUE_OK) return std::nullopt;
  return parts_of(url.get());
}

}  // namespace dipsearch::fetcher
