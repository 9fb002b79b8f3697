// dipsearch-index: the command-line boundary, where exceptions become exit codes (and,
// with --report, a JSON report of how the run ended, whatever the ending).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include <xapian.h>

#include "common/index/database_layout.h"
#include "common/program/program_voice.h"
#include "common/program/report_file.h"
#include "common/text/message_escape.h"
#include "common/schema.h"
#include "dipsearch/config.h"
#include "indexer/database_check.h"
#include "indexer/exit_code.h"
#include "indexer/index_run.h"
#include "indexer/options.h"
#include "indexer/progress.h"

namespace {

using namespace dipsearch::indexer;
using dipsearch::text::escape_message;
using dipsearch::text::escape_path;

// Reports of runs that did not finish say how they ended and why.
dipsearch::ProgramVoice voice_of(const Options& options) {
  return dipsearch::ProgramVoice("dipsearch-index", options.report, [database = options.database](int exit_code, const std::string& message) {
    return nlohmann::json{{"database", escape_path(database.string())},
                          {"status", exit_code == kExitSchema ? "schema_mismatch" : "failed"},
                          {"exit_code", exit_code},
                          {"error", escape_message(message)}};
  });
}

int index_command(const Options& options) {
  const dipsearch::ProgramVoice voice = voice_of(options);
  Progress progress(choose_progress_mode(options.progress, options.quiet, ::isatty(STDERR_FILENO) == 1), std::cerr);
  RunSummary summary;
  try {
    summary = run_index(options, progress);
  } catch (const UsageError& e) {
    progress.finish();
    return voice.fail(kExitUsage, e.what());
  } catch (const dipsearch::LockHeld& e) {
    progress.finish();
    return voice.fail(kExitLocked, e.what());
  } catch (const SchemaMismatch& e) {
    progress.finish();
    return voice.fail(kExitSchema, e.what());
  } catch (const Xapian::DatabaseLockError& e) {
    progress.finish();
    // Refused for want of permission, the lock says nothing about another writer.
    if (e.get_error_string() != nullptr && std::string(e.get_error_string()) == std::strerror(EACCES)) {
      return voice.fail(kExitFatal,
                        "database " + options.database.string() + ": " + e.get_description() +
                            " (check who owns the database files: docs/admin.md, Ownership; the database is unchanged)");
    }
    return voice.fail(kExitLocked, "another program is writing the database " + options.database.string() + ": " +
                                       e.get_description());
  } catch (const Xapian::Error& e) {
    progress.finish();
    return voice.fail(kExitFatal,
                      "database " + options.database.string() + ": " + e.get_description() + " (the database is unchanged)");
  } catch (const std::exception& e) {
    progress.finish();
    return voice.fail(kExitFatal, std::string(e.what()) + " (the database is unchanged)");
  }
  if (!options.quiet) std::cout << summary.line() << std::endl;
  // Too late to keep the database unchanged: say exactly what happened.
  if (!voice.write_report(summary.to_json(options.database.string()), "the database was updated")) return kExitFatal;
  return summary.exit_code();
}

int check_command(const Options& options) {
  const dipsearch::ProgramVoice voice = voice_of(options);
  const CheckResult result = check_database(options.database, {options.check_full, options.check_sample});
  for (const auto& problem : result.problems) voice.error("check: " + problem);
  if (!options.quiet || !result.sound()) std::cout << result.line() << std::endl;
  if (!voice.write_report(result.to_json())) return kExitFatal;
  return result.exit_code();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  Action action;
  try {
    action = parse_options(argc, argv, options);
    if (!options.report.empty()) {
      if (auto problem = dipsearch::report_destination_problem(options.report)) throw UsageError(*problem);
    }
  } catch (const UsageError& e) {
    return voice_of(Options{}).fail(kExitUsage, e.what());
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
