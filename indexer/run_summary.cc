// Summary line and JSON report of an indexer run.
#include "indexer/run_summary.h"

#include <cstdio>

#include "common/text/message_escape.h"

namespace dipsearch::indexer {
namespace {

nlohmann::json path_list(const std::vector<std::filesystem::path>& paths) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : paths) list.push_back(text::escape_path(p.string()));
  return list;
}

}  // namespace

std::string describe(const Rejection& r) {
  std::string out = text::escape_path(r.path);
  if (r.line > 0) out += ":" + std::to_string(r.line);
  return out + ": " + text::escape_message(r.reason);
}

// The rate counts the releases this run wrote: unchanged ones were only checked (their
// stamp or digest compared), and counting them would make a run over a large database that
// adds a few look fast.
std::string RunSummary::line() const {
  const double written = static_cast<double>(added + updated);
  char buf[320];
  int n = std::snprintf(buf, sizeof buf,
                        "added %zu, updated %zu, unchanged %zu, deleted %zu, rejected %zu in %.2f s (%zu indexed, %.0f docs/s",
                        added, updated, unchanged, deleted, rejections.size(), seconds, added + updated,
                        seconds > 0 ? written / seconds : written);
  if (unchanged > 0 && n > 0 && static_cast<size_t>(n) < sizeof buf) {
    n += std::snprintf(buf + n, sizeof buf - n, "; %zu unchanged, only checked", unchanged);
  }
  return std::string(buf) + ")";
}

nlohmann::json RunSummary::to_json(const std::string& database) const {
  nlohmann::json rejected = nlohmann::json::array();
  for (const auto& r : rejections) {
    nlohmann::json entry = {{"path", text::escape_path(r.path)}, {"reason", text::escape_message(r.reason)}};
    if (r.line > 0) entry["line"] = r.line;
    rejected.push_back(std::move(entry));
  }
  return {{"database", text::escape_path(database)},
          {"status", rejections.empty() ? "ok" : "rejected"},
          {"exit_code", exit_code()},
          {"added", added},
          {"updated", updated},
          {"unchanged", unchanged},
          {"deleted", deleted},
          {"rejected", rejections.size()},
          {"undated", undated},
          {"relinked", relinked},
          {"files_read", files_read},
          {"files_unread", files_unread},
          {"seconds", seconds},
          {"jobs", jobs},
          {"rebuild", rebuild},
          {"changed", changed},
          {"generation", text::escape_path(generation.string())},
          {"generations_removed", path_list(generations_removed)},
          {"generations_in_use", path_list(generations_in_use)},
          {"rejections", std::move(rejected)}};
}

}  // namespace dipsearch::indexer
