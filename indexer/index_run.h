// One run of the indexer: read the sources, analyze, write the database, delete what
// vanished, and report. Nothing is visible to readers until the run's single commit (or,
// for a new generation, the stub swap), so a run that fails or is killed leaves the
// database exactly as it was.
#pragma once

#include "indexer/options.h"
#include "indexer/progress.h"
#include "indexer/run_summary.h"

namespace dipsearch::indexer {

// Rejections are printed through `progress` as they are found. Throws LockHeld (exit 3),
// UsageError (exit 2), Xapian::DatabaseLockError (another program writes the generation,
// exit 3), SchemaMismatch (a newer version wrote the database, exit 5) or another exception
// (exit 4, among them DatabaseNotWritable); in every case the database is unchanged.
RunSummary run_index(const Options& options, Progress& progress);

}  // namespace dipsearch::indexer
