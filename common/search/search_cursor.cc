// Cursor text: the fields joined by a unit separator, then a digest of them, all in
// hexadecimal so that it needs no escaping in a URL or JSON.
#include "common/search/search_cursor.h"

#include <charconv>
#include <vector>

#include "common/index/digest.h"
#include "common/search/api_error.h"
#include "common/search/search_request.h"

namespace dipsearch {
namespace {

constexpr char kSeparator = '\x1f';
constexpr std::string_view kVersion = "1";
// Far above any real cursor (a generation name and two digests), so that a long value is
// refused before it is decoded.
constexpr size_t kMaxCursorChars = 1024;
constexpr size_t kChecksumChars = 32;

std::string checksum(std::string_view payload) {
  Digest digest;
  digest.add("dipsearch cursor");
  digest.add(payload);
  return digest.hex();
}

ApiError bad_cursor(const std::string& why) {
  return invalid_parameter("cursor", "cursor is not one this server gave (" + why +
                                         "); pass next_cursor as it came, or cursor=start for the first page");
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string search_fingerprint(const SearchRequest& r) {
  Digest digest;
  auto add_list = [&digest](const std::vector<std::string>& values) {
    digest.add(std::to_string(values.size()));
    for (const auto& v : values) digest.add(v);
  };
  digest.add(r.q);
  add_list(r.countries);
  add_list(r.officials);
  add_list(r.langs);
  add_list(r.sources);
  digest.add(r.from);
  digest.add(r.to);
  digest.add(std::to_string(static_cast<int>(r.effective_sort())));
  digest.add(std::to_string(static_cast<int>(r.match)));
  digest.add(r.collapse_translations ? "collapse=translations" : "");
  return digest.hex();
}

std::string encode_cursor(const SearchCursor& cursor) {
  std::string payload(kVersion);
  for (const std::string* field : {&cursor.generation, &cursor.commit, &cursor.search}) {
    payload.append(1, kSeparator).append(*field);
  }
  payload.append(1, kSeparator).append(std::to_string(cursor.offset));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(payload.size() * 2 + kChecksumChars);
  for (unsigned char c : payload) {
    text += kHex[c >> 4];
    text += kHex[c & 15];
  }
  return text + checksum(payload);
}

SearchCursor decode_cursor(std::string_view text) {
  if (text.size() > kMaxCursorChars) throw bad_cursor("too long");
  if (text.size() <= kChecksumChars || (text.size() - kChecksumChars) % 2 != 0) throw bad_cursor("cut short");
  std::string payload;
  const std::string_view hex = text.substr(0, text.size() - kChecksumChars);
  for (size_t i = 0; i < hex.size(); i += 2) {
    const int high = hex_digit(hex[i]);
    const int low = hex_digit(hex[i + 1]);
    if (high < 0 || low < 0) throw bad_cursor("a character that is not a lower-case hexadecimal digit");
    payload += static_cast<char>(high * 16 + low);
  }
  if (text.substr(hex.size()) != checksum(payload)) throw bad_cursor("its checksum does not match");
  std::vector<std::string> fields;
  for (size_t start = 0;;) {
    const size_t end = payload.find(kSeparator, start);
    fields.push_back(payload.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  // A checksum that matches makes these a server's own, unless another version wrote them.
  if (fields.size() != 5 || fields[0] != kVersion) throw bad_cursor("written by another version");
  SearchCursor cursor{fields[1], fields[2], fields[3], 0};
  const std::string& offset = fields[4];
  auto [end, ec] = std::from_chars(offset.data(), offset.data() + offset.size(), cursor.offset);
  if (offset.empty() || ec != std::errc() || end != offset.data() + offset.size()) throw bad_cursor("a bad offset");
  return cursor;
}

}  // namespace dipsearch
