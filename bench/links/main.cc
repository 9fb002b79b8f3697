// dipsearch-links-eval: how well the indexer links English releases with their Korean
// versions. Every release of a directory is read, extracted and built into a document as the
// indexer does it, linked with index/version_links, and the links are scored on a gold list.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/entities/extractor.h"
#include "common/index/document_builder.h"
#include "common/index/version_links.h"
#include "common/index/version_links_clues.h"
#include "common/release/site.h"
#include "common/release/source_reader.h"
#include "indexer/release_document.h"

namespace {

namespace fs = std::filesystem;
using namespace dipsearch;
using Pairs = std::set<std::pair<std::string, std::string>>;  // (English id, Korean id)

constexpr const char* kUsage =
    "usage: dipsearch-links-eval [--errors] [--sample DIR] [--real DIR] [--real-pairs FILE]\n"
    "\n"
    "Links the releases of a directory as dipsearch-index does and prints the precision and\n"
    "recall of the links against a gold list of English/Korean pairs, on two sets:\n"
    "\n"
    "  --sample DIR       the sample (default: data/sample); its gold is the table under\n"
    "                     \"Bilingual pairs\" in DIR/README.md (file names of both versions)\n"
    "  --real DIR         real pages (default: ../shared/realpages beside the source tree,\n"
    "                     skipped with a note when absent)\n"
    "  --real-pairs FILE  their gold (default: realpages-pairs.tsv beside that directory):\n"
    "                     one pair a line, English id TAB Korean id; '#' starts a comment;\n"
    "                     an empty list says no two real pages are versions of each other\n"
    "  --errors           also list every link, right or wrong, and every missed one, with\n"
    "                     the evidence the releases share and each side's next candidate\n"
    "                     (the best score of another pair, which a link that needs the\n"
    "                     margin must stand out from)\n"
    "\n"
    "Each set is scored three times: as dated; with every dated release moved to one day, so\n"
    "that every English release is a candidate of every Korean one; and with every Korean\n"
    "release undated, so that every pair has an undated side.\n";

std::string id_of_file(const std::string& name) { return fs::path(name).stem().string(); }

// The sample README's table of bilingual pairs: rows "| mofa-en-….txt | mofa-ko-….txt | …".
Pairs sample_gold(const fs::path& readme) {
  std::ifstream in(readme);
  Pairs gold;
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) in_table = line == "## Bilingual pairs";
    if (!in_table || line.rfind("| mofa-en-", 0) != 0) continue;
    const size_t second = line.find('|', 1), third = line.find('|', second + 1);
    auto cell = [&](size_t from, size_t to) {
      std::string c = line.substr(from + 1, to - from - 1);
      c.erase(0, c.find_first_not_of(' '));
      c.erase(c.find_last_not_of(' ') + 1);
      return c;
    };
    gold.emplace(id_of_file(cell(0, second)), id_of_file(cell(second, third)));
  }
  return gold;
}

Pairs listed_pairs(const fs::path& file) {
  std::ifstream in(file);
  Pairs gold;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      std::fprintf(stderr, "%s: not 'English id TAB Korean id': %s\n", file.c_str(), line.c_str());
      std::exit(2);
    }
    gold.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return gold;
}

// Every release under dir, as the indexer would link it: from the value slots of its document
// (with the days its opening mentions) and the title terms of the table.
std::vector<LinkableRelease> linkable_releases(const fs::path& dir, const entities::EntityExtractor& extractor,
                                               const SiteCatalog& sites, const TitleTermTable& terms) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && is_release_file(entry.path()) && entry.path().filename() != "manifest.tsv") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<LinkableRelease> out;
  for (const fs::path& file : files) {
    for (const Release& release : read_source_file(file).releases) {
      const StoredDocument stored = indexer::make_stored_document(release, extractor, sites, "");
      out.push_back(linkable_release(build_document(stored, "", file.string())));
      set_title_terms(out.back(), terms);
    }
  }
  return out;
}

