// Entry point of release parsing: one source file in, its releases and rejections out. The
// format follows the file name's extension; problems become Rejections, never exceptions.
#pragma once

#include <cstdint>
#include <filesystem>

#include "common/release/file_result.h"

namespace dipsearch {

// The version of the page reader's rules (this folder's code: chrome, headline scoring, date
// evidence). The indexer's analysis key includes it, so that the first run after a change
// reads every release again: raise it with any change that can change a title, date or body.
inline constexpr int kPageReaderVersion = 8;

// Larger files are refused unread: no release page comes near this, and it bounds memory.
inline constexpr std::uintmax_t kMaxSourceFileBytes = std::uintmax_t{64} << 20;

enum class SourceFormat {
  kUnknown,
  kPageText,   // .txt: the text of a saved release page
  kHtml,       // .html, .htm
  kJson,       // .json: one object or an array of objects
  kJsonLines,  // .jsonl, .ndjson: one object per line
};

// By extension, ignoring case (".TXT" is a page too).
SourceFormat source_format(const std::filesystem::path& path);

// Whether the indexer should read this file: it has one of the extensions above.
bool is_release_file(const std::filesystem::path& path);

// Reads one file. Release::source and Rejection::path are `path` as given. A page's id is its
// file name without the extension; a JSON release's id is its "id" (a single object without
// one takes the file name's). Language is the JSON "lang" or else detected. Rejected whole:
// unreadable, empty, over kMaxSourceFileBytes, not UTF-8 (with the first bad byte's offset),
// a page with no body or an impossible date, a file name that is not an id, a JSON syntax
// error. A bad element of a JSON array or line of a JSONL file rejects only that element/line.
FileResult read_source_file(const std::filesystem::path& path);

}  // namespace dipsearch
