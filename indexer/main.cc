// dipsearch-index: the command-line boundary, where exceptions become exit codes.
#include <iostream>

#include <xapian.h>

#include "common/index/database_layout.h"
#include "dipsearch/config.h"
#include "indexer/index_run.h"
#include "indexer/options.h"

namespace {

enum ExitCode { kOk = 0, kSomeRejected = 1, kUsage = 2, kLocked = 3, kFatal = 4 };

}  // namespace

int main(int argc, char** argv) {
  using namespace dipsearch::indexer;
  Options options;
  try {
    switch (parse_options(argc, argv, options)) {
      case Action::kHelp: std::cout << help_text(); return kOk;
      case Action::kVersion: std::cout << "dipsearch-index " << DIPSEARCH_VERSION << "\n"; return kOk;
      case Action::kIndex: break;
    }
    RunSummary summary = run_index(options);
    if (!options.quiet) std::cout << summary.line() << std::endl;
    if (!options.report.empty()) summary.write_report(options.report, options.database.string());
    return summary.rejections.empty() ? kOk : kSomeRejected;
  } catch (const UsageError& e) {
    std::cerr << "dipsearch-index: " << e.what() << "\nTry 'dipsearch-index --help'.\n";
    return kUsage;
  } catch (const dipsearch::LockHeld& e) {
    std::cerr << "dipsearch-index: " << e.what() << "\n";
    return kLocked;
  } catch (const Xapian::Error& e) {
    std::cerr << "dipsearch-index: database " << options.database.string() << ": " << e.get_description()
              << " (the database is unchanged)\n";
    return kFatal;
  } catch (const std::exception& e) {
    std::cerr << "dipsearch-index: " << e.what() << " (the database is unchanged)\n";
    return kFatal;
  }
}
