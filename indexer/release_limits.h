// Size limits of what the index accepts. A release is at most a few hundred kilobytes of
// text; far larger inputs are mistakes (a dump saved under a page's name, a runaway
// crawl) that would bloat the index and slow every answer that shows them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "common/release/release.h"

namespace dipsearch::indexer {

// Title and body together.
inline constexpr std::uintmax_t kMaxReleaseTextBytes = std::uintmax_t{4} << 20;
// Page files over these sizes are refused unread: a .txt page is little more than its
// text; a saved .html page may carry markup, scripts and inline images besides.
inline constexpr std::uintmax_t kMaxTextPageBytes = 2 * kMaxReleaseTextBytes;
inline constexpr std::uintmax_t kMaxHtmlPageBytes = 8 * kMaxReleaseTextBytes;

// Why a page file is too large to read, or nullopt. JSON files are limited by the release
// reader and then per release.
std::optional<std::string> oversized_page_file(const std::filesystem::path& path, std::uintmax_t size);

// Why a release is too large to index, or nullopt.
std::optional<std::string> oversized_release(const Release& release);

// "4 MiB", "52.3 MiB", "812 bytes".
std::string size_text(std::uintmax_t bytes);

}  // namespace dipsearch::indexer
