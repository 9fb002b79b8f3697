// The analysis key (see analysis_key.h).
#include "indexer/analysis_key.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

#include "common/entities/extractor.h"
#include "common/index/digest.h"
#include "common/index/version_links.h"
#include "common/release/source_reader.h"
#include "common/schema.h"
#include "dipsearch/config.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// The folders of data_dir that the index reads: EntityExtractor's (entities/country_catalog.cc,
// entities/officials_registry.cc), the site catalog (release/site.h) and the title terms
// linking reads (index/version_links_clues.h).
constexpr const char* kDataFolders[] = {"countries", "officials", "sources", "links"};

std::vector<fs::path> files_under(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string analysis_key(const fs::path& data_dir) {
  Digest d;
  d.add(std::to_string(schema::kSchemaVersion));
  d.add(DIPSEARCH_VERSION);
  d.add("page reader " + std::to_string(kPageReaderVersion));
  d.add("entity rules " + std::to_string(entities::kExtractionRulesVersion));
  d.add("linking rules " + std::to_string(kLinkingRulesVersion));
  for (const char* folder : kDataFolders) {
    for (const fs::path& file : files_under(data_dir / folder)) {
      std::ifstream in(file, std::ios::binary);
      d.add(file.lexically_relative(data_dir).string());
      d.add(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    }
  }
  return d.hex();
}

}  // namespace dipsearch::indexer
