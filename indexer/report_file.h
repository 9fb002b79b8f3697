// The JSON report file of --report: checked before any work, so a run never does an
// hour's work and then fails to say so; written whole through a temporary file, so a
// monitor never reads half a report.
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

namespace dipsearch::indexer {

// Throws UsageError when the report cannot be written there (no such directory, not
// writable, a directory in the way).
void check_report_destination(const std::filesystem::path& file);

// Throws std::runtime_error naming the file and the reason.
void write_report_file(const std::filesystem::path& file, const nlohmann::json& report);

}  // namespace dipsearch::indexer
