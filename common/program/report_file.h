// The JSON report file of --report, for every program that writes one: checked before any
// work, so a run never does an hour's work and then fails to say so; written whole, so a
// monitor never reads half a report.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace dipsearch {

// Why a report cannot be written there (no such directory, not writable, a directory in
// the way), as a message naming the option; nullopt when it can.
std::optional<std::string> report_destination_problem(const std::filesystem::path& file);

// Throws std::runtime_error naming the file and the reason.
void write_report_file(const std::filesystem::path& file, const nlohmann::json& report);

}  // namespace dipsearch
