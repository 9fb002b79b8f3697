// Collecting date evidence line by line and weighing it; the weights are named below.
#include "common/release/release_date_finder.h"

#include <algorithm>

#include "common/release/page_chrome.h"
#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

// Weights: what the date is (its label), then where it stands.
constexpr int kPublished = 40;
constexpr int kBare = 30;
constexpr int kModified = 10;
constexpr int kAfterHeadline = 10;
constexpr int kBelowBody = -35;  // below every head date, above only a modification date

// Without a paragraph, the head ends this many lines below the headline.
constexpr size_t kHeadLinesBelowHeadline = 8;

// Lines that date a page, not a release.
bool is_copyright_line(std::string_view line) {
  const std::string lower = ascii_lower(line);
  for (std::string_view mark : {"©", "ⓒ", "copyright", "저작권", "all rights reserved"}) {
    if (lower.find(mark) != std::string::npos) return true;
  }
  return false;
}

// "(22 May 2015, Seoul) The Foreign Minister …": a dated group opening a paragraph.
std::optional<DateScan> opening_dateline(std::string_view paragraph) {
  constexpr size_t kMaxDatelineBytes = 80;
  if (!starts_with(paragraph, "(")) return std::nullopt;
  const size_t close = paragraph.find(')');
  if (close == std::string_view::npos || close > kMaxDatelineBytes) return std::nullopt;
  const auto found = find_date(paragraph.substr(1, close - 1));
  if (!found || found->date.status != DateScan::Status::kValid) return std::nullopt;
  return found->date;
}

int weight(const DateEvidence& evidence, size_t headline) {
  int score = evidence.role == DateRole::kPublished ? kPublished
              : evidence.role == DateRole::kModified ? kModified
                                                     : kBare;
  if (headline == kNoLine || evidence.line > headline) score += kAfterHeadline;
  if (evidence.below_body) score += kBelowBody;
  return score;
}

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

}  // namespace

std::vector<DateEvidence> date_evidence(const PageLayout& page, size_t headline) {
  size_t end = page.first_paragraph();
  if (end == kNoLine) end = std::min(page.size(), (headline == kNoLine ? 0 : headline) + kHeadLinesBelowHeadline);
  std::vector<DateEvidence> evidence;
  for (size_t i = 0; i < end; ++i) {
    const PageLine& line = page[i];
    if (line.text.empty() || is_copyright_line(line.text)) continue;
    DateEvidence seen;
    seen.line = i;
    if (i == headline) {
      // The headline's own date, run on before or after it ("date 2021-03-09 Title", "… ,
      // 15.05.2017"); a date inside it is not.
      if (const auto leading = leading_labelled_date(line.text)) {
        seen.role = leading->role;
        seen.date = leading->date;
      } else if (const auto trailing = split_trailing_date(line.text)) {
        seen.role = DateRole::kBare;
        seen.date = trailing->date;
      } else {
        continue;
      }
    } else if (line.role == LineRole::kMetadata && line.metadata.lines > 0 &&
        line.metadata.date.status != DateScan::Status::kNone) {
      seen.role = line.metadata.role;
      seen.date = line.metadata.date;
      seen.labelled = true;
    } else if (line.role == LineRole::kMetadata && line.date_line) {
      seen.role = DateRole::kBare;
      seen.date = *match_date_line(line.text);
    } else if (const auto leading = leading_labelled_date(line.text); leading && line.role != LineRole::kParagraph) {
      // "date 2019-05-30 Back To Top …": a stored page's own date line, run into what follows.
      seen.role = leading->role;
      seen.date = leading->date;
    } else {
      continue;
    }
    evidence.push_back(std::move(seen));
  }
  // A publication label below the body ("date 2019-10-21", "Published 29 September 2020")
  // dates the release too; the page's footer, which dates the site, is not read.
  for (size_t i = end; i < page.size(); ++i) {
    const PageLine& line = page[i];
    if (is_footer_start(line.text) || is_copyright_line(line.text)) break;
    if (line.role != LineRole::kMetadata || line.metadata.lines == 0 || line.metadata.role != DateRole::kPublished ||
        line.metadata.date.status != DateScan::Status::kValid) {
      continue;
    }
    DateEvidence seen;
    seen.line = i;
    seen.role = DateRole::kPublished;
    seen.date = line.metadata.date;
    seen.labelled = true;
    seen.below_body = true;
    evidence.push_back(std::move(seen));
  }
  if (page.first_paragraph() != kNoLine) {
    const std::string& first = page[page.first_paragraph()].text;
    DateEvidence seen;
    seen.line = page.first_paragraph();
    if (const auto byline = byline_date(first)) {
      seen.role = DateRole::kPublished;
      seen.date = *byline;
      evidence.push_back(std::move(seen));
    } else if (const auto dateline = opening_dateline(first)) {
      seen.role = DateRole::kBare;
      seen.date = *dateline;
      evidence.push_back(std::move(seen));
    }
  }
  return evidence;
}

DateScan choose_release_date(const std::vector<DateEvidence>& evidence, size_t headline) {
  const DateEvidence* best = nullptr;
  int best_score = 0;
  for (const DateEvidence& seen : evidence) {
    if (seen.date.status == DateScan::Status::kNone) continue;
    if (seen.date.status == DateScan::Status::kInvalid && !seen.labelled) continue;
    const int score = weight(seen, headline);
    const bool better = best == nullptr || score > best_score ||
                        (score == best_score && headline != kNoLine &&
                         distance(seen.line, headline) < distance(best->line, headline));
    if (better) {
      best = &seen;
      best_score = score;
    }
  }
  return best == nullptr ? DateScan{} : best->date;
}

}  // namespace dipsearch::release
