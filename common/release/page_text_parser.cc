// Page in three steps: the headline (scored, not matched), the date (weighed evidence around
// the headline), and the body from below the headline, its chrome, markers and footer removed.
#include "common/release/page_text_parser.h"

#include "common/release/date_lines.h"
#include "common/release/date_parser.h"
#include "common/release/headline_scorer.h"
#include "common/release/headline_text.h"
#include "common/release/list_markers.h"
#include "common/release/page_chrome.h"
#include "common/release/page_layout.h"
#include "common/release/page_metadata.h"
#include "common/release/release_date_finder.h"
#include "common/release/text_lines.h"
#include "common/release/title_fallback.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

using release::kNoLine;
using release::LineRole;
using release::PageLayout;

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A hard-wrapped sentence going on in the next line: "…with the" / "international community".
bool continues_sentence(const std::string& previous, std::string_view next) {
  if (previous.empty() || next.empty() || next[0] < 'a' || next[0] > 'z') return false;
  const char last = previous.back();
  return last != '.' && last != '!' && last != '?' && last != ':' && last != ';';
}

std::optional<Release> fail(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
  return std::nullopt;
}

// Paragraphs from line `from` up to the end mark or the footer. Until the first paragraph of
// text, metadata and every kind of chrome are skipped; after it, images and captions, and the
// controls and symbols that may stand between paragraphs. The metadata block stays out of the
// body when a deck stands between it and the headline ("Title" / "Deck" / "2017.05.11 외교부" /
// body): it is skipped up to the page's first paragraph.
std::vector<std::string> read_body(const PageLayout& page, size_t from, size_t* first_line = nullptr) {
  std::vector<std::string> paragraphs;
  bool after_blank = true;
  bool in_head = true;
  const size_t first_paragraph = page.first_paragraph();
  for (size_t i = from; i < page.size(); ++i) {
    std::string_view line = page[i].text;
    if (line.empty()) {
      after_blank = true;
      continue;
    }
    // Without a paragraph the body is the head's text lines: its chrome and entries stay out.
    if ((in_head || first_paragraph == kNoLine) && (page[i].role == LineRole::kChrome || page[i].role == LineRole::kMetadata)) {
      continue;
    }
    // A date line saved without its Korean units ("2018 6 14") is the head's, not the body's.
    if (in_head && release::unmarked_date_line(line)) continue;
    if (page[i].role == LineRole::kMetadata && first_paragraph != kNoLine && i < first_paragraph) continue;
    // A footer's first line ("댓글") above the first paragraph is a control of the head: the
    // footer starts under the body, not before it.
    if (in_head && first_paragraph != kNoLine && i < first_paragraph && release::is_footer_start(line)) continue;
    // A deck with the page's entries run on after it ("… 발행2021-07-17 11:15"): the deck alone.
    if (first_paragraph != kNoLine && i < first_paragraph && page[i].role == LineRole::kText) {
      if (const auto entries = release::split_trailing_entries(line)) line = entries->text;
    }
    if (in_head && first_line != nullptr) *first_line = i;
    in_head = false;
    // Images and their captions are not the release's text wherever they stand.
    if (page[i].chrome == release::ChromeKind::kImage) continue;
    const auto end_mark = release::find_end_mark(line);
    if (end_mark) line = trim(line.substr(0, *end_mark));
    if (!line.empty() && release::is_footer_start(line)) break;
    if (!line.empty() && !release::is_body_chrome(line) && !release::is_attachment_line(line)) {
      bool had_marker = false;
      const std::string_view text = release::strip_list_marker(line, &had_marker);
      if (!text.empty()) {
        if (!after_blank && !had_marker && !paragraphs.empty() && continues_sentence(paragraphs.back(), text)) {
          paragraphs.back() += ' ';
          paragraphs.back() += text;
        } else {
          paragraphs.emplace_back(line);  // its list marker or paragraph number kept: readers cite "para. 3" by it
        }
        after_blank = false;
      }
    }
    if (end_mark) break;
  }
  return paragraphs;
}

// The name and office left on a date line with no label ("2024.09.03 이재웅 대변인" →
// "이재웅 대변인"; "2022.08.05 외교부" → "외교부"): a byline the date line carries.
std::string date_line_byline(const release::PageLine& line) {
  constexpr size_t kMaxBylineWords = 6;
  if (line.role != LineRole::kMetadata || line.metadata.lines != 1 || line.metadata.role != release::DateRole::kBare) {
    return {};
  }
  const std::string_view text = trim(release::strip_list_marker(line.text));
  const auto found = find_date(text);
  if (!found) return {};
  const std::string_view before = trim(text.substr(0, found->offset));
  const std::string_view after = trim(text.substr(found->offset + found->date.length));
  std::string byline(before);
  if (!before.empty() && !after.empty()) byline += ' ';
  byline += after;
  if (release::count_words(byline) > kMaxBylineWords) return {};
  return byline;
}

