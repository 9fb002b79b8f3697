// Messages and reports of a run that goes wrong (see program_voice.h).
#include "common/program/program_voice.h"

#include <iostream>

#include "common/program/exit_code.h"
#include "common/program/report_file.h"
#include "common/text/message_escape.h"

namespace dipsearch {

ProgramVoice::ProgramVoice(std::string program, std::filesystem::path report, FailureReport failure_report)
    : program_(std::move(program)), report_(std::move(report)), failure_report_(std::move(failure_report)) {}

void ProgramVoice::error(std::string_view message) const {
  std::cerr << program_ << ": " << text::escape_message(message) << "\n";
}

bool ProgramVoice::write_report(const nlohmann::json& report, std::string_view aftermath) const {
  if (report_.empty()) return true;
  try {
    write_report_file(report_, report);
    return true;
  } catch (const std::exception& e) {
    std::string message = e.what();
    if (!aftermath.empty()) message.append(" (").append(aftermath).append(")");
    error(message);
    return false;
  }
}

int ProgramVoice::fail(int exit_code, const std::string& message) const {
  error(message);
  if (exit_code == kExitUsage) std::cerr << "Try '" << program_ << " --help'.\n";
  if (exit_code != kExitLocked && failure_report_) write_report(failure_report_(exit_code, message));
  return exit_code;
}

}  // namespace dipsearch
