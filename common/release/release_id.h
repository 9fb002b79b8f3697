// Document ids: what a valid one looks like, and the one a file gives when its content has none.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace dipsearch {

inline constexpr size_t kMaxReleaseIdLength = 128;

// True when `id` matches [A-Za-z0-9._-]{1,128} and is not "." or "..": safe in URLs, file
// names and Xapian terms ("..txt" names no release: its id would be ".").
bool is_valid_release_id(std::string_view id);

// The file name without its last extension ("mofa-en-319652.txt" → "mofa-en-319652"); it may
// still be an invalid id, which the caller reports.
std::string id_from_file_name(const std::filesystem::path& path);

// The rule above as text, for rejection messages.
inline constexpr std::string_view kReleaseIdRule = "ids match [A-Za-z0-9._-]{1,128}, other than . and ..";

}  // namespace dipsearch
