// dipsearch-pages-eval: title and date accuracy of the page reader over directories of saved
// release pages with a gold manifest, per site family and language, and failures by class.
#include <cstdio>
#include <string>
#include <vector>

#include <fstream>
#include <iterator>

#include "bench/pages/evaluation.h"
#include "bench/pages/explain.h"

namespace {

using namespace dipsearch::pages_eval;
namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage: dipsearch-pages-eval [DIR] [--manifest FILE] [--errors]\n"
    "       dipsearch-pages-eval --explain FILE\n"
    "\n"
    "Reads every page a manifest lists with the indexer's own page reader and prints the\n"
    "share of right titles and dates per site family (official, news) and language, then\n"
    "the failures by class.\n"
    "\n"
    "  DIR              saved pages (.txt, .html, found recursively by id) and a manifest\n"
    "                   (default: ../shared/realpages beside the source tree, skipped with a\n"
    "                   note when absent, then data/sample with bench/pages/sample-gold.tsv)\n"
    "  --manifest FILE  the gold (default: DIR/manifest.tsv): a header line, then one page a\n"
    "                   line, tab-separated: id, lang, url, source, title, date (YYYY-MM-DD,\n"
    "                   empty when the page states no full date of the release)\n"
    "  --errors         also list every failure: the page, its class, found and gold\n"
    "  --explain FILE   print how the reader sees one saved text page: each line's role,\n"
    "                   the headline candidates with features and scores, the date evidence\n"
    "\n"
    "A title is right when it equals the gold after NFKC normalization and white-space\n"
    "collapsing, case kept. A date is right when it equals the gold; no date where the gold\n"
    "has none is right too, and a date there is counted as invented.\n";

void print_ratio(size_t part, size_t whole) {
  if (whole == 0) {
    std::printf(" %6s", "-");
  } else {
    std::printf(" %6.3f", static_cast<double>(part) / static_cast<double>(whole));
  }
}

void print_table(const Evaluation& e) {
  std::printf("%-9s %-4s %5s %6s %6s | %5s %5s %5s %7s %6s | %7s %8s\n", "family", "lang", "pages", "titles",
              "share", "dated", "right", "wrong", "missing", "share", "undated", "invented");
  for (const char* family : {"official", "news", "all"}) {
    for (const char* lang : {"en", "ko", "all"}) {
      const auto it = e.tallies.find({family, lang});
      if (it == e.tallies.end()) continue;
      const Tally& t = it->second;
      std::printf("%-9s %-4s %5zu %6zu", family, lang, t.pages, t.titles_right);
      print_ratio(t.titles_right, t.pages);
      std::printf(" | %5zu %5zu %5zu %7zu", t.dated, t.dates_right, t.dates_wrong, t.dates_missing);
      print_ratio(t.dates_right, t.dated);
      std::printf(" | %7zu %8zu\n", t.undated, t.dates_invented);
    }
  }
}

void print_failures(const Evaluation& e, bool each) {
  std::map<std::string, std::vector<const PageResult*>> classes;
  for (const PageResult& page : e.pages) {
    if (page.title_outcome != TitleOutcome::kRight) {
      classes[std::string("title: ") + outcome_name(page.title_outcome)].push_back(&page);
    }
    if (page.date_outcome != DateOutcome::kRight) {
      classes[std::string("date: ") + outcome_name(page.date_outcome)].push_back(&page);
    }
  }
  if (classes.empty()) {
    std::printf("\nno failures\n");
    return;
  }
  std::printf("\nfailures by class\n");
  for (const auto& [name, pages] : classes) {
    std::printf("  %4zu  %s\n", pages.size(), name.c_str());
    if (!each) continue;
    const bool about_title = name.rfind("title", 0) == 0;
    for (const PageResult* page : pages) {
      std::printf("        %s [%s %s]\n", page->gold.id.c_str(), family_name(page->family), page->lang.c_str());
      if (!page->reason.empty()) std::printf("          rejected: %s\n", page->reason.c_str());
      if (about_title) {
        std::printf("          found: %s\n          gold:  %s\n", page->title.c_str(), page->gold.title.c_str());
      } else {
        std::printf("          found: %s\n          gold:  %s\n", page->date.empty() ? "(none)" : page->date.c_str(),
                    page->gold.date.empty() ? "(none)" : page->gold.date.c_str());
      }
    }
  }
}

// Scores one directory; returns false (after saying why) when its manifest is unusable.
bool run(const fs::path& dir, const fs::path& manifest, bool errors) {
  try {
    const std::vector<GoldPage> gold = load_manifest(manifest);
    const Evaluation e = evaluate(gold, find_page_files(dir));
    std::printf("== %s: %zu pages (gold: %s)\n", dir.string().c_str(), e.pages.size(), manifest.string().c_str());
    print_table(e);
    print_failures(e, errors);
    std::printf("\n");
    return true;
  } catch (const ManifestError& error) {
    std::fprintf(stderr, "dipsearch-pages-eval: %s\n", error.what());
    return false;
  }
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir, manifest;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--errors") {
      errors = true;
    } else if (arg == "--explain" && i + 1 < argc) {
      std::ifstream in(argv[++i], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "dipsearch-pages-eval: cannot read %s\n", argv[i]);
        return 2;
      }
      explain_page(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()), stdout);
      return 0;
    } else if (arg == "--manifest" && i + 1 < argc) {
      manifest = argv[++i];
    } else if (!arg.empty() && arg[0] != '-' && dir.empty()) {
      dir = arg;
    } else {
      std::fprintf(stderr, "dipsearch-pages-eval: unknown or incomplete option '%s'\n%s", arg.c_str(), kUsage);
      return 2;
    }
  }
  if (!dir.empty()) {
    if (!fs::is_directory(dir)) {
      std::fprintf(stderr, "dipsearch-pages-eval: %s is not a directory\n", dir.string().c_str());
      return 2;
    }
    return run(dir, manifest.empty() ? dir / "manifest.tsv" : manifest, errors) ? 0 : 2;
  }
  if (!manifest.empty()) {
    std::fprintf(stderr, "dipsearch-pages-eval: --manifest needs a DIR\n");
    return 2;
  }
  bool ok = true;
  const fs::path real = default_real_pages_dir();
  if (fs::is_directory(real)) {
    ok = run(real, real / "manifest.tsv", errors);
  } else {
    std::printf("== %s: not found, skipped (the real pages are not part of the source tree)\n\n",
                real.string().c_str());
  }
  ok = run(default_sample_dir(), default_sample_gold(), errors) && ok;
  return ok ? 0 : 2;
}
