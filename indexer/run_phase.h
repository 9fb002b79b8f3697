// The phases of an indexer run, named as the progress display shows them. For crash drills
// (and the crash-safety tests), DIPSEARCH_INDEX_STOP_AT=<phase> makes the indexer stop
// itself with SIGSTOP on entering that phase, so it can be killed at exactly that point.
#pragma once

#include <string_view>

namespace dipsearch::indexer {

enum class RunPhase {
  kReading,     // the lock is held and the database open: sources are read and written
  kDeleting,    // documents whose source file vanished are deleted (incremental runs)
  kLinking,     // releases and their versions in the other language are linked again
  kCommitting,  // everything is written but not committed; readers still see the old state
  kSwitching,   // a new generation is committed and closed; the stub still names the old one
  kCleaning,    // the stub names the new generation; stale generations are removed
};

std::string_view phase_name(RunPhase phase);

// Stops the process (SIGSTOP) when DIPSEARCH_INDEX_STOP_AT names this phase.
void stop_if_asked(RunPhase phase);

}  // namespace dipsearch::indexer
