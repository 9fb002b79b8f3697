// The indexer's side of the shared report file (common/program/report_file.h): a bad
// destination is a usage error.
#include "indexer/report_file.h"

#include "common/program/report_file.h"
#include "indexer/options.h"

namespace dipsearch::indexer {

void check_report_destination(const std::filesystem::path& file) {
  if (auto problem = report_destination_problem(file)) throw UsageError(*problem);
}

void write_report_file(const std::filesystem::path& file, const nlohmann::json& report) {
  dipsearch::write_report_file(file, report);
}

}  // namespace dipsearch::indexer
