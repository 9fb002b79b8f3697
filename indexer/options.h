// dipsearch-index's command line: GNU long options, defaults from the environment.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dipsearch::indexer {

struct Options {
  std::filesystem::path database;     // the stub file users name
  std::filesystem::path data_dir;     // reference data for entity extraction
  std::vector<std::filesystem::path> sources;
  std::filesystem::path report;       // --report FILE, empty when not asked
  bool rebuild = false;
  bool quiet = false;
};

// What parse_options decided besides the options themselves.
enum class Action { kIndex, kHelp, kVersion };

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws UsageError with a message naming the bad argument.
Action parse_options(int argc, char** argv, Options& options);
std::string help_text();

}  // namespace dipsearch::indexer
