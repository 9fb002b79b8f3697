// Scoring one page: the reader's title and date against the gold, and for a wrong title, where
// in the page the reader's title stands relative to the headline (that names the class).
#include "bench/pages/evaluation.h"

#include <fstream>
#include <iterator>

#include "bench/pages/title_match.h"
#include "common/release/release_id.h"
#include "common/release/source_reader.h"
#include "common/text/normalize.h"

namespace dipsearch::pages_eval {
namespace fs = std::filesystem;
namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The title as the page would show it: a fallback title cut from the body ends in "…".
std::string without_ellipsis(std::string title) {
  const std::string ellipsis = "…";
  if (title.size() >= ellipsis.size() && title.compare(title.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
    title.resize(title.size() - ellipsis.size());
  }
  return normalize_title(title);
}

TitleOutcome classify_title(const std::string& found, const std::string& gold, const std::string& page_text) {
  if (same_title(found, gold)) return TitleOutcome::kRight;
  if (text::normalize(found) == text::normalize(gold)) return TitleOutcome::kCaseOnly;
  const std::string shown = without_ellipsis(found);
  const std::string headline = normalize_title(gold);
  if (shown.empty()) return TitleOutcome::kOther;
  if (shown.find(headline) != std::string::npos || headline.find(shown) != std::string::npos) {
    return TitleOutcome::kPartial;
  }
  // Pages are compared line by line after the same normalization.
  std::string text;
  size_t start = 0;
  while (start <= page_text.size()) {
    size_t end = page_text.find('\n', start);
    if (end == std::string::npos) end = page_text.size();
    text += normalize_title(page_text.substr(start, end - start));
    text += '\n';
    start = end + 1;
  }
  const size_t found_at = text.find(shown);
  const size_t gold_at = text.find(headline);
  if (found_at == std::string::npos) return TitleOutcome::kOther;
  if (gold_at == std::string::npos || found_at > gold_at) return TitleOutcome::kBodyText;
  return TitleOutcome::kChrome;
}

DateOutcome classify_date(const std::string& found, const std::string& gold) {
  if (found == gold) return DateOutcome::kRight;
  if (gold.empty()) return DateOutcome::kInvented;
  return found.empty() ? DateOutcome::kMissing : DateOutcome::kWrong;
}

}  // namespace

const char* outcome_name(TitleOutcome outcome) {
  switch (outcome) {
    case TitleOutcome::kRight: return "right";
    case TitleOutcome::kRejected: return "rejected";
    case TitleOutcome::kChrome: return "chrome above the headline";
    case TitleOutcome::kBodyText: return "text below the headline";
    case TitleOutcome::kPartial: return "part of the headline, or more than it";
    case TitleOutcome::kCaseOnly: return "headline in another case";
    case TitleOutcome::kOther: return "a title the page does not show";
  }
  return "?";
}

const char* outcome_name(DateOutcome outcome) {
  switch (outcome) {
    case DateOutcome::kRight: return "right";
    case DateOutcome::kWrong: return "wrong date";
    case DateOutcome::kMissing: return "date missing";
    case DateOutcome::kInvented: return "date invented (the page states none)";
  }
  return "?";
}

void Tally::add(const PageResult& page) {
  ++pages;
  if (page.title_outcome == TitleOutcome::kRight) ++titles_right;
  if (page.gold.date.empty()) {
    ++undated;
    if (page.date_outcome == DateOutcome::kInvented) ++dates_invented;
    return;
  }
  ++dated;
  if (page.date_outcome == DateOutcome::kRight) ++dates_right;
  if (page.date_outcome == DateOutcome::kWrong) ++dates_wrong;
  if (page.date_outcome == DateOutcome::kMissing) ++dates_missing;
}

double Tally::title_share() const { return pages == 0 ? 0.0 : static_cast<double>(titles_right) / static_cast<double>(pages); }
double Tally::date_share() const { return dated == 0 ? 0.0 : static_cast<double>(dates_right) / static_cast<double>(dated); }

std::map<std::string, fs::path> find_page_files(const fs::path& dir) {
  std::map<std::string, fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    const SourceFormat format = source_format(path);
    if (!it->is_regular_file(ec) || (format != SourceFormat::kPageText && format != SourceFormat::kHtml)) continue;
    const std::string id = id_from_file_name(path);
    const auto [at, inserted] = files.emplace(id, path);
    if (!inserted) {
      throw ManifestError("two page files give the id " + id + ": " + at->second.string() + " and " + path.string());
    }
  }
  if (ec) throw ManifestError(dir.string() + ": cannot list the pages: " + ec.message());
  return files;
}

Evaluation evaluate(const std::vector<GoldPage>& gold, const std::map<std::string, fs::path>& files) {
  Evaluation evaluation;
  for (const GoldPage& page : gold) {
    const auto file = files.find(page.id);
    if (file == files.end()) throw ManifestError("no page file for " + page.id + " (manifest line " + std::to_string(page.line) + ")");
    PageResult result;
    result.gold = page;
    result.family = site_family(page.site);
    const FileResult read = read_source_file(file->second);
    if (read.releases.empty()) {
      result.title_outcome = TitleOutcome::kRejected;
      result.reason = read.rejections.empty() ? "no release" : read.rejections.front().reason;
      result.date_outcome = classify_date("", page.date);
      result.lang = page.lang;
    } else {
      const Release& release = read.releases.front();
      result.title = release.title;
      result.date = release.date;
      result.lang = page.lang.empty() ? release.lang : page.lang;
      result.title_outcome = classify_title(release.title, page.title, read_file(file->second));
      result.date_outcome = classify_date(release.date, page.date);
    }
    for (const std::string& family : {std::string(family_name(result.family)), std::string("all")}) {
      for (const std::string& lang : {result.lang, std::string("all")}) evaluation.tallies[{family, lang}].add(result);
    }
    evaluation.pages.push_back(std::move(result));
  }
  return evaluation;
}

fs::path default_real_pages_dir() { return fs::path(DIPSEARCH_PAGES_REAL_DIR).lexically_normal(); }
fs::path default_sample_dir() { return DIPSEARCH_PAGES_SAMPLE_DIR; }
fs::path default_sample_gold() { return DIPSEARCH_PAGES_SAMPLE_GOLD; }

}  // namespace dipsearch::pages_eval
