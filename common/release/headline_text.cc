// One small function per wrapper seen on saved pages; headline_text applies them in turn.
#include "common/release/headline_text.h"

#include <algorithm>
#include <optional>

#include "common/release/date_parser.h"
#include "common/release/page_metadata.h"
#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '|')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
  return s;
}

// "[368579] Title ( http://opendata… ) at Linked Data" → "Title".
std::string_view unwrap_linked_data(std::string_view s) {
  constexpr std::string_view kSuffix = " at Linked Data";
  if (!ends_with(s, kSuffix)) return s;
  s.remove_suffix(kSuffix.size());
  const size_t link = s.rfind(" ( http");
  if (link != std::string_view::npos) s = s.substr(0, link);
  if (starts_with(s, "[")) {
    const size_t close = s.find("] ");
    if (close != std::string_view::npos) s.remove_prefix(close + 2);
  }
  return trim(s);
}

// A list of topics: items separated by semicolons, or by two commas or more.
bool is_topic_list(std::string_view text) {
  constexpr size_t kMinCommas = 2;
  return text.find(';') != std::string_view::npos ||
         static_cast<size_t>(std::count(text.begin(), text.end(), ',')) >= kMinCommas;
}

// "TITLE Title", "Title: Title", "제목 | Title | ||". A label in capitals or a Korean one may
// stand before its value without a colon; "Title of the Exhibition …" is not a label.
std::string_view strip_title_label(std::string_view s) {
  for (std::string_view label : {"TITLE", "SUBJECT", "Title", "Subject", "제목"}) {
    if (!starts_with(s, label)) continue;
    std::string_view rest = s.substr(label.size());
    const bool separated = !rest.empty() && (rest[0] == ':' || rest[0] == '|' || starts_with(trim(rest), ":") ||
                                             starts_with(trim(rest), "|"));
    const bool bare_allowed = label == "TITLE" || label == "SUBJECT" || label == "제목";
    if (rest.empty() || !(separated || (bare_allowed && rest[0] == ' '))) continue;
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':' || rest[0] == '|')) rest.remove_prefix(1);
    // "Subject: trade; the visit; consular cases": the topics of a transcript, not its title.
    if ((label == "Subject" || label == "SUBJECT") && is_topic_list(rest)) continue;
    if (count_words(rest) >= 2) return trim(rest);
  }
  return s;
}

// A news section's name saved in front of the headline after the page's date ("date
// 2023-01-30 Politics Yoon Meets …"). Names that also open headlines ("World Leaders …") are
// left out.
std::string_view strip_section_name(std::string_view s) {
  constexpr size_t kMinWordsLeft = 3;
  for (std::string_view section : {"Politics", "Diplomacy", "Defense", "National", "Economy", "Society", "Sports",
                                   "Culture", "Opinion", "Business", "Editorial"}) {
    if (!starts_with(s, section) || s.size() <= section.size() + 1 || s[section.size()] != ' ') continue;
    const std::string_view rest = s.substr(section.size() + 1);
    if (rest[0] >= 'A' && rest[0] <= 'Z' && count_words(rest) >= kMinWordsLeft) return rest;
  }
  return s;
}

// The text after a headline's opening dateline, "New York, 13 April 2009 - Statement …": only
// a place (one or two capitalized words, no dash inside, a comma right after them), the date
// and a dash. A topic before a date ("Korea–Japan Summit, 15 May 2019 – Joint Press
// Statement") or a bracketed label ("Press Briefing (15 May 2019): …") is the headline's own.
std::optional<size_t> after_place_dateline(std::string_view headline) {
  constexpr size_t kMaxPlaceWords = 2;
  const auto dateline = run_in_dateline(headline);
  if (!dateline) return std::nullopt;
  const std::string_view head = headline.substr(0, dateline->text_start);
  std::string_view place = trim(head.substr(0, dateline->date_offset));
  if (place.size() < 2 || place.back() != ',') return std::nullopt;
  place.remove_suffix(1);
  if (count_words(place) > kMaxPlaceWords || place.find('-') != std::string_view::npos ||
      place.find("\xE2\x80\x93") != std::string_view::npos || place.find("\xE2\x80\x94") != std::string_view::npos ||
      place.find('(') != std::string_view::npos) {
    return std::nullopt;
  }
  for (size_t at = 0; at < place.size();) {
    if (!(place[at] >= 'A' && place[at] <= 'Z')) return std::nullopt;
    const size_t space = place.find(' ', at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  const std::string_view tail = trim(head.substr(std::min(head.size(), dateline->date_offset + dateline->date.length)));
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "--"}) {
    if (tail == dash) return dateline->text_start;
  }
  return std::nullopt;
}

