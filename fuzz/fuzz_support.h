// What the fuzz targets share: the bundled reference data, a scratch directory for inputs the
// code under test reads from files, the indexer's per-file pipeline and a small database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include <xapian.h>

#include "common/entities/extractor.h"

namespace dipsearch::fuzz {

// The countries and officials of the bundled data directory, loaded once.
const entities::EntityExtractor& extractor();

// A directory of this process's own, removed when it exits.
const std::filesystem::path& scratch_dir();

// Writes `bytes` to `path` (replacing it).
void write_file(const std::filesystem::path& path, std::string_view bytes);

// Reads `bytes` as dipsearch-index reads a source file with this extension (".txt", ".html",
// ".json", ".jsonl"): parse, extract, build the Xapian document. An exception escapes, as it
// would abort a run; output that breaks the readers' promises (an empty body, a release or a
// reason that is not valid UTF-8, a rejection naming another file) is reported as a finding.
void index_source_bytes(std::string_view bytes, std::string_view extension);

// The releases of data/sample, indexed as dipsearch-index indexes them, in memory.
const Xapian::Database& sample_database();

// Stops the fuzzer with a message and a stack: a broken promise is a finding, like a crash.
[[noreturn]] void fail(const std::string& what);

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace dipsearch::fuzz
