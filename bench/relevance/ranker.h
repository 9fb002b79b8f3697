// A retrieval system under evaluation and the corpus they all index: every system reads the
// same releases (data/sample through our release parser) and answers the same query text.
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

// Every release of the release files in dir (recursively), in path order. Throws
// std::runtime_error naming the file when one is rejected: the corpus must be whole.
std::vector<Release> read_corpus(const std::filesystem::path& dir);

// Where the judged set, the sample corpus and the indexer are, as built.
std::filesystem::path default_judged_dir();
std::filesystem::path default_sample_dir();
std::filesystem::path indexer_program();

}  // namespace dipsearch::relevance
