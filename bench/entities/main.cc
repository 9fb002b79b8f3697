// dipsearch-entities-eval: scores entity extraction against the gold set and prints precision,
// recall and F1 per kind and language; optionally every difference and the extraction speed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <map>
#include <string>
#include <vector>

#include "bench/entities/evaluation.h"
#include "common/entities/data_error.h"

namespace {

using namespace dipsearch;
using namespace dipsearch::entities_eval;

constexpr const char* kUsage =
    "usage: dipsearch-entities-eval [--set NAME]... [--real DIR] [--extra DIR] [--data DIR]\n"
    "                               [--errors] [--show ID] [--speed ROUNDS]\n"
    "       dipsearch-entities-eval --gold FILE --sample DIR [--data DIR] [--errors]\n"
    "\n"
    "Extracts the countries and officials of every release of each gold set and prints\n"
    "precision, recall and F1 per kind and language, over (release, entity) pairs. The sets:\n"
    "  sample        tests/entities-gold/releases.tsv over data/sample\n"
    "  real-tuning   bench/entities/real-gold/tuning.tsv over <real>/pages\n"
    "  real-heldout  bench/entities/real-gold/heldout.tsv over <real>/pages\n"
    "  real-extra    bench/entities/real-gold/extra-heldout.tsv over <extra>/pages\n"
    "The real pages are not part of the project: they are read at run time from their\n"
    "directories, and their sets are skipped, with a note, when those are absent. A page the\n"
    "release reader rejects is listed after the table; if the gold set annotates it, it is\n"
    "scored as read with nothing found (its gold entities are misses).\n"
    "\n"
    "  --set NAME      score only this set (repeatable; default: all of them)\n"
    "  --real DIR      the real pages directory (default: ../shared/realpages beside the\n"
    "                  project's root)\n"
    "  --extra DIR     the further held-out pages (default: ../shared/morepages/pages15e)\n"
    "  --gold FILE     score this gold file instead of the sets (with --sample)\n"
    "  --sample DIR    the releases it annotates\n"
    "  --data DIR      the reference data: countries/, officials/ (default: data)\n"
    "  --errors        also list every miss and false hit, by release\n"
    "  --show ID       print release ID as parsed (title, date, body) and what is extracted\n"
    "                  from it (or why the reader rejected it), then stop\n"
    "  --speed ROUNDS  also extract the first set's releases ROUNDS times and print the\n"
    "                  time per release and per 4 KB of release text (one thread)\n";

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

// Pages the reader refused (the indexer would refuse them too), and the gold ones among
// them, which were scored as read empty.
void print_rejected(const Corpus& corpus, const Evaluation& e) {
  if (corpus.rejected.empty()) return;
  std::printf("\nthe reader rejected %zu file(s); %zu of them in this gold set, every gold entity "
              "of which counts as missed:\n",
              corpus.rejected.size(), e.unread.size());
  for (const auto& [id, file] : corpus.rejected) {
    const bool gold = std::find(e.unread.begin(), e.unread.end(), id) != e.unread.end();
    std::printf("  %s%s (%s): %s\n", id.c_str(), gold ? " [gold]" : "", file.lang.c_str(),
                file.reason.c_str());
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

// The release as the parser reads it and the entities found in it, for studying one miss.
void print_release(const Release& r, const entities::EntityExtractor& extractor) {
  std::printf("id:    %s\nlang:  %s\ndate:  %s\ntitle: %s\n\n%s\n\n", r.id.c_str(), r.lang.c_str(),
              r.date.c_str(), r.title.c_str(), r.body.c_str());
  const entities::Entities e = extractor.extract(r);
  std::printf("countries:");
  for (const std::string& code : e.countries) std::printf(" %s", code.c_str());
  std::printf("\nofficials:\n");
  for (const entities::OfficialMention& o : e.officials) {
    std::printf("  %-28s %s | %s\n", o.key.c_str(), o.name.c_str(), o.title.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path gold_file;
  std::filesystem::path sample_dir;
  std::filesystem::path real_dir = default_real_pages_dir();
  std::filesystem::path extra_dir = default_extra_pages_dir();
  std::filesystem::path data_dir = default_data_dir();
  std::vector<std::string> only;
  std::string show;
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
    } else if (arg == "--real" && has_value) {
      real_dir = argv[++i];
    } else if (arg == "--extra" && has_value) {
      extra_dir = argv[++i];
    } else if (arg == "--show" && has_value) {
      show = argv[++i];
    } else if (arg == "--set" && has_value) {
      only.push_back(argv[++i]);
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
  if (gold_file.empty() != sample_dir.empty()) {
    std::fprintf(stderr, "dipsearch-entities-eval: --gold and --sample go together\n");
    return 2;
  }
  std::vector<GoldCorpus> sets;
  if (!gold_file.empty()) {
    sets.push_back({gold_file.filename().string(), gold_file, sample_dir, false});
  } else {
    for (GoldCorpus& set : default_gold_corpora(real_dir, extra_dir)) {
      if (only.empty() || std::find(only.begin(), only.end(), set.name) != only.end()) {
        sets.push_back(std::move(set));
      }
    }
    for (const std::string& name : only) {
      const bool known = std::any_of(sets.begin(), sets.end(),
                                     [&](const GoldCorpus& set) { return set.name == name; });
      if (!known) {
        std::fprintf(stderr, "dipsearch-entities-eval: --set: no set named '%s'\n%s",
                     name.c_str(), kUsage);
        return 2;
      }
    }
  }
  try {
    const entities::EntityExtractor extractor(data_dir);
    std::map<std::filesystem::path, Corpus> corpora;
    bool first = true;
    for (const GoldCorpus& set : sets) {
      if (show.empty()) {
        std::printf("%s%s: %s over %s\n", first ? "" : "\n", set.name.c_str(),
                    set.gold_file.string().c_str(), set.corpus_dir.string().c_str());
        first = false;
      }
      std::error_code ec;
      if (set.outside_project && !std::filesystem::is_directory(set.corpus_dir, ec)) {
        std::printf("  skipped: %s is absent (real pages are read at run time, never stored "
                    "in the project)\n",
                    set.corpus_dir.string().c_str());
        continue;
      }
      auto corpus = corpora.find(set.corpus_dir);
      if (corpus == corpora.end()) {
        corpus = corpora.emplace(set.corpus_dir, read_corpus(set.corpus_dir)).first;
      }
      if (!show.empty()) {
        auto release = corpus->second.releases.find(show);
        if (release == corpus->second.releases.end()) {
          auto rejected = corpus->second.rejected.find(show);
          if (rejected == corpus->second.rejected.end()) continue;
          std::printf("%s: rejected by the reader: %s\n", rejected->second.file.string().c_str(),
                      rejected->second.reason.c_str());
          return 0;
        }
        print_release(release->second, extractor);
        return 0;
      }
      const Evaluation e = evaluate(load_gold_set(set.gold_file), corpus->second, extractor);
      print_table(e);
      print_rejected(corpus->second, e);
      if (errors) print_differences(e);
      if (rounds > 0 && &set == &sets.front()) {
        print_speed(corpus->second.releases, extractor, rounds);
      }
    }
  } catch (const GoldSetError& e) {
    std::fprintf(stderr, "dipsearch-entities-eval: %s\n", e.what());
    return 2;
  } catch (const entities::DataError& e) {
    std::fprintf(stderr, "dipsearch-entities-eval: %s\n", e.what());
    return 2;
  }
  if (!show.empty()) {
    std::fprintf(stderr, "dipsearch-entities-eval: --show: no release %s in the sets\n",
                 show.c_str());
    return 2;
  }
  return 0;
}