// The value of a labelled row of the head whose label, spaces left out (발 표 자), is one of
// these labels; "" for any other line.
template <size_t N>
std::string labelled_row(std::string_view line, const std::string_view (&labels)[N]) {
  line = trim(release::strip_list_marker(line));
  const size_t cut = line.find_first_of("|:");
  if (cut == std::string_view::npos) return {};
  std::string label;
  for (char c : trim(line.substr(0, cut))) {
    if (c != ' ') label += c;
  }
  bool known = false;
  for (std::string_view l : labels) known = known || label == l;
  if (!known) return {};
  std::string value;
  for (char c : line.substr(cut + 1)) value += c == '|' ? ' ' : c;
  return release::collapse_spaces(value);
}

// Who gives a briefing ("발 표 자 : 대변인 홍길동", "Speaker: Spokesperson …").
std::string speaker_row(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"발표자", "브리퍼", "브리핑", "Speaker", "Briefer"};
  return labelled_row(line, kLabels);
}

// The countries a release concerns ("국가 | 이라크, 레바논 | |", "Country: Iraq"), as travel
// and safety notices carry in their head, or its speaker (speaker_row): the entities of rows
// the body does not repeat.
std::string entity_row(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"국가", "국가명", "대상국가", "해당국가",
                                                 "Country", "Countries"};
  std::string row = labelled_row(line, kLabels);
  return row.empty() ? speaker_row(line) : row;
}

// Bylines on date lines, and country and speaker rows, among the lines above the body.
std::vector<std::string> read_head_notes(const PageLayout& page, size_t body_start) {
  std::vector<std::string> notes;
  for (size_t i = 0; i < body_start && i < page.size(); ++i) {
    // On a line the layout took for chrome only a speaker row counts (its spaced-out label,
    // 발    표    자, looks like chrome); a site's country selector there is no note.
    const bool chrome = page[i].role == LineRole::kChrome;
    std::string note = chrome ? std::string() : date_line_byline(page[i]);
    if (note.empty()) note = chrome ? speaker_row(page[i].text) : entity_row(page[i].text);
    if (!note.empty()) notes.push_back(std::move(note));
  }
  return notes;
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string body;
  for (const std::string& paragraph : paragraphs) {
    if (!body.empty()) body += "\n\n";
    body += paragraph;
  }
  return body;
}

// The only line of a page saved without line breaks, or nullptr: title, entries and body run
// together there, and the layout's roles (a caption, a headline) do not hold for a whole page.
// A line too short to hold a headline and a sentence is no such page (a lone menu entry).
const release::PageLine* single_line(const PageLayout& page) {
  constexpr size_t kMinWords = 12;
  const release::PageLine* only = nullptr;
  for (const release::PageLine& line : page.lines()) {
    if (line.text.empty()) continue;
    if (only != nullptr) return nullptr;
    only = &line;
  }
  return only != nullptr && release::count_words(only->text) >= kMinWords ? only : nullptr;
}

// With no headline line, a photo's caption right above the body that reads as a headline, not
// as a sentence ("외교부, 회의 개최<사진=홍길동기자>" / "[Outlet] 외교부는 28일 …"): news sites
// caption the article's photo with its headline. "" when there is none.
std::string captioned_headline(const PageLayout& page, size_t body_start) {
  constexpr size_t kMinWords = 2;
  if (body_start == kNoLine) return {};
  size_t above = body_start;
  while (above-- > 0 && page[above].text.empty()) {
  }
  if (above >= body_start || page[above].chrome != release::ChromeKind::kImage) return {};
  const std::string_view caption = release::caption_without_credit(page[above].text);
  if (release::count_words(caption) < kMinWords || release::ends_like_a_sentence(caption)) return {};
  return release::headline_text(caption);
}

// A headline a one-line page shows twice, the second time a few words after the first ends
// ("Home…Press Releases…Title hide Title Readout … June 12, 2021 The …": a breadcrumb run
// into it, then the heading): the longest such run of words near the page's start, and the
// date a few words after it. The first copy may be glued to the breadcrumb before it, so it is
// found as text, the second as whole words.
struct RepeatedHeadline {
  std::string title;
  std::string date;
};
std::optional<RepeatedHeadline> repeated_headline(std::string_view line) {
  constexpr size_t kMaxStartWords = 40;  // where the second copy may start
  constexpr size_t kMinTitleWords = 4;
  constexpr size_t kMaxGapWords = 3;     // "hide", "Print": a control between the copies
  constexpr size_t kMaxDateWords = 10;   // the heading's entries between the title and its date
  std::vector<size_t> starts;            // byte offset of each word
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) starts.push_back(i);
  }
  const auto span = [&](size_t from, size_t words) {
    const size_t end = from + words < starts.size() ? starts[from + words] - 1 : line.size();
    return line.substr(starts[from], end - starts[from]);
  };
  std::optional<RepeatedHeadline> best;
  size_t best_words = 0;
  for (size_t j = 1; j < starts.size() && j < kMaxStartWords; ++j) {
    for (size_t words = std::min(j, starts.size() - j); words >= kMinTitleWords && words > best_words; --words) {
      const std::string_view copy = span(j, words);
      const size_t first = line.substr(0, starts[j]).rfind(copy);
      if (first == std::string_view::npos) continue;
      const size_t first_end = first + copy.size();
      if (release::count_words(line.substr(first_end, starts[j] - first_end)) > kMaxGapWords) continue;
      RepeatedHeadline found{std::string(copy), {}};
      const size_t after = j + words;
      if (after < starts.size()) {
        const std::string_view rest = span(after, std::min(kMaxDateWords, starts.size() - after));
        if (const auto date = find_date(rest); date && date->date.status == DateScan::Status::kValid) {
          found.date = date->date.value;
        }
      }
      best = std::move(found);
      best_words = words;
      break;
    }
  }
  return best;
}