// The best candidate score of each release besides a given partner: how far a pair stands out.
class RunnersUp {
 public:
  explicit RunnersUp(const std::vector<LinkableRelease>& releases)
      : candidates_(version_candidates(releases, std::vector<bool>(releases.size(), true))), releases_(releases) {}
  // The best other candidate of release i (not partner), as "id score", or "none".
  std::string of(size_t i, size_t partner) const {
    const VersionLink* best = nullptr;
    for (const VersionLink& c : candidates_) {
      if ((c.en != i && c.ko != i) || c.en == partner || c.ko == partner) continue;
      if (!best || c.score > best->score) best = &c;
    }
    if (!best) return "none";
    char score[32];
    std::snprintf(score, sizeof score, " %.2f", best->score);
    return releases_[best->en == i ? best->ko : best->en].id + score;
  }

 private:
  std::vector<VersionLink> candidates_;
  const std::vector<LinkableRelease>& releases_;
};

void score(const char* name, const std::vector<LinkableRelease>& releases, const Pairs& gold, bool errors) {
  Pairs found;
  for (const VersionLink& link : link_versions(releases)) {
    found.emplace(releases[link.en].id, releases[link.ko].id);
  }
  size_t right = 0;
  for (const auto& pair : found) right += gold.count(pair);
  const size_t en = std::count_if(releases.begin(), releases.end(), [](const auto& r) { return r.lang == "en"; });
  // The chances to link wrongly: English and Korean releases dated within a day of each other.
  size_t within_a_day = 0;
  for (const auto& a : releases) {
    for (const auto& b : releases) within_a_day += version_evidence(a, b).days_apart >= 0;
  }
  std::printf("%s: %zu releases (%zu English, %zu Korean), %zu English/Korean pairs within a day, %zu gold pairs, "
              "%zu links, %zu right\n",
              name, releases.size(), en, releases.size() - en, within_a_day, gold.size(), found.size(), right);
  if (found.empty()) {
    std::printf("  precision  - (no links)\n");
  } else {
    std::printf("  precision  %.3f\n", static_cast<double>(right) / static_cast<double>(found.size()));
  }
  if (gold.empty()) {
    std::printf("  recall     - (no gold pairs: no two releases of this set are versions of each other)\n");
  } else {
    std::printf("  recall     %.3f\n", static_cast<double>(right) / static_cast<double>(gold.size()));
  }
  if (!errors) return;
  auto find = [&](const std::string& id) {
    return std::find_if(releases.begin(), releases.end(), [&](const auto& r) { return r.id == id; });
  };
  const RunnersUp runners_up(releases);
  auto explain = [&](const char* what, const std::pair<std::string, std::string>& pair) {
    std::printf("  %-7s %s %s", what, pair.first.c_str(), pair.second.c_str());
    const auto en_it = find(pair.first), ko_it = find(pair.second);
    if (en_it == releases.end() || ko_it == releases.end()) {
      std::printf(" (not read)\n");
      return;
    }
    // A release without a full date is judged on everything but the date.
    const bool dated = version_evidence(*en_it, *ko_it).days_apart >= 0;
    const VersionEvidence e = dated ? version_evidence(*en_it, *ko_it) : evidence_ignoring_dates(*en_it, *ko_it);
    std::printf(": %s, officials %.2f (%zu), countries %.2f, title numbers %zu%s, names %zu, officials %zu; "
                "score %.2f\n          %s\n          %s\n",
                dated ? ("days " + std::to_string(e.days_apart)).c_str() : "not both dated within a day", e.officials, e.shared_officials, e.countries, e.title_numbers,
                e.numbers_differ ? " (differ)" : "", e.title_names, e.title_officials, e.score(), en_it->title.c_str(),
                ko_it->title.c_str());
    auto days = [&](auto it) {
      std::string out;
      for (int d : it->days.value_or(std::set<int>())) out += " " + std::to_string(d);
      return out.empty() ? std::string(" none") : out;
    };
    auto both = [](const SortedWords& a, const SortedWords& b) {
      std::string out;
      for (std::string_view x : a) {
        if (b.count(x)) out.append(" ").append(x);
      }
      return out.empty() ? std::string(" none") : out;
    };
    std::printf("          terms %zu%s; days mentioned:%s /%s; openings share %zu numbers:%s; %zu names:%s (%zu in "
                "Hangul:%s)\n",
                e.title_terms, e.terms_differ ? " (differ)" : "", days(en_it).c_str(), days(ko_it).c_str(),
                e.opening_numbers, both(en_it->opening_numbers, ko_it->opening_numbers).c_str(), e.opening_names,
                both(en_it->opening_names, ko_it->opening_names).c_str(), e.opening_sounds,
                both(en_it->latin_sounds, ko_it->hangul_sounds).c_str());
    const size_t en_index = en_it - releases.begin(), ko_index = ko_it - releases.begin();
    std::printf("          next candidates: English side %s; Korean side %s\n", runners_up.of(en_index, ko_index).c_str(),
                runners_up.of(ko_index, en_index).c_str());
  };
  for (const auto& pair : found) explain(gold.count(pair) ? "right" : "wrong", pair);
  for (const auto& pair : gold) {
    if (!found.count(pair)) explain("missed", pair);
  }
}

