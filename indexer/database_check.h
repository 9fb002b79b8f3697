// dipsearch-index --check: is the database sound enough to serve? For monitoring and after
// a crash or a restore. Reads only; safe while an indexer or the daemon runs.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dipsearch::indexer {

struct CheckOptions {
  bool full = false;   // also Xapian's structural check of every table
  size_t sample = 100; // documents read and verified; 0 means all of them
};

struct CheckResult {
  std::string database;
  std::string generation;  // as the stub names it
  size_t documents = 0;
  size_t sampled = 0;      // documents read and verified
  std::string last_indexed;
  std::optional<int> schema_version;  // as the database records it
  bool schema_matches = true;         // false: written by another version (exit 5)
  std::vector<std::string> checks;    // the checks that ran, in words
  std::vector<std::filesystem::path> stale_generations;  // left for the next run to remove
  std::vector<std::string> problems;  // empty when sound
  double seconds = 0;

  bool sound() const { return problems.empty(); }
  int exit_code() const;  // 0 sound, 5 another schema version, else 4
  // "ok: 72 documents in db.d/gen-000002, last indexed …; checked: …"
  std::string line() const;
  nlohmann::json to_json() const;
};

// Every check that can run does; each failure becomes a problem in words.
CheckResult check_database(const std::filesystem::path& stub, const CheckOptions& options);

}  // namespace dipsearch::indexer
