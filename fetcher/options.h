// dipsearch-fetch's command line: GNU long options, defaults from the environment.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "fetcher/fetch_run.h"

namespace dipsearch::fetcher {

enum class Action { kFetch, kList, kHelp, kVersion };

struct Options {
  std::filesystem::path directory;             // DIR: where releases are written
  std::filesystem::path sources;               // a directory of *.json, or one file
  std::vector<std::string> only;               // --source NAME…; empty: all
  RunOptions run;
  std::string contact;                         // added to the User-Agent
  std::filesystem::path report;                // --report FILE, empty when not asked
  bool quiet = false;
  std::optional<bool> progress;                // --progress / --no-progress
};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws UsageError with a message naming the bad argument.
Action parse_options(int argc, char** argv, Options& options);
std::string help_text();

// "dipsearch-fetch/0.1.0 (dipsearch press-release search; contact: …) libcurl/7.88.1"
std::string user_agent(const std::string& contact);

}  // namespace dipsearch::fetcher
