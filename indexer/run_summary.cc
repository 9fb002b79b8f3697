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

// Path, line and what, escaped, as rejections and warnings are both printed and reported.
std::string located(const std::string& path, size_t line, const std::string& what) {
  std::string out = text::escape_path(path);
  if (line > 0) out += ":" + std::to_string(line);
  return out + ": " + text::escape_message(what);
}

nlohmann::json located_json(const std::string& path, size_t line, const char* key, const std::string& what) {
  nlohmann::json entry = {{"path", text::escape_path(path)}, {key, text::escape_message(what)}};
  if (line > 0) entry["line"] = line;
  return entry;
}

}  // namespace

std::string describe(const Rejection& r) { return located(r.path, r.line, r.reason); }
std::string describe(const SourceWarning& w) { return located(w.path, w.line, w.message); }

// The rate counts the releases this run wrote: unchanged ones were only checked (their
// stamp or digest compared), and counting them would make a run over a large database that
// adds a few look fast.
std::string RunSummary::line() const {
  const size_t written = added + updated;
  char buf[320];
  std::snprintf(buf, sizeof buf, "added %zu, updated %zu, unchanged %zu, deleted %zu, rejected %zu in %.2f s", added,
                updated, unchanged, deleted, rejections.size(), seconds);
  std::string out = buf;
  if (written == 0) return out + " (nothing indexed)";
  std::snprintf(buf, sizeof buf, " (%zu indexed, %.0f docs/s)", written,
                seconds > 0 ? static_cast<double>(written) / seconds : static_cast<double>(written));
  return out + buf;
}

nlohmann::json RunSummary::to_json(const std::string& database) const {
  nlohmann::json rejected = nlohmann::json::array();
  for (const auto& r : rejections) rejected.push_back(located_json(r.path, r.line, "reason", r.reason));
  nlohmann::json warned = nlohmann::json::array();
  for (const auto& w : warnings) warned.push_back(located_json(w.path, w.line, "message", w.message));
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
          {"rejections", std::move(rejected)},
          {"warnings", std::move(warned)}};
}

}  // namespace dipsearch::indexer
