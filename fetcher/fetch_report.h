// How a fetch run ended, for people (a line per source on stdout) and for monitors (the
// --report JSON), and the exit status it makes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fetcher/fetch_run.h"

namespace dipsearch::fetcher {

struct RunResult {
  std::filesystem::path directory;
  std::vector<SourceResult> sources;
  size_t requests = 0;
  double seconds = 0;

  // kExitOk, or kExitSomeRejected when anything could not be fetched.
  int exit_code() const;
  // "mofa-en: 3 new, 1 updated, 12 unchanged, 0 failed; 2 list pages, stopped at known releases"
  std::vector<std::string> lines() const;
  nlohmann::json to_json() const;
};

// The report of a run that did not finish: status, exit code and the error.
nlohmann::json failed_run_json(const std::filesystem::path& directory, int exit_code, const std::string& error);

}  // namespace dipsearch::fetcher
