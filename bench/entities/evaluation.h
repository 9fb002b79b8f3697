// Runs the entity extractor over the releases of the gold set and scores what it finds per
// kind (countries, officials) and language, keeping every difference for inspection.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/entities/gold_set.h"
#include "bench/entities/scores.h"
#include "common/entities/extractor.h"
#include "common/release/release.h"

namespace dipsearch::entities_eval {

inline const std::vector<std::string> kKinds = {"countries", "officials"};
inline const std::vector<std::string> kLanguages = {"en", "ko"};

// One value the extractor got wrong in one release.
struct Difference {
  std::string release;
  std::string kind;   // "countries" or "officials"
  std::string value;  // ISO code or official key
  std::string shown;  // with its name, for a reader ("JP Japan", "wang-yi (Wang Yi)")
  bool missed = false;  // else a false hit
};

struct Evaluation {
  std::map<std::string, size_t> releases;                       // language → releases scored
  std::map<std::pair<std::string, std::string>, Counts> cells;  // (kind, language) → counts
  std::vector<Difference> differences;                          // in gold set order
  std::vector<std::string> unread;  // gold releases the reader rejected: all their entities missed

  Counts cell(const std::string& kind, const std::string& lang) const;
  Counts total(const std::string& kind) const;  // both languages
};

// How much of a refused file's start decides its language: the reader refuses files too
// large to read, which are not read whole for this either.
inline constexpr size_t kRawLanguagePrefixBytes = size_t{256} << 10;

// A file of the corpus that the release reader refused, as the indexer would.
struct RejectedFile {
  std::filesystem::path file;
  std::string lang;    // of its raw text's start (detect_language): where its gold entities count
  std::string reason;  // the reader's first rejection
};

struct Corpus {
  std::map<std::string, Release> releases;      // by id
  std::map<std::string, RejectedFile> rejected;  // by the id its file name gives
};

// Every release file of a directory, recursively, read with the indexer's reader. A file the
// reader rejects is kept in `rejected`, not thrown: a page the indexer would refuse is a
// measured failure of reading, and the other pages still count.
Corpus read_corpus(const std::filesystem::path& dir);

// The key a gold official entry stands for: a registry key as it is; a name through the
// registry's spellings, else official_key() as for any unknown name. Throws GoldSetError
// for an entry that looks like a key but is not in the registry (a typo would otherwise
// only show up as a miss).
std::string gold_official_key(const std::string& entry,
                              const entities::OfficialsRegistry& registry);

// Scores the extractor on every gold release. A gold release whose file the reader rejected is
// scored as found empty (every gold entity a miss) and listed in `unread`. Throws
// GoldSetError for a gold release that is not in the corpus at all.
Evaluation evaluate(const std::vector<GoldRelease>& gold, const Corpus& corpus,
                    const entities::EntityExtractor& extractor);

// data/sample and data/ of this source tree.
std::filesystem::path default_sample_dir();
std::filesystem::path default_data_dir();

// One gold file and the directory of releases it annotates.
struct GoldCorpus {
  std::string name;                 // how the tables call it: "sample", "real-tuning", ...
  std::filesystem::path gold_file;
  std::filesystem::path corpus_dir;
  bool outside_project = false;     // real pages, read at run time: skipped when absent
};

// The sets scored by default, in this order: the sample corpus (tests/entities-gold), the real
// pages' tuning and held-out parts (bench/entities/real-gold over <real_dir>/pages, real_dir
// defaulting to ../shared/realpages beside the project), and further held-out pages (over
// <extra_dir>/pages, extra_dir defaulting to ../shared/morepages/pages15e).
std::vector<GoldCorpus> default_gold_corpora(const std::filesystem::path& real_dir,
                                             const std::filesystem::path& extra_dir);
std::filesystem::path default_real_pages_dir();
std::filesystem::path default_extra_pages_dir();

}  // namespace dipsearch::entities_eval