// The same releases all dated one day: every English release is then a candidate of every
// Korean one, so the links must come from officials, countries and titles alone.
std::vector<LinkableRelease> on_one_day(std::vector<LinkableRelease> releases) {
  for (auto& r : releases) {
    if (!r.date.empty()) r.date = "20200101";
  }
  return releases;
}

// The same releases with every Korean one undated: each pair then has an undated side, and
// links only from officials, countries and titles with a margin over the other candidates.
std::vector<LinkableRelease> korean_undated(std::vector<LinkableRelease> releases) {
  for (auto& r : releases) {
    if (r.lang == "ko") r.date.clear();
  }
  return releases;
}

void score_all(const std::string& name, const std::vector<LinkableRelease>& releases, const Pairs& gold, bool errors) {
  score(name.c_str(), releases, gold, errors);
  score((name + ", all on one day").c_str(), on_one_day(releases), gold, errors);
  score((name + ", Korean releases undated").c_str(), korean_undated(releases), gold, errors);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path sample = DIPSEARCH_LINKS_SAMPLE_DIR, real = DIPSEARCH_LINKS_REAL_PAGES_DIR;
  fs::path real_pairs;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--errors") {
      errors = true;
    } else if (arg == "--sample" && has_value) {
      sample = argv[++i];
    } else if (arg == "--real" && has_value) {
      real = argv[++i];
    } else if (arg == "--real-pairs" && has_value) {
      real_pairs = argv[++i];
    } else {
      std::fputs(kUsage, arg == "--help" || arg == "-h" ? stdout : stderr);
      return arg == "--help" || arg == "-h" ? 0 : 2;
    }
  }
  const fs::path data = DIPSEARCH_LINKS_DATA_DIR;
  const entities::EntityExtractor extractor(data);
  const SiteCatalog sites(site_catalog_file(data));
  const TitleTermTable terms = TitleTermTable::load(data);
  score_all("sample", linkable_releases(sample, extractor, sites, terms), sample_gold(sample / "README.md"), errors);
  if (!fs::is_directory(real)) {
    std::printf("real pages: %s is absent; skipped\n", real.c_str());
    return 0;
  }
  if (real_pairs.empty()) real_pairs = real.parent_path() / "realpages-pairs.tsv";
  if (!fs::exists(real_pairs)) {
    std::printf("real pages: no pair list %s; skipped\n", real_pairs.c_str());
    return 0;
  }
  std::printf("real pages: %s (gold %s)\n", real.c_str(), real_pairs.c_str());
  score_all("real", linkable_releases(real, extractor, sites, terms), listed_pairs(real_pairs), errors);
  return 0;
}