// "No: 166, 29 May 2017, Title" and "date 2021-01-27 Title" → "Title".
std::string_view strip_leading_date(std::string_view s) {
  constexpr size_t kMinWordsLeft = 3;
  if (const auto leading = leading_labelled_date(s); leading && count_words(leading->rest) >= kMinWordsLeft) {
    return strip_section_name(leading->rest);
  }
  std::string_view rest = s;
  if (starts_with(rest, "No: ") || starts_with(rest, "No. ")) {
    size_t at = 4;
    while (at < rest.size() && rest[at] >= '0' && rest[at] <= '9') ++at;
    if (at > 4 && at < rest.size() && rest[at] == ',') rest = trim(rest.substr(at + 1));
  }
  // "New York, 13 April 2009 - Statement …": the dateline a statement opens with.
  if (const auto start = after_place_dateline(rest); start && count_words(rest.substr(*start)) >= kMinWordsLeft) {
    return trim(rest.substr(*start));
  }
  const DateScan date = scan_date_prefix(rest);
  if (date.status != DateScan::Status::kValid) return s;
  std::string_view after = rest.substr(date.length);
  while (!after.empty() && (after[0] == ' ' || after[0] == ',')) after.remove_prefix(1);
  for (std::string_view dash : {"- ", "– ", "— ", ": "}) {
    if (starts_with(after, dash)) after.remove_prefix(dash.size());
  }
  return count_words(after) >= kMinWordsLeft ? trim(after) : s;
}

// "Title - deck, the second line of the release's heading -": a press release's heading and
// its dash-framed deck saved as one table cell. The deck ends the line in a dash of its own.
std::string_view strip_framed_deck(std::string_view s) {
  constexpr size_t kMinDeckWords = 2;
  for (std::string_view dash : {"-", "–"}) {
    const std::string closing = " " + std::string(dash);
    const std::string opening = " " + std::string(dash) + " ";
    if (!ends_with(s, closing)) continue;
    const size_t open = s.find(opening);
    if (open == std::string_view::npos || open + opening.size() >= s.size() - closing.size()) continue;
    const std::string_view deck = s.substr(open + opening.size(), s.size() - closing.size() - open - opening.size());
    const std::string_view title = trim(s.substr(0, open));
    if (count_words(deck) >= kMinDeckWords && count_words(title) >= 2) return title;
  }
  return s;
}

// "Title | NK News": a page's title as the browser shows it, the site's short name after a bar.
std::string_view strip_site_suffix(std::string_view s) {
  constexpr size_t kMaxSiteWords = 4;
  constexpr size_t kMinTitleWords = 4;
  const size_t bar = s.rfind(" | ");
  if (bar == std::string_view::npos || s.find(" | ") != bar) return s;
  const std::string_view title = trim(s.substr(0, bar));
  const std::string_view site = trim(s.substr(bar + 3));
  if (site.empty() || count_words(site) > kMaxSiteWords || count_words(title) < kMinTitleWords) return s;
  for (std::string_view word : split_words(site)) {
    if (!((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= '0' && word[0] <= '9'))) return s;
  }
  return title;
}

}  // namespace

std::string headline_text(std::string_view line) {
  std::string_view s = trim(line);
  s = unwrap_linked_data(s);
  s = strip_title_label(s);
  s = strip_framed_deck(s);
  s = strip_site_suffix(s);
  s = strip_leading_date(s);
  // A date after a plain space is cut only when it dates the release (see parse_page_text).
  if (const auto trailing = split_trailing_date(s); trailing && !trailing->after_space) s = trailing->text;
  if (const auto entries = split_trailing_entries(s)) s = entries->text;
  return std::string(trim(s));
}

bool has_title_label(std::string_view line) {
  const std::string_view trimmed = trim(line);
  return strip_title_label(trimmed) != trimmed;
}

}  // namespace dipsearch::release
