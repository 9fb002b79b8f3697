// dipsearch-index: the command-line boundary, where exceptions become exit codes (and,
// with --report, a JSON report of how the run ended, whatever the ending).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include <xapian.h>

#include "common/index/database_layout.h"
#include "common/schema.h"
#include "dipsearch/config.h"
#include "indexer/database_check.h"
#include "indexer/exit_code.h"
#include "indexer/index_run.h"
#include "indexer/options.h"
#include "indexer/progress.h"
#include "indexer/report_file.h"
#include "common/text/message_escape.h"

namespace {

using namespace dipsearch::indexer;
using dipsearch::text::escape_message;
using dipsearch::text::escape_path;

// Reports of runs that did not finish say how they ended and why; except a run refused for
// the lock, whose report file is most likely the one the holder is going to write (the same
// cron line or timer), and still holds the last finished run's outcome until then.
void report_failure(const Options& options, int exit_code, const std::string& message) {
  if (options.report.empty() || exit_code == kExitLocked) return;
  try {
    write_report_file(options.report, {{"database", escape_path(options.database.string())},
                                       {"status", exit_code == kExitSchema ? "schema_mismatch" : "failed"},
                                       {"exit_code", exit_code},
                                       {"error", escape_message(message)}});
  } catch (const std::exception& e) {
    std::cerr << "dipsearch-index: " << escape_message(e.what()) << "\n";
  }
}

// Messages may quote file names and input, so they are escaped (message_escape.h) to stay
// one printable line each.
int fail(const Options& options, int exit_code, const std::string& message) {
  std::cerr << "dipsearch-index: " << escape_message(message) << "\n";
  report_failure(options, exit_code, message);
  return exit_code;
}

int index_command(const Options& options) {
  Progress progress(choose_progress_mode(options.progress, options.quiet, ::isatty(STDERR_FILENO) == 1), std::cerr);
  RunSummary summary;
  try {
    summary = run_index(options, progress);
  } catch (const UsageError& e) {
    progress.finish();
    std::cerr << "dipsearch-index: " << escape_message(e.what()) << "\nTry 'dipsearch-index --help'.\n";
    report_failure(options, kExitUsage, e.what());
    return kExitUsage;
  } catch (const dipsearch::LockHeld& e) {
    progress.finish();
    return fail(options, kExitLocked, e.what());
  } catch (const SchemaMismatch& e) {
    progress.finish();
    return fail(options, kExitSchema, e.what());
  } catch (const Xapian::DatabaseLockError& e) {
    progress.finish();
    // Refused for want of permission, the lock says nothing about another writer.
    if (e.get_error_string() != nullptr && std::string(e.get_error_string()) == std::strerror(EACCES)) {
      return fail(options, kExitFatal,
                  "database " + options.database.string() + ": " + e.get_description() +
                      " (check who owns the database files: docs/admin.md, Ownership; the database is unchanged)");
    }
    return fail(options, kExitLocked,
                "another program is writing the database " + options.database.string() + ": " + e.get_description());
  } catch (const Xapian::Error& e) {
    progress.finish();
    return fail(options, kExitFatal,
                "database " + options.database.string() + ": " + e.get_description() + " (the database is unchanged)");
  } catch (const std::exception& e) {
    progress.finish();
    return fail(options, kExitFatal, std::string(e.what()) + " (the database is unchanged)");
  }
  if (!options.quiet) std::cout << summary.line() << std::endl;
  if (!options.report.empty()) {
    try {
      write_report_file(options.report, summary.to_json(options.database.string()));
    } catch (const std::exception& e) {
      // Too late to keep the database unchanged: say exactly what happened.
      std::cerr << "dipsearch-index: " << escape_message(e.what()) << " (the database was updated)\n";
      return kExitFatal;
    }
  }
  return summary.exit_code();
}

int check_command(const Options& options) {
  const CheckResult result = check_database(options.database, {options.check_full, options.check_sample});
  for (const auto& problem : result.problems) std::cerr << "dipsearch-index: check: " << escape_message(problem) << "\n";
  if (!options.quiet || !result.sound()) std::cout << result.line() << std::endl;
  if (!options.report.empty()) {
    try {
      write_report_file(options.report, result.to_json());
    } catch (const std::exception& e) {
      std::cerr << "dipsearch-index: " << escape_message(e.what()) << "\n";
      return kExitFatal;
    }
  }
  return result.exit_code();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  Action action;
  try {
    action = parse_options(argc, argv, options);
    if (!options.report.empty()) check_report_destination(options.report);
  } catch (const UsageError& e) {
    std::cerr << "dipsearch-index: " << escape_message(e.what()) << "\nTry 'dipsearch-index --help'.\n";
    return kExitUsage;
  }
  switch (action) {
    case Action::kHelp: std::cout << help_text(); return kExitOk;
    case Action::kVersion:
      std::cout << "dipsearch-index " << DIPSEARCH_VERSION << " (schema version " << dipsearch::schema::kSchemaVersion
                << ")\n";
      return kExitOk;
    case Action::kCheck: return check_command(options);
    case Action::kIndex: return index_command(options);
  }
  return kExitUsage;
}
