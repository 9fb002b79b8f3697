// Collecting date evidence line by line and weighing it; the weights are named below.
#include "common/release/release_date_finder.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

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
constexpr int kInHeadline = -25;  // the headline's own dateline: when nothing else dates it

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

// A day and month that may be either way round ("Seoul, 06/08/2018 - 11:13") settled by the
// same line's compact stamp of that date ("ID: 180806_4", "20180806"): the order the stamp
// spells, and nothing when no stamp or both orders match.
std::optional<DateScan> settled_by_stamp(std::string_view line) {
  std::vector<long> stamps;  // runs of six or eight digits: YYMMDD, YYYYMMDD
  for (size_t i = 0; i < line.size();) {
    size_t end = i;
    while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
    if (end - i == 6 || end - i == 8) stamps.push_back(std::stol(std::string(line.substr(i, end - i))));
    i = end == i ? i + 1 : end;
  }
  for (std::string_view word : split_words(line)) {
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    int first = 0, second = 0, year = 0;
    char joint = 0, joint2 = 0, tail = 0;
    const std::string text(word);
    if (std::sscanf(text.c_str(), "%2d%c%2d%c%4d%c", &first, &joint, &second, &joint2, &year, &tail) != 5 ||
        joint != joint2 || (joint != '/' && joint != '-') || first == second) {
      continue;
    }
    const auto spelled = [&](int month, int day) {
      return std::any_of(stamps.begin(), stamps.end(), [&](long stamp) {
        return stamp == (year % 100) * 10000L + month * 100 + day || stamp == year * 10000L + month * 100 + day;
      });
    };
    const bool day_first = spelled(second, first), month_first = spelled(first, second);
    if (day_first == month_first) continue;
    const int month = day_first ? second : first, day = day_first ? first : second;
    if (!is_valid_calendar_date(year, month, day)) continue;
    char value[11];
    std::snprintf(value, sizeof value, "%04d-%02d-%02d", year, month, day);
    return DateScan{DateScan::Status::kValid, value, 0};
  }
  return std::nullopt;
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

// A date standing by itself, or after a place ("Seoul, 3 June 2019"): how a release is dated
// where it is signed, under its last paragraph.
std::optional<DateScan> sign_off_date(std::string_view line) {
  constexpr size_t kMaxPlaceWords = 3;
  constexpr size_t kFullDateBytes = 10;
  // A field of a list of the article's entries ("- 2024-03-07 18:59").
  if (starts_with(line, "- ")) line.remove_prefix(2);
  const auto found = find_date(line);
  if (!found || found->date.status != DateScan::Status::kValid || found->date.value.size() != kFullDateBytes) {
    return std::nullopt;
  }
  const std::string_view before = line.substr(0, found->offset);
  const std::string_view after = line.substr(std::min(line.size(), found->offset + found->date.length));
  if (count_words(after) > 0 || count_words(before) > kMaxPlaceWords) return std::nullopt;
  if (!before.empty() && !ends_with(before, ", ")) return std::nullopt;
  return found->date;
}

// The sign-off date: the release's last paragraph, then within a few short lines (a closing
// mark, the issuing office) a date by itself, and nothing of the release after it but short
// lines. The footer (from its first line) is not the release.
std::optional<DateEvidence> sign_off_evidence(const PageLayout& page) {
  constexpr size_t kMaxLinesAfterBody = 4;
  size_t end = page.size();
  for (size_t i = page.first_paragraph(); i < page.size(); ++i) {
    if (is_footer_start(page[i].text) || is_copyright_line(page[i].text)) {
      end = i;
      break;
    }
  }
  size_t last_paragraph = kNoLine;
  for (size_t i = page.first_paragraph(); i < end; ++i) {
    if (page[i].role == LineRole::kParagraph) last_paragraph = i;
  }
  if (last_paragraph == kNoLine) return std::nullopt;
  std::optional<DateEvidence> signed_on;
  size_t lines_after = 0;
  for (size_t i = last_paragraph + 1; i < end; ++i) {
    if (page[i].text.empty() || page[i].role == LineRole::kChrome) continue;
    if (++lines_after > kMaxLinesAfterBody) return std::nullopt;
    if (const auto date = sign_off_date(page[i].text)) {
      if (signed_on) return std::nullopt;  // two dates under the body: a list, not a signature
      DateEvidence seen;
      seen.line = i;
      seen.role = DateRole::kBare;
      seen.date = *date;
      seen.below_body = true;
      signed_on = seen;
    }
  }
  return signed_on;
}

int weight(const DateEvidence& evidence, size_t headline) {
  int score = evidence.role == DateRole::kPublished ? kPublished
              : evidence.role == DateRole::kModified ? kModified
                                                     : kBare;
  if (headline == kNoLine || evidence.line > headline) score += kAfterHeadline;
  if (evidence.below_body) score += kBelowBody;
  if (evidence.in_headline) score += kInHeadline;
  return score;
}

// An event's details run on after its date ("Date: 15 October 2022 (Sat.) 14:00 Venue: …"):
// the day of the event, not of the release. The place has a label of its own after the date's
// ("Date and Venue: …" is one label, a briefing's dateline).
bool states_an_event(std::string_view line) {
  constexpr std::string_view kPlaceLabels[] = {" Venue:", " Place:", " Location:"};
  const size_t first_colon = line.find(':');
  return std::any_of(std::begin(kPlaceLabels), std::end(kPlaceLabels), [&](std::string_view label) {
    const size_t at = line.find(label);
    return at != std::string_view::npos && at > first_colon;
  });
}

// The date label a stored page runs into its first paragraph: lowercase `date`, then a
// full ISO date ("date 2024-05-24 The council cut …").
std::optional<DateScan> stored_page_date(std::string_view paragraph) {
  constexpr std::string_view kLabel = "date ";
  constexpr size_t kIsoBytes = 10, kFirstDash = 4, kSecondDash = 7;
  if (!starts_with(paragraph, kLabel)) return std::nullopt;
  const std::string_view rest = paragraph.substr(kLabel.size());
  if (rest.size() < kIsoBytes || rest[kFirstDash] != '-' || rest[kSecondDash] != '-') return std::nullopt;
  const DateScan scan = scan_date_prefix(rest);
  if (scan.status != DateScan::Status::kValid || scan.length != kIsoBytes) return std::nullopt;
  return scan;
}

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

// A date above the headline with lines of text between them ("3 December 2026, Thursday,
// 10:54" / the site's name / its slogan / the headline) is the site's: today's date in its
// header, the time of its last edit. A release's date above its headline stands right above
// it, or with only other entries of its metadata block between. A publication label vouches
// for its value wherever it stands.
bool dates_the_site(const PageLayout& page, const DateEvidence& evidence, size_t headline) {
  constexpr size_t kMaxTextLinesBetween = 1;
  if (headline == kNoLine || evidence.line >= headline || evidence.role == DateRole::kPublished) return false;
  size_t text_lines = 0;
  for (size_t i = evidence.line + 1; i < headline; ++i) {
    if (page[i].role == LineRole::kText || page[i].role == LineRole::kParagraph) ++text_lines;
  }
  return text_lines > kMaxTextLinesBetween;
}

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
        seen.in_headline = trailing->after_space;
      } else if (const auto entries = split_trailing_entries(line.text)) {
        seen.role = entries->role;
        seen.date = entries->date;
      } else if (const auto dateline = headline_dateline(line.text)) {
        seen.role = DateRole::kBare;
        seen.date = *dateline;
        seen.in_headline = true;
      } else if (const auto opening = run_in_dateline(line.text)) {
        // "New York, 13 April 2009 - Statement …": a headline opening with its dateline.
        seen.role = DateRole::kBare;
        seen.date = opening->date;
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
    } else if (const auto settled = line.role == LineRole::kMetadata && line.uncertain_date
                                        ? settled_by_stamp(line.text)  // split and scanned only here
                                        : std::nullopt;
               settled) {
      seen.role = DateRole::kBare;
      seen.date = *settled;
    } else if (const auto leading = leading_labelled_date(line.text); leading && line.role != LineRole::kParagraph) {
      // "date 2019-05-30 Back To Top …": a stored page's own date line, run into what follows.
      seen.role = leading->role;
      seen.date = leading->date;
    } else if (const auto dateline = run_in_dateline(line.text); dateline && line.role == LineRole::kText) {
      seen.role = DateRole::kBare;
      seen.date = dateline->date;
    } else if (const auto entries = split_trailing_entries(line.text); entries && line.role == LineRole::kText) {
      // A deck or heading with the page's metadata run on after it ("… 발행2021-07-17 11:15").
      seen.role = entries->role;
      seen.date = entries->date;
    } else if (const auto unmarked = unmarked_date_line(line.text); unmarked && line.role == LineRole::kText) {
      seen.role = unmarked->role;
      seen.date = unmarked->date;
    } else {
      continue;
    }
    if (dates_the_site(page, seen, headline) || (i != headline && states_an_event(line.text))) continue;
    evidence.push_back(std::move(seen));
  }
  // A publication label below the body ("date 2019-10-21", "Published 29 September 2020")
  // dates the release too; the page's footer, which dates the site, is not read.
  for (size_t i = end; i < page.size(); ++i) {
    const PageLine& line = page[i];
    // A photo's credit ("… : Crown Copyright.") with the body going on below it is no footer.
    if (is_footer_start(line.text) || (is_copyright_line(line.text) && page.next_paragraph(i + 1) == kNoLine)) break;
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
    } else if (const auto dashed = run_in_dateline(first)) {
      seen.role = DateRole::kBare;
      seen.date = dashed->date;
      evidence.push_back(std::move(seen));
    } else if (const auto stored = stored_page_date(first)) {
      // "date 2024-05-24 The council cut …": a stored page's date label run into the story.
      // An event notice opens the same way ("Date: 15 October 2022 … Venue: …"), so only
      // this form counts, and below any date of the head.
      seen.role = DateRole::kBare;
      seen.date = *stored;
      seen.below_body = true;
      evidence.push_back(std::move(seen));
    }
    if (auto signed_on = sign_off_evidence(page)) evidence.push_back(std::move(*signed_on));
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
