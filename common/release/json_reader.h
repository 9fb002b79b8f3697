// Releases given as JSON: one object or an array of objects (.json), or one object per line
// (.jsonl/.ndjson). Input is untrusted: every problem becomes a Rejection, never an exception.
#pragma once

#include <string>
#include <string_view>

#include "common/release/file_result.h"

namespace dipsearch {

// Fields: "id", "title", "date", "body" (required, not blank), "lang" ("en"/"ko"), "url",
// "source", "countries" (two-letter codes), "officials" (names, or {"name","title"} objects);
// others are ignored and null counts as absent. A missing title becomes the body's first
// sentence (see title_from_body); a missing lang is detected. "source" is the release's site
// key (Release::site: a host such as "mofa.go.kr" or a short name, a-z, 0-9, '.', '-'; case is
// ignored); Release::source is always the file the release was read from.
//
// `source` is the file's path as given, for Release::source and Rejection::path. The whole
// text must be valid UTF-8 (the caller checks, to report the byte offset). A single object
// without "id" takes `fallback_id` (the file name's stem); array elements need their own ids.
// Rejection::line is the element's index + 1 for arrays, 0 for the whole file. A "date" that is
// no calendar date ("2020-40-10") does not reject: the release is kept undated with a
// SourceWarning on the same line.
FileResult read_json_text(std::string_view text, const std::string& source, const std::string& fallback_id);

// One object per line; blank lines are skipped; a bad line rejects that line only
// (Rejection::line is its 1-based line number), including a line that is not UTF-8.
FileResult read_jsonl_text(std::string_view text, const std::string& source);

}  // namespace dipsearch
