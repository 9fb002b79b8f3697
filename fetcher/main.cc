// dipsearch-fetch: the command-line boundary, where exceptions become exit codes (and, with
// --report, a JSON report of how the run ended, whatever the ending).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "common/program/exit_code.h"
#include "common/program/process_lock.h"
#include "common/program/program_voice.h"
#include "common/program/report_file.h"
#include "common/program/timestamp.h"
#include "dipsearch/config.h"
#include "fetcher/fetch_report.h"
#include "fetcher/options.h"

namespace {

using namespace dipsearch;
using namespace dipsearch::fetcher;
namespace fs = std::filesystem;

constexpr const char* kLockName = ".dipsearch-fetch.lock";

ProgramVoice voice_of(const Options& options) {
  return ProgramVoice("dipsearch-fetch", options.report, [directory = options.directory](int exit_code, const std::string& message) {
    return failed_run_json(directory, exit_code, message);
  });
}

int fail(const Options& options, int exit_code, const std::string& message) {
  return voice_of(options).fail(exit_code, message);
}

std::vector<SourceConfig> chosen_sources(const Options& options) {
  std::vector<SourceConfig> all = load_source_configs(options.sources);
  if (options.only.empty()) return all;
  std::vector<SourceConfig> chosen;
  for (const std::string& name : options.only) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const SourceConfig& s) { return s.name == name; });
    if (it == all.end()) {
      std::string known;
      for (const SourceConfig& s : all) known += (known.empty() ? "" : ", ") + s.name;
      throw UsageError("no source '" + name + "' in " + options.sources.string() + " (there are: " + known + ")");
    }
    chosen.push_back(*it);
  }
  return chosen;
}

int list_command(const Options& options) {
  for (const SourceConfig& s : chosen_sources(options)) {
    std::cout << s.name << "\t" << s.lang << "\t" << s.list_url << "\t" << s.description << "\n";
  }
  return kExitOk;
}

int fetch_command(const Options& options) {
  const auto started = std::chrono::steady_clock::now();
  const std::vector<SourceConfig> sources = chosen_sources(options);
  std::error_code ec;
  fs::create_directories(options.directory, ec);
  if (ec || !fs::is_directory(options.directory)) {
    return fail(options, kExitFatal, "cannot make the directory " + options.directory.string() + ": " +
                                         (ec ? ec.message() : "something else is in the way"));
  }
  const fs::path lock_file = options.directory / kLockName;
  std::unique_ptr<ProcessLock> lock;
  try {
    lock = std::make_unique<ProcessLock>(lock_file, utc_now_rfc3339());
  } catch (const ProcessLockHeld& held) {
    return fail(options, kExitLocked,
                held.exited ? options.directory.string() + " is locked by another process (the lock file still names " +
                                  held.holder + ", which has exited; lock file " + lock_file.string() + ")"
                            : "another dipsearch-fetch is writing " + options.directory.string() + " (held by " +
                                  (held.holder.empty() ? std::string("an unknown process") : held.holder) +
                                  "; lock file " + lock_file.string() + ")");
  }

  FetchProgress progress(choose_progress_mode(options.progress, options.quiet, ::isatty(STDERR_FILENO) == 1),
                         std::cerr);
  HttpClient http(user_agent(options.contact));
  PoliteFetcher fetcher(http, "dipsearch-fetch");
  RunResult result;
  result.directory = options.directory;
  for (const SourceConfig& source : sources) {
    ReleaseStore store(options.directory, source);
    result.sources.push_back(fetch_source(source, options.run, fetcher, store, progress));
  }
  progress.finish();
  result.requests = fetcher.requests();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!options.quiet) {
    for (const std::string& line : result.lines()) std::cout << line << "\n";
    std::cout.flush();
  }
  if (!voice_of(options).write_report(result.to_json(), "the releases were written")) return kExitFatal;
  return result.exit_code();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  Action action;
  try {
    action = parse_options(argc, argv, options);
    if (!options.report.empty()) {
      if (auto problem = report_destination_problem(options.report)) throw UsageError(*problem);
    }
  } catch (const UsageError& e) {
    return fail(Options{}, kExitUsage, e.what());
  }
  try {
    switch (action) {
      case Action::kHelp: std::cout << help_text(); return kExitOk;
      case Action::kVersion: std::cout << "dipsearch-fetch " << DIPSEARCH_VERSION << "\n"; return kExitOk;
      case Action::kList: return list_command(options);
      case Action::kFetch: return fetch_command(options);
    }
  } catch (const UsageError& e) {
    return fail(options, kExitUsage, e.what());
  } catch (const SourceConfigError& e) {
    return fail(options, kExitUsage, e.what());
  } catch (const std::exception& e) {
    return fail(options, kExitFatal, e.what());
  }
  return kExitUsage;
}
