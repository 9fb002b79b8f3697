// Indexing through the real program, searching through the real Searcher.
#include "bench/relevance/dipsearch_ranker.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include <xapian.h>

#include "common/entities/country_catalog.h"
#include "common/entities/officials_registry.h"
#include "common/index/stored_document.h"
#include "common/query/query_parser.h"
#include "common/search/api_error.h"
#include "common/search/query_builder.h"
#include "common/search/searcher.h"
#include "dipsearch/config.h"

namespace dipsearch::relevance {
namespace {

constexpr auto kIndexerTimeLimit = std::chrono::seconds(60);

// Runs a program without a shell and waits for it within the time limit.
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    execv(args[0], args.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + kIndexerTimeLimit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw std::runtime_error(argv[0] + " did not finish within a minute");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A database built by dipsearch-index in a directory of its own, removed at the end.
class TemporaryIndex {
 public:
  explicit TemporaryIndex(const std::vector<std::filesystem::path>& corpus) {
    std::string pattern = (std::filesystem::temp_directory_path() / "dipsearch-relevance-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory");
    dir_ = pattern;
    const std::filesystem::path db = dir_ / "db";
    std::vector<std::string> argv{indexer_program().string(), "--db", db.string(), "--quiet"};
    for (const auto& dir : corpus) argv.push_back(dir.string());
    int code = run_program(argv);
    if (code != 0) {
      std::filesystem::remove_all(dir_);
      throw std::runtime_error(indexer_program().string() + " exited with " + std::to_string(code) +
                               " indexing " + corpus.front().string());
    }
    database_ = Xapian::Database(db.string());
  }
  ~TemporaryIndex() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  TemporaryIndex(const TemporaryIndex&) = delete;
  TemporaryIndex& operator=(const TemporaryIndex&) = delete;

  const Xapian::Database& database() const { return database_; }

 private:
  std::filesystem::path dir_;
  Xapian::Database database_;
};

const entities::CountryCatalog& countries() {
  return entities::CountryCatalog::instance(DIPSEARCH_DEFAULT_DATA_DIR);
}

// The registry dipsearchd loads, so that names in any spelling are searched as users get them.
const entities::OfficialsRegistry& officials() {
  static const entities::OfficialsRegistry registry = entities::OfficialsRegistry::load(DIPSEARCH_DEFAULT_DATA_DIR);
  return registry;
}

class DipsearchRanker : public Ranker {
 public:
  DipsearchRanker(std::shared_ptr<TemporaryIndex> index, std::optional<RankingParams> params)
      : index_(std::move(index)), params_(params) {}

  std::string name() const override { return params_ ? "dipsearch*" : "dipsearch"; }

  std::vector<std::string> rank(const std::string& query, size_t depth) override {
    try {
      return params_ ? rank_with_params(query, depth) : rank_with_searcher(query, depth);
    } catch (const ApiError&) {
      return {};  // a 400 answer: nothing found
    }
  }

  std::shared_ptr<TemporaryIndex> index() const { return index_; }

 private:
  std::vector<std::string> rank_with_searcher(const std::string& query, size_t depth) const {
    SearchRequest request;
    request.q = query;
    request.per_page = static_cast<int>(std::min<size_t>(depth, kMaxPerPage));
    const nlohmann::json answer = Searcher(countries(), &officials()).search(index_->database(), request);
    std::vector<std::string> ids;
    for (const auto& hit : answer["hits"]) ids.push_back(hit["id"].get<std::string>());
    return ids;
  }

  // The Searcher's two steps with other weights: the strict matches, then the partial tail.
  std::vector<std::string> rank_with_params(const std::string& query, size_t depth) const {
    query::NodePtr root;
    try {
      root = query::parse_query(query);
    } catch (const query::QuerySyntaxError&) {
      return {};
    }
    BuiltQuery built = build_query(query, root.get(), MatchMode::kAuto, countries(), *params_, &officials());
    std::vector<std::string> ids;
    for (const Xapian::Query* q : {&built.matching, &built.partial}) {
      if (q->empty() || ids.size() >= depth) continue;
      Xapian::Enquire enquire(index_->database());
      enquire.set_query(*q);
      rank_by_relevance(enquire, *params_);
      Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth - ids.size()));
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        ids.push_back(decode_stored(it.get_document().get_data()).id);
      }
    }
    return ids;
  }

  std::shared_ptr<TemporaryIndex> index_;
  std::optional<RankingParams> params_;
};

}  // namespace

std::unique_ptr<Ranker> make_dipsearch_ranker(const std::vector<std::filesystem::path>& corpus,
                                              std::optional<RankingParams> params) {
  return std::make_unique<DipsearchRanker>(std::make_shared<TemporaryIndex>(corpus), params);
}

std::unique_ptr<Ranker> with_params(const Ranker& dipsearch, const RankingParams& params) {
  const auto* ranker = dynamic_cast<const DipsearchRanker*>(&dipsearch);
  if (ranker == nullptr) throw std::invalid_argument("with_params needs a dipsearch ranker");
  return std::make_unique<DipsearchRanker>(ranker->index(), params);
}

}  // namespace dipsearch::relevance
