// What besides a release's own file decides what the index stores for it: the schema
// version, the program's version, the versions of the page reader, the entity extraction
// rules and the linking rules, and the reference data (country names, the officials registry,
// the site catalog, the title terms). Stamps of unread files vouch only for the file, so a run trusts them only while
// this key is the one the database was committed with.
#pragma once

#include <filesystem>
#include <string>

namespace dipsearch::indexer {

// A digest of the schema version, the program version, kPageReaderVersion,
// entities::kExtractionRulesVersion, kLinkingRulesVersion and the content of every file the
// entity extractor, the site catalog and linking load from data_dir.
std::string analysis_key(const std::filesystem::path& data_dir);

}  // namespace dipsearch::indexer
