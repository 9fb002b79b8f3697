// How a command-line program speaks when a run goes wrong: one printable line per message on
// stderr (input in messages is escaped, message_escape.h), the usage hint after a usage
// error, and the --report file that says how the run ended.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace dipsearch {

class ProgramVoice {
 public:
  // The report of a failed run, from its exit code and message (each program has its own).
  using FailureReport = std::function<nlohmann::json(int exit_code, const std::string& message)>;

  // `report` empty: no --report file (also before the options are read).
  ProgramVoice(std::string program, std::filesystem::path report, FailureReport failure_report);

  // "<program>: <message>" on stderr, escaped to one line.
  void error(std::string_view message) const;

  // Writes `report` to the --report file, if any; when it cannot, says why, followed by
  // `aftermath` (what the run did anyway, "the database was updated"), and returns false.
  bool write_report(const nlohmann::json& report, std::string_view aftermath = {}) const;

  // A run that ends badly: says so (a usage error with the hint to --help) and writes the
  // failure report, except for a run refused for the lock: the report file is most likely
  // the one the holder (the same cron line or timer) is going to write, and keeps the last
  // finished run's outcome till then. Returns exit_code.
  int fail(int exit_code, const std::string& message) const;

 private:
  std::string program_;
  std::filesystem::path report_;
  FailureReport failure_report_;
};

}  // namespace dipsearch
