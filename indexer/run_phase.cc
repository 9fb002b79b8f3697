// Phase names and the crash-drill stop point (see run_phase.h).
#include "indexer/run_phase.h"

#include <csignal>
#include <cstdlib>

namespace dipsearch::indexer {

std::string_view phase_name(RunPhase phase) {
  switch (phase) {
    case RunPhase::kReading: return "reading";
    case RunPhase::kDeleting: return "deleting";
    case RunPhase::kLinking: return "linking";
    case RunPhase::kCommitting: return "committing";
    case RunPhase::kSwitching: return "switching";
    case RunPhase::kCleaning: return "cleaning";
  }
  return "";
}

void stop_if_asked(RunPhase phase) {
  const char* wanted = std::getenv("DIPSEARCH_INDEX_STOP_AT");
  if (wanted != nullptr && phase_name(phase) == wanted) std::raise(SIGSTOP);
}

}  // namespace dipsearch::indexer
