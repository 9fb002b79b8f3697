// Summary lines, report JSON and exit status of a fetch run (see fetch_report.h).
#include "fetcher/fetch_report.h"

#include <cmath>

#include "common/program/exit_code.h"
#include "common/text/message_escape.h"

namespace dipsearch::fetcher {
namespace {

// Directory names, URLs and reasons come from outside (the command line, the sites): escaped
// as the indexer's reports escape them, so a report stays one clean JSON document.
using text::escape_message;
using text::escape_path;

std::string stop_reason(const std::string& stopped) {
  if (stopped == "known") return "stopped at a page of known releases";
  if (stopped == "since") return "stopped at releases older than --since";
  if (stopped == "end") return "reached the end of the list";
  if (stopped == "max_pages") return "stopped at the page limit";
  return "stopped by an error";
}

nlohmann::json failures_json(const std::vector<SourceResult>& sources, bool skipped) {
  nlohmann::json out = nlohmann::json::array();
  for (const SourceResult& s : sources) {
    for (const Failure& f : skipped ? s.skipped : s.failures) {
      out.push_back({{"source", s.name}, {"url", escape_message(f.url)}, {"reason", escape_message(f.reason)}});
    }
  }
  return out;
}

}  // namespace

int RunResult::exit_code() const {
  for (const SourceResult& s : sources) {
    if (!s.failures.empty()) return kExitSomeRejected;
  }
  return kExitOk;
}

std::vector<std::string> RunResult::lines() const {
  std::vector<std::string> out;
  for (const SourceResult& s : sources) {
    std::string line = s.name + ": " + std::to_string(s.added) + " new, " + std::to_string(s.updated) + " updated, " +
                       std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.failures.size()) + " failed";
    if (s.disallowed) line += ", " + std::to_string(s.disallowed) + " forbidden by robots.txt";
    if (s.older) line += ", " + std::to_string(s.older) + " older than --since";
    line += "; " + std::to_string(s.list_pages) + " list page" + (s.list_pages == 1 ? "" : "s") + ", " +
            stop_reason(s.stopped);
    out.push_back(std::move(line));
  }
  return out;
}

nlohmann::json RunResult::to_json() const {
  nlohmann::json sources_json = nlohmann::json::array();
  size_t added = 0, updated = 0, unchanged = 0, failed = 0, disallowed = 0;
  for (const SourceResult& s : sources) {
    sources_json.push_back({{"name", s.name},           {"list_pages", s.list_pages}, {"listed", s.listed},
                            {"added", s.added},         {"updated", s.updated},       {"unchanged", s.unchanged},
                            {"older", s.older},         {"disallowed", s.disallowed}, {"failed", s.failures.size()},
                            {"stopped", s.stopped}});
    added += s.added;
    updated += s.updated;
    unchanged += s.unchanged;
    failed += s.failures.size();
    disallowed += s.disallowed;
  }
  const int code = exit_code();
  return {{"status", code == kExitOk ? "ok" : "partial"},
          {"exit_code", code},
          {"directory", escape_path(directory.string())},
          {"added", added},
          {"updated", updated},
          {"unchanged", unchanged},
          {"failed", failed},
          {"disallowed", disallowed},
          {"requests", requests},
          {"seconds", std::round(seconds * 100) / 100},
          {"sources", sources_json},
          {"failures", failures_json(sources, false)},
          {"skipped", failures_json(sources, true)}};
}

nlohmann::json failed_run_json(const std::filesystem::path& directory, int exit_code, const std::string& error) {
  return {{"status", exit_code == kExitUsage ? "usage" : "failed"},
          {"exit_code", exit_code},
          {"directory", escape_path(directory.string())},
          {"error", escape_message(error)}};
}

}  // namespace dipsearch::fetcher
