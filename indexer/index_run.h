// One run of the indexer: read the sources, analyze, write the database, delete what
// vanished, and report. Exceptions leave the previous database as it was committed.
#pragma once

#include "indexer/options.h"
#include "indexer/run_summary.h"

namespace dipsearch::indexer {

// Throws LockHeld (exit 3), UsageError (exit 2) or another exception (exit 4).
RunSummary run_index(const Options& options);

}  // namespace dipsearch::indexer
