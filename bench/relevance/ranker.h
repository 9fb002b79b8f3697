// A retrieval system under evaluation and the corpus they all index: every system reads the
// same releases (the set's directories through our release parser) and answers the same
// query text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/release/release.h"

namespace dipsearch::relevance {

class Ranker {
 public:
  virtual ~Ranker() = default;
  virtual std::string name() const = 0;
  // Release ids for the query, best first, at most `depth` of them.
  virtual std::vector<std::string> rank(const std::string& query, size_t depth) = 0;
};

// Every release of the release files in the directories (recursively), in path order.
// Throws std::runtime_error naming the file when one is rejected: the corpus must be whole.
std::vector<Release> read_corpus(const std::vector<std::filesystem::path>& dirs);
std::vector<Release> read_corpus(const std::filesystem::path& dir);

// A judged set and the release directories its judgments are about.
struct SetLocation {
  std::string name;                           // as reports name it: "sample", "real"
  std::filesystem::path judged;               // queries.tsv and qrels.tsv
  std::vector<std::filesystem::path> corpus;  // release directories
  // Directories of pages gathered later that are not here: their releases' judgments are
  // dropped, and queries left without a relevant release are not measured.
  std::vector<std::filesystem::path> absent;
};

// tests/relevance over data/sample, as built.
SetLocation sample_set();
// bench/relevance/real over real pages kept outside the project, under `shared`:
// realpages/pages and each of morepages/pages15r/pages, pages16r/pages, pages17r/pages,
// pages18r/pages, pages19r/pages and pages20r/pages that is there, the others listed as absent (see
// bench/relevance/real/README.md).
SetLocation real_set(const std::filesystem::path& shared);

// Where the judged sample set, the sample corpus, the project's shared directory (beside
// the project) and the indexer are, as built.
std::filesystem::path default_judged_dir();
std::filesystem::path default_sample_dir();
std::filesystem::path default_shared_dir();
std::filesystem::path indexer_program();

}  // namespace dipsearch::relevance
