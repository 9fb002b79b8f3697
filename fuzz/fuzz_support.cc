// Shared pieces of the fuzz targets (see fuzz_support.h).
#include "fuzz/fuzz_support.h"

#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "common/index/stored_document.h"
#include "common/release/source_reader.h"
#include "common/release/utf8_check.h"
#include "dipsearch/config.h"
#include "indexer/release_preparer.h"

namespace dipsearch::fuzz {
namespace fs = std::filesystem;
namespace {

constexpr const char* kIndexedAt = "2024-01-01T00:00:00Z";

void remove_scratch_dir() {
  std::error_code ec;
  fs::remove_all(scratch_dir(), ec);
}

bool valid_utf8(std::string_view text) { return !release::find_invalid_utf8(text).has_value(); }

indexer::SourceFile source_file(const fs::path& path) {
  indexer::SourceFile file;
  file.path = path;
  file.absolute = fs::absolute(path);
  file.size = fs::file_size(path);
  return file;
}

// The promises of common/release/release.h and source_reader.h about what a file gives, read
// back from the built documents' stored fields, which reach JSON answers and CSV rows.
void check_result(const indexer::PreparedFile& prepared, const fs::path& path) {
  for (const Rejection& rejection : prepared.rejections) {
    if (rejection.path != path.string()) fail("a rejection names '" + rejection.path + "', not the file read");
    if (rejection.reason.empty()) fail("a rejection without a reason");
    if (!valid_utf8(rejection.reason)) fail("a rejection reason that is not valid UTF-8");
  }
  for (const indexer::PreparedRelease& prepared_release : prepared.releases) {
    if (prepared_release.refused) {  // rejected alone, with a reason the summary prints
      if (prepared_release.refused->empty()) fail("release " + prepared_release.id + " refused without a reason");
      continue;
    }
    if (!prepared_release.document) fail("release " + prepared_release.id + " has no document");
    const StoredDocument stored = decode_stored(prepared_release.document->get_data());
    if (stored.id.empty() || stored.id != prepared_release.id) fail("a release's id is '" + stored.id + "'");
    if (stored.body.empty()) fail("release " + stored.id + " has an empty body");
    for (const std::string* field : {&stored.title, &stored.body, &stored.date, &stored.url}) {
      if (!valid_utf8(*field)) fail("release " + stored.id + " holds text that is not valid UTF-8");
    }
    if (stored.lang != "en" && stored.lang != "ko") fail("release " + stored.id + " has language '" + stored.lang + "'");
  }
}

}  // namespace

void fail(const std::string& what) {
  std::fprintf(stderr, "dipsearch fuzz finding: %s\n", what.c_str());
  std::abort();
}

const entities::EntityExtractor& extractor() {
  static const entities::EntityExtractor instance{fs::path(DIPSEARCH_DEFAULT_DATA_DIR)};
  return instance;
}

const fs::path& scratch_dir() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "dipsearch-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a scratch directory");
    return fs::path(pattern);
  }();
  static const bool cleanup_registered = (std::atexit(remove_scratch_dir), true);
  (void)cleanup_registered;
  return dir;
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

void index_source_bytes(std::string_view bytes, std::string_view extension) {
  static indexer::ReleasePreparer preparer(extractor(), kIndexedAt, 1, {});
  const fs::path path = scratch_dir() / ("mofa-en-100001" + std::string(extension));
  write_file(path, bytes);
  const indexer::PreparedFile prepared = preparer.prepare(source_file(path));
  check_result(prepared, path);
}

const Xapian::Database& sample_database() {
  static const Xapian::Database db = [] {
    Xapian::WritableDatabase out(std::string(), Xapian::DB_BACKEND_INMEMORY);
    indexer::ReleasePreparer preparer(extractor(), kIndexedAt, 1, {});
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(DIPSEARCH_DEFAULT_DATA_DIR) / "sample")) {
      if (is_release_file(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      for (indexer::PreparedRelease& release : preparer.prepare(source_file(path)).releases) {
        if (release.document) out.add_document(*release.document);
      }
    }
    out.commit();
    if (out.get_doccount() == 0) throw std::runtime_error("no releases in the bundled sample");
    return Xapian::Database(out);
  }();
  return db;
}

}  // namespace dipsearch::fuzz

// libFuzzer calls this before fuzzing: the reference data is loaded before any input's time
// runs, so that a slow start-up is never reported as a slow input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)dipsearch::fuzz::extractor();
  return 0;
}
