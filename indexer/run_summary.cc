// Summary line and JSON report of an indexer run.
#include "indexer/run_summary.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace dipsearch::indexer {

std::string describe(const Rejection& r) {
  std::string out = r.path;
  if (r.line > 0) out += ":" + std::to_string(r.line);
  return out + ": " + r.reason;
}

std::string RunSummary::line() const {
  double processed = static_cast<double>(added + updated + unchanged);
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "added %zu, updated %zu, unchanged %zu, deleted %zu, rejected %zu in %.2f s (%.0f docs/s)",
                added, updated, unchanged, deleted, rejections.size(), seconds,
                seconds > 0 ? processed / seconds : processed);
  return buf;
}

void RunSummary::write_report(const std::filesystem::path& file, const std::string& database) const {
  nlohmann::json rejected = nlohmann::json::array();
  for (const auto& r : rejections) {
    nlohmann::json entry = {{"path", r.path}, {"reason", r.reason}};
    if (r.line > 0) entry["line"] = r.line;
    rejected.push_back(std::move(entry));
  }
  nlohmann::json report = {{"database", database}, {"added", added},         {"updated", updated},
                           {"unchanged", unchanged}, {"deleted", deleted},   {"rejected", rejections.size()},
                           {"undated", undated},   {"seconds", seconds},     {"rejections", std::move(rejected)}};
  std::ofstream out(file);
  out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (!out) throw std::runtime_error("cannot write report " + file.string());
}

}  // namespace dipsearch::indexer
