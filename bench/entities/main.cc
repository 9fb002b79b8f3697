// dipsearch-entities-eval: scores entity extraction against the gold set and prints precision,
// recall and F1 per kind and language; optionally every difference and the extraction speed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "bench/entities/evaluation.h"
#include "common/entities/data_error.h"

namespace {

using namespace dipsearch;
using namespace dipsearch::entities_eval;

constexpr const char* kUsage =
    "usage: dipsearch-entities-eval [--gold FILE] [--sample DIR] [--data DIR] [--errors]\n"
    "                               [--speed ROUNDS]\n"
    "\n"
    "Extracts the countries and officials of every release in the gold set and prints\n"
    "precision, recall and F1 per kind and language, over (release, entity) pairs.\n"
    "\n"
    "  --gold FILE     the gold annotations (default: tests/entities-gold/releases.tsv)\n"
    "  --sample DIR    the releases they annotate (default: data/sample)\n"
    "  --data DIR      the reference data: countries/, officials/ (default: data)\n"
    "  --errors        also list every miss and false hit, by release\n"
    "  --speed ROUNDS  also extract the whole corpus ROUNDS times and print the time per\n"
    "                  release and per 4 KB of release text (one thread)\n";

void print_table(const Evaluation& e) {
  std::printf("%-10s %-4s %8s %5s %6s %5s %6s %6s %9s %7s %6s\n", "kind", "lang", "releases",
              "gold", "found", "hits", "false", "missed", "precision", "recall", "F1");
  auto row = [&](const std::string& kind, const std::string& lang, const Counts& c,
                 size_t releases) {
    std::printf("%-10s %-4s %8zu %5zu %6zu %5zu %6zu %6zu %9.3f %7.3f %6.3f\n", kind.c_str(),
                lang.c_str(), releases, c.hits + c.misses, c.hits + c.false_hits, c.hits,
                c.false_hits, c.misses, c.precision(), c.recall(), c.f1());
  };
  size_t all = 0;
  for (const auto& [lang, n] : e.releases) all += n;
  for (const std::string& kind : kKinds) {
    for (const std::string& lang : kLanguages) {
      auto it = e.releases.find(lang);
      row(kind, lang, e.cell(kind, lang), it == e.releases.end() ? 0 : it->second);
    }
    row(kind, "all", e.total(kind), all);
  }
}

void print_differences(const Evaluation& e) {
  if (e.differences.empty()) {
    std::printf("\nno differences\n");
    return;
  }
  std::printf("\n%-16s %-10s %-6s %s\n", "release", "kind", "error", "value");
  for (const Difference& d : e.differences) {
    std::printf("%-16s %-10s %-6s %s\n", d.release.c_str(), d.kind.c_str(),
                d.missed ? "missed" : "false", d.shown.c_str());
  }
}

void print_speed(const std::map<std::string, Release>& corpus,
                 const entities::EntityExtractor& extractor, long rounds) {
  size_t bytes = 0;
  for (const auto& [id, r] : corpus) bytes += r.title.size() + r.body.size();
  size_t found = 0;  // used below, so the work cannot be optimized away
  const auto start = std::chrono::steady_clock::now();
  for (long k = 0; k < rounds; ++k) {
    for (const auto& [id, r] : corpus) {
      const entities::Entities e = extractor.extract(r);
      found += e.countries.size() + e.officials.size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double extractions = static_cast<double>(rounds) * static_cast<double>(corpus.size());
  const double per_release_us = seconds * 1e6 / extractions;
  const double mean_bytes = static_cast<double>(bytes) / static_cast<double>(corpus.size());
  std::printf("\nspeed: %zu releases x %ld rounds, mean %.0f bytes a release, %zu entities a "
              "round\n",
              corpus.size(), rounds, mean_bytes, found / static_cast<size_t>(rounds));
  std::printf("  %.1f us a release, %.1f us per 4 KB, %.0f releases/s on one thread\n",
              per_release_us, per_release_us * 4096.0 / mean_bytes, 1e6 / per_release_us);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path gold_file = default_gold_file();
  std::filesystem::path sample_dir = default_sample_dir();
  std::filesystem::path data_dir = default_data_dir();
  bool errors = false;
  long rounds = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--errors") {
      errors = true;
    } else if (arg == "--gold" && has_value) {
      gold_file = argv[++i];
    } else if (arg == "--sample" && has_value) {
      sample_dir = argv[++i];
    } else if (arg == "--data" && has_value) {
      data_dir = argv[++i];
    } else if (arg == "--speed" && has_value) {
      char* end = nullptr;
      rounds = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || rounds < 1 || rounds > 100000) {
        std::fprintf(stderr,
                     "dipsearch-entities-eval: --speed wants a number of rounds, 1 to 100000\n");
        return 2;
      }
    } else {
      std::fprintf(stderr, "dipsearch-entities-eval: unknown or incomplete option '%s'\n%s",
                   arg.c_str(), kUsage);
      return 2;
    }
  }
  try {
    const std::vector<GoldRelease> gold = load_gold_set(gold_file);
    const std::map<std::string, Release> corpus = read_corpus(sample_dir);
    const entities::EntityExtractor extractor(data_dir);
    const Evaluation e = evaluate(gold, corpus, extractor);
    print_table(e);
    if (errors) print_differences(e);
    if (rounds > 0) print_speed(corpus, extractor, rounds);
  } catch (const GoldSetError& e) {
    std::fprintf(stderr, "dipsearch-entities-eval: %s\n", e.what());
    return 2;
  } catch (const entities::DataError& e) {
    std::fprintf(stderr, "dipsearch-entities-eval: %s\n", e.what());
    return 2;
  }
  return 0;
}
