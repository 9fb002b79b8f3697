// Reading the corpus with the indexer's own parser, extracting, and comparing with the gold.
#include "bench/entities/evaluation.h"

#include <algorithm>
#include <fstream>

#include "common/entities/official_key.h"
#include "common/release/language_detect.h"
#include "common/release/release_id.h"
#include "common/release/source_reader.h"
#include "dipsearch/config.h"

namespace dipsearch::entities_eval {
namespace {

std::vector<std::string> sorted_unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

void record(Evaluation& out, const std::string& release, const std::string& kind,
            const std::string& lang, const std::vector<std::string>& gold,
            const std::vector<std::string>& found,
            const std::map<std::string, std::string>& shown) {
  out.cells[{kind, lang}] += compare(gold, found);
  auto describe = [&](const std::string& v) {
    auto it = shown.find(v);
    return it == shown.end() ? v : it->second;
  };
  for (const std::string& v : gold) {
    if (!std::binary_search(found.begin(), found.end(), v)) {
      out.differences.push_back({release, kind, v, describe(v), true});
    }
  }
  for (const std::string& v : found) {
    if (!std::binary_search(gold.begin(), gold.end(), v)) {
      out.differences.push_back({release, kind, v, describe(v), false});
    }
  }
}

// The language of a file the reader refused, from the start of its raw text (markup and all:
// Hangul pages stay well above the share that makes them Korean). Only a prefix is read: the
// reader refuses files too large to read, and their start tells the language as well.
std::string raw_language(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string text(kRawLanguagePrefixBytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  if (text.size() == kRawLanguagePrefixBytes) {
    // Drop the last character, which the cut may have split in two.
    size_t end = text.size();
    while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80) --end;
    text.resize(end > 0 ? end - 1 : 0);
  }
  return detect_language(text);
}

}  // namespace

Counts Evaluation::cell(const std::string& kind, const std::string& lang) const {
  auto it = cells.find({kind, lang});
  return it == cells.end() ? Counts{} : it->second;
}

Counts Evaluation::total(const std::string& kind) const {
  Counts c;
  for (const std::string& lang : kLanguages) c += cell(kind, lang);
  return c;
}

Corpus read_corpus(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw GoldSetError(dir.string() + ": not a directory of releases");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && is_release_file(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  Corpus corpus;
  for (const auto& file : files) {
    FileResult result = read_source_file(file);
    if (!result.rejections.empty() && result.releases.empty()) {
      corpus.rejected.emplace(id_from_file_name(file),
                              RejectedFile{file, raw_language(file), result.rejections.front().reason});
    }
    for (Release& r : result.releases) corpus.releases.emplace(r.id, std::move(r));
  }
  return corpus;
}

std::string gold_official_key(const std::string& entry,
                              const entities::OfficialsRegistry& registry) {
  if (entities::is_valid_official_key(entry)) {
    if (registry.find_by_key(entry) == nullptr) {
      throw GoldSetError("gold official \"" + entry +
                         "\" looks like a registry key but the registry has no such key");
    }
    return entry;
  }
  if (const entities::RegistryOfficial* known = registry.match_name(entry)) return known->key;
  return entities::official_key(entry);
}

Evaluation evaluate(const std::vector<GoldRelease>& gold, const Corpus& corpus,
                    const entities::EntityExtractor& extractor) {
  Evaluation out;
  for (const GoldRelease& g : gold) {
    Release unread;
    auto it = corpus.releases.find(g.id);
    if (it == corpus.releases.end()) {
      auto rejected = corpus.rejected.find(g.id);
      if (rejected == corpus.rejected.end()) {
        throw GoldSetError("gold release " + g.id + " (line " + std::to_string(g.line) +
                           ") is not in the corpus");
      }
      unread.id = g.id;
      unread.lang = rejected->second.lang;
      out.unread.push_back(g.id);
    }
    const bool read = it != corpus.releases.end();
    const Release& release = read ? it->second : unread;
    const entities::Entities found = read ? extractor.extract(release) : entities::Entities{};
    ++out.releases[release.lang];

    std::map<std::string, std::string> shown;
    for (const std::string& code : g.countries) {
      const entities::Country* c = extractor.countries().find(code);
      shown[code] = code + " " + (c != nullptr ? c->name_en : std::string("?"));
    }
    for (const std::string& code : found.countries) {
      const entities::Country* c = extractor.countries().find(code);
      shown[code] = code + " " + (c != nullptr ? c->name_en : std::string("?"));
    }
    record(out, g.id, "countries", release.lang, g.countries, found.countries, shown);

    std::vector<std::string> gold_keys;
    for (const std::string& entry : g.officials) {
      const std::string key = gold_official_key(entry, extractor.officials());
      gold_keys.push_back(key);
      shown[key] = key + " (" + entry + ")";
    }
    std::vector<std::string> found_keys;
    for (const entities::OfficialMention& o : found.officials) {
      found_keys.push_back(o.key);
      shown[o.key] = o.key + " (" + o.name + (o.title.empty() ? "" : ", " + o.title) + ")";
    }
    record(out, g.id, "officials", release.lang, sorted_unique(gold_keys),
           sorted_unique(found_keys), shown);
  }
  return out;
}

std::filesystem::path default_sample_dir() { return DIPSEARCH_ENTITIES_SAMPLE_DIR; }
std::filesystem::path default_data_dir() { return DIPSEARCH_DEFAULT_DATA_DIR; }
std::filesystem::path default_real_pages_dir() {
  return std::filesystem::path(DIPSEARCH_ENTITIES_REAL_PAGES_DIR).lexically_normal();
}

std::filesystem::path default_extra_pages_dir() {
  return std::filesystem::path(DIPSEARCH_ENTITIES_EXTRA_PAGES_DIR).lexically_normal();
}

std::vector<GoldCorpus> default_gold_corpora(const std::filesystem::path& real_dir,
                                             const std::filesystem::path& extra_dir) {
  const std::filesystem::path real_gold = DIPSEARCH_ENTITIES_REAL_GOLD_DIR;
  return {
      {"sample", default_gold_file(), default_sample_dir(), false},
      {"real-tuning", real_gold / "tuning.tsv", real_dir / "pages", true},
      {"real-heldout", real_gold / "heldout.tsv", real_dir / "pages", true},
      {"real-extra", real_gold / "extra-heldout.tsv", extra_dir / "pages", true},
  };
}

}  // namespace dipsearch::entities_eval