// A page of one line is all body. Its title is the text before a publication label run on after
// it ("Headline 입력2006.04.03 00:08 수정 … body"), whose date is the release's, or a headline the
// page repeats near its start; without either, the title is the body's first sentence and the
// page states no date.
Release read_single_line(const release::PageLine& line) {
  Release release;
  release.body = line.text;
  if (const auto entries = release::split_headline_entry(line.text)) {
    release.title = release::headline_text(entries->text);
    if (entries->date.status == DateScan::Status::kValid) release.date = entries->date.value;
  } else if (const auto repeated = repeated_headline(line.text)) {
    release.title = repeated->title;
    release.date = repeated->date;
  }
  if (release.title.empty()) release.title = title_from_body(release.body);
  return release;
}

}  // namespace

std::optional<Release> parse_page_text(std::string_view text, std::string* error, std::vector<std::string>* warnings) {
  return parse_page_text(text, PageTextOptions{}, error, warnings);
}

std::optional<Release> parse_page_text(std::string_view text, const PageTextOptions& options, std::string* error,
                                       std::vector<std::string>* warnings) {
  const PageLayout page(text);
  if (const release::PageLine* only = single_line(page); only != nullptr && options.markup_title.empty()) {
    return read_single_line(*only);
  }
  std::vector<std::string> markup_titles;
  for (const std::string& candidate : options.title_candidates) {
    std::string collapsed = release::collapse_spaces(candidate);
    if (!collapsed.empty()) markup_titles.push_back(std::move(collapsed));
  }
  const std::string markup_title = release::collapse_spaces(options.markup_title);

  const auto candidates = release::headline_candidates(page, markup_titles);
  const release::HeadlineFeatures* headline = release::choose_headline(candidates);
  const size_t headline_line = headline != nullptr ? headline->line : kNoLine;

  size_t body_from = headline_line != kNoLine              ? headline->last_line + 1
                     : page.first_paragraph() != kNoLine ? page.first_paragraph()
                                                         : 0;
  // The headline shown again right under it (a heading and its image's title) is not the body.
  if (headline_line != kNoLine) {
    const size_t next = page.next_content(body_from);
    if (next != kNoLine && page[next].text == page[headline_line].text) body_from = next + 1;
  }
  size_t body_start = kNoLine;
  std::vector<std::string> paragraphs = read_body(page, body_from, &body_start);
  if (paragraphs.empty() && headline != nullptr && !headline->markup_title && !markup_title.empty()) {
    // The only text was the line taken for the headline; the markup's title names the page.
    paragraphs = read_body(page, headline_line, &body_start);
    headline = nullptr;
  }
  Release release;
  release.body = join_paragraphs(paragraphs);
  release.head_notes = read_head_notes(page, body_start);
  if (release.body.empty()) {
    return fail(error, "no body found: the page has no paragraph text besides its title, metadata and page chrome");
  }

  const DateScan date =
      release::choose_release_date(release::date_evidence(page, headline_line), headline_line);
  // An impossible date ("2020-40-10") is a typing slip of the site's, not a reason to lose the
  // release: kept, undated, and said.
  if (date.status == DateScan::Status::kInvalid && warnings != nullptr) {
    warnings->push_back("date " + release::quote_for_message(date.value) +
                        " in the page's date line is not a calendar date: indexed without a date");
  }
  release.date = date.status == DateScan::Status::kValid ? date.value : "";

  if (headline != nullptr && (headline->markup_title || markup_title.empty())) {
    release.title = headline->text;
    // "… Held in Porto 2023.11.26": the date run on after a space leaves the title when it is
    // the release's.
    if (const auto trailing = release::split_trailing_date(release.title);
        trailing && trailing->after_space && !release.date.empty() && trailing->date.value == release.date) {
      release.title = std::string(trailing->text);
    }
  } else if (!markup_title.empty()) {
    release.title = markup_title;
  } else if (std::string captioned = captioned_headline(page, body_start); !captioned.empty()) {
    release.title = std::move(captioned);
  } else {
    release.title = title_from_body(release.body);
  }
  return release;
}

}  // namespace dipsearch
