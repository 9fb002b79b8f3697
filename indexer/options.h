// dipsearch-index's command line: GNU long options, defaults from the environment.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::indexer {

// What parse_options decided besides the options themselves.
enum class Action { kIndex, kCheck, kHelp, kVersion };

struct Options {
  std::filesystem::path database;     // the stub file users name
  std::filesystem::path data_dir;     // reference data for entity extraction
  std::vector<std::filesystem::path> sources;
  std::filesystem::path report;       // --report FILE, empty when not asked
  bool rebuild = false;
  bool follow_links = false;          // --follow-links: also links out of their SOURCE
  bool allow_empty = false;           // --allow-empty: lift the mass-deletion guard
  std::optional<size_t> shards;       // --shards N; unset: the database's own count (1 when new)
  bool quiet = false;
  std::optional<bool> progress;       // --progress / --no-progress; unset: only on a terminal
  bool check_full = false;            // --check=full: also Xapian's structural check
  size_t check_sample = 100;          // --sample N: documents read by --check (0: all)
  std::chrono::seconds wait{0};       // --wait S: how long to wait for another run's lock
  std::optional<size_t> jobs;         // --jobs N: analysis threads; unset: the CPUs available
};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws UsageError with a message naming the bad argument.
Action parse_options(int argc, char** argv, Options& options);
std::string help_text();

}  // namespace dipsearch::indexer
