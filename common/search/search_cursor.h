// The cursor a client pages with (cursor=start, then each answer's next_cursor): opaque
// text naming the database generation and commit the result list was read from, the search
// it belongs to and how far the client has come, with a checksum, so that a cursor changed,
// cut short or sent with another search is refused rather than read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dipsearch {

struct SearchRequest;

struct SearchCursor {
  std::string generation;   // the generation directory's name (never a path)
  std::string commit;       // the database's commit id (schema::kMetaCommit) then
  std::string search;       // search_fingerprint of the request
  std::uint64_t offset = 0;  // hits handed out before the next page
};

// What a cursor=start asks for: paging with cursors from the first hit.
inline constexpr std::string_view kCursorStart = "start";

// What decides a search's result list and its order (q, filters, sort, match), not how
// much of it a page shows (per_page, fields, facets): one cursor serves the same search.
std::string search_fingerprint(const SearchRequest& request);

std::string encode_cursor(const SearchCursor& cursor);
// Throws ApiError 400 naming `cursor` for text that is not a cursor this daemon wrote.
SearchCursor decode_cursor(std::string_view text);

}  // namespace dipsearch
