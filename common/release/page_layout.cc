// One pass over the lines: chrome first (it may look like anything), then metadata entries
// (which may cover the next line, "Date" / "2021-01-20"), then prose.
#include "common/release/page_layout.h"

#include <vector>

#include "common/release/list_markers.h"
#include "common/release/text_lines.h"
#include "common/text/normalize.h"

namespace dipsearch::release {

bool is_paragraph_like(std::string_view line) {
  const std::string_view text = strip_list_marker(line);
  const size_t code_points = count_code_points(text);
  const size_t words = count_words(text);
  if (text::has_hangul(text)) {
    return (ends_like_a_sentence(text) && !ends_in_korean_quote(text) && code_points >= 30 && words >= 5) ||
           code_points >= 160;
  }
  // A sentence of ten words, or a line longer than any headline, however it ends.
  return (ends_like_a_sentence(text) && words >= 10) || words >= 45 || code_points >= 320;
}

PageLayout::PageLayout(std::string_view text) {
  const std::vector<std::string_view> raw = split_lines(strip_bom(text));
  lines_.resize(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) lines_[i].text = collapse_spaces(raw[i]);

  std::vector<std::string_view> texts;  // views of lines_, which no longer grows
  texts.reserve(lines_.size());
  for (const PageLine& line : lines_) texts.push_back(line.text);

  for (size_t i = 0; i < lines_.size(); ++i) {
    PageLine& line = lines_[i];
    if (line.text.empty()) continue;
    if (line.role == LineRole::kMetadata) continue;  // the value line of an entry above
    line.chrome = chrome_kind(line.text);
    // Fields set apart by spaces are a menu, unless one is a labelled date ("Agency  |  송고시간:
    // 2020-06-18 10:34:27  |"): the article's entries.
    if (line.chrome == ChromeKind::kNone && is_spaced_menu_line(raw[i]) && !split_trailing_entries(line.text)) {
      line.chrome = ChromeKind::kMenu;
    }
    if (line.chrome != ChromeKind::kNone) {
      line.role = LineRole::kChrome;
      continue;
    }
    const MetadataMatch match = match_metadata(texts, i);
    if (match.lines > 0) {
      line.role = LineRole::kMetadata;
      line.metadata = match;
      for (size_t j = i + 1; j < i + match.lines && j < lines_.size(); ++j) {
        if (!lines_[j].text.empty()) lines_[j].role = LineRole::kMetadata;
      }
      continue;
    }
    if (is_paragraph_like(line.text)) {
      line.role = LineRole::kParagraph;
      continue;
    }
    if (match_date_line(line.text)) {
      line.role = LineRole::kMetadata;
      line.date_line = true;
      continue;
    }
    if (is_uncertain_date_line(line.text)) {
      line.role = LineRole::kMetadata;
      line.uncertain_date = true;
      continue;
    }
    line.role = LineRole::kText;
  }
  absorb_chrome_echoes();
  absorb_closable_banners();
  absorb_banner_blocks();
  demote_headline_paragraphs();
  skip_paragraphs_above_metadata();
}

void PageLayout::absorb_chrome_echoes() {
  // A widget prints its text twice: a slide's counter and caption, then the caption alone
  // ("• 2 of 5 This is …" / "This is …"). A line that ends a chrome line a few lines above it
  // belongs to that chrome, however it reads. A breadcrumb ending in the headline is the
  // other way round: the path repeats the headline, which stays text.
  constexpr size_t kMaxEchoGap = 3;
  constexpr size_t kMinEchoWords = 3;
  for (size_t i = 0; i < lines_.size(); ++i) {
    PageLine& line = lines_[i];
    if ((line.role != LineRole::kParagraph && line.role != LineRole::kText) || count_words(line.text) < kMinEchoWords) {
      continue;
    }
    for (size_t j = i; j-- > 0 && i - j <= kMaxEchoGap;) {
      const PageLine& above = lines_[j];
      if (above.role != LineRole::kChrome || above.chrome == ChromeKind::kBreadcrumb || above.text.size() <= line.text.size() ||
          !ends_with(above.text, line.text)) {
        continue;
      }
      line.role = LineRole::kChrome;
      line.chrome = above.chrome;
      break;
    }
  }
}

void PageLayout::absorb_closable_banners() {
  // A promotional banner saved with its close button above it ("배너 닫기" / "… 공모전
  // 홈페이지"): the line right below the button, with no blank between, is the banner's text.
  for (size_t i = 0; i + 1 < lines_.size(); ++i) {
    if (lines_[i].role != LineRole::kChrome || !is_banner_close(lines_[i].text)) continue;
    PageLine& below = lines_[i + 1];
    if (below.role != LineRole::kText) continue;
    below.role = LineRole::kChrome;
    below.chrome = ChromeKind::kSiteBanner;
  }
}

void PageLayout::absorb_banner_blocks() {
  // The official-site banner runs over several lines, not all of which name the site ("이밖에
  // or.kr 또는 .kr등 다른 도메인 …", "[오늘 그만 보기]"): lines between two banner lines a few
  // lines apart belong to the banner.
  constexpr size_t kMaxBannerGap = 6;
  const auto is_banner = [&](size_t i) {
    return lines_[i].role == LineRole::kChrome &&
           (lines_[i].chrome == ChromeKind::kSiteBanner || lines_[i].chrome == ChromeKind::kArchiveNotice);
  };
  size_t last_banner = kNoLine;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (!is_banner(i)) continue;
    if (last_banner != kNoLine && i - last_banner <= kMaxBannerGap) {
      for (size_t j = last_banner + 1; j < i; ++j) {
        if (lines_[j].role != LineRole::kParagraph && lines_[j].role != LineRole::kText) continue;
        lines_[j].role = LineRole::kChrome;
        lines_[j].chrome = lines_[i].chrome;
      }
    }
    last_banner = i;
  }
  // A notice under the banner's heading ("This page has been archived" / why, and what to
  // do): prose right below a banner line, with a line that is no prose (the headline) below
  // it, explains the banner; the body starts under the headline. Korean prose under a Korean
  // banner, above a body in English with no headline, explains the banner too.
  constexpr size_t kMaxNoticeParagraphs = 2;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (!is_banner(i)) continue;
    // A banner of several lines recognized by their words ("이 웹사이트는 …" / "다만, … 웹기록물
    // 담당자 …") holds its explanation already: the prose under it is the release.
    size_t below = i + 1, above = i;
    while (below < lines_.size() && lines_[below].text.empty()) ++below;
    while (above > 0 && lines_[above - 1].text.empty()) --above;
    if ((below < lines_.size() && is_banner(below)) || (above > 0 && is_banner(above - 1))) continue;
    // Under a Korean banner the notice ends where English prose begins: the body.
    const bool korean_banner = text::has_hangul(lines_[i].text);
    const auto ends_notice = [&](size_t line) { return korean_banner && !text::has_hangul(lines_[line].text); };
    size_t notice = next_content(i + 1);
    std::vector<size_t> paragraphs;
    while (notice != kNoLine && lines_[notice].role == LineRole::kParagraph && paragraphs.size() < kMaxNoticeParagraphs &&
           !ends_notice(notice)) {
      paragraphs.push_back(notice);
      notice = next_content(notice + 1);
    }
    const bool english_body_below =
        notice != kNoLine && lines_[notice].role == LineRole::kParagraph && ends_notice(notice);
    if (paragraphs.empty() || notice == kNoLine || (lines_[notice].role != LineRole::kText && !english_body_below)) {
      continue;
    }
    for (size_t line : paragraphs) {
      lines_[line].role = LineRole::kChrome;
      lines_[line].chrome = lines_[i].chrome;
    }
  }
  first_paragraph_ = paragraph_from(0);
}

void PageLayout::skip_paragraphs_above_metadata() {
  // Prose above the page's dated metadata ("등록일 : 2006.10.19") is not the body: a pop-up
  // explaining the national symbols, a notice, a promotion. The body starts below the entry.
  constexpr size_t kMaxHeadLines = 60;
  const auto dated_entry = [&](size_t i) {
    return lines_[i].role == LineRole::kMetadata && lines_[i].metadata.lines > 0 && !lines_[i].date_line &&
           lines_[i].metadata.date.status != DateScan::Status::kNone;
  };
  // A photo's caption above the headline and its byline ("A soldier stands … on April 5, 2013."
  // / headline / "By …" / body) is no body either: a byline with a heading line between it and
  // the prose above it starts the release.
  const auto byline_under_heading = [&](size_t i) {
    if (lines_[i].role != LineRole::kMetadata || lines_[i].metadata.lines == 0 || !lines_[i].metadata.byline_only) {
      return false;
    }
    for (size_t j = first_paragraph_ + 1; j < i; ++j) {
      if (lines_[j].role == LineRole::kText) return true;
    }
    return false;
  };
  while (first_paragraph_ != kNoLine) {
    size_t entry = kNoLine;
    for (size_t i = first_paragraph_ + 1; i < lines_.size() && i < kMaxHeadLines; ++i) {
      if (lines_[i].role == LineRole::kParagraph) break;
      if (dated_entry(i) || byline_under_heading(i)) entry = i;
    }
    if (entry == kNoLine) return;
    const size_t below = paragraph_from(entry + 1);
    if (below == kNoLine) return;  // a date under the body ("Page last updated …") closes it
    first_paragraph_ = below;
  }
}

namespace {

// A line taken for prose only for its length, with no stop at its end: an English headline of
// fifty words ("Press Statement: Visit by … to …, 28 November to 1 December 2011"). Korean
// body lines often end without a stop ("… 개최 예정"), so only lines without Hangul.
bool is_long_unstopped_line(std::string_view text) {
  if (text.empty() || text::has_hangul(text) || ends_like_a_sentence(text)) return false;
  for (std::string_view stop : {".", ":", ";", ",", "!", "?"}) {
    if (ends_with(text, stop)) return false;
  }
  bool marked = false;
  strip_list_marker(text, &marked);
  return !marked;
}

// A sentence too short, or ending on a date ("… on 1 December 2011."), to have been taken for
// prose by itself: under a long headline, it is the body's first paragraph.
bool is_short_sentence(const PageLine& line) {
  constexpr size_t kMinWords = 6;
  return line.role == LineRole::kText && ends_with(line.text, ".") && count_words(line.text) >= kMinWords;
}

}  // namespace

bool PageLayout::demote_sentence_under_label() {
  // A Korean headline written as one short sentence ("… 계획 없다.") under nothing but one
  // Korean section label ("뉴스 스토리"), with the body below it: the sentence heads the page,
  // the body starts under it. Korean headlines end in 다. where English ones never end in a
  // stop, so an English lead under a menu stays the body's first line, as does anything under
  // more than one label line.
  constexpr size_t kMaxLabelWords = 3;
  constexpr size_t kMaxKoreanCodePoints = 45;
  if (first_paragraph_ == kNoLine) return false;
  const std::string& text = lines_[first_paragraph_].text;
  if (!text::has_hangul(text) || count_code_points(text) > kMaxKoreanCodePoints ||
      text.find(". ") != std::string::npos) {
    return false;
  }
  size_t labels = 0;
  for (size_t i = next_content(0, first_paragraph_); i != kNoLine; i = next_content(i + 1, first_paragraph_)) {
    const std::string& label = lines_[i].text;
    if (count_words(label) > kMaxLabelWords || lines_[i].role != LineRole::kText || !text::has_hangul(label)) {
      return false;
    }
    ++labels;
  }
  const size_t next = next_content(first_paragraph_ + 1);
  if (labels != 1 || next == kNoLine || lines_[next].role != LineRole::kParagraph) return false;
  lines_[first_paragraph_].role = LineRole::kText;
  first_paragraph_ = next;
  return true;
}

void PageLayout::demote_headline_paragraphs() {
  if (demote_sentence_under_label()) return;
  // A line that reads as prose but carries the page's metadata block right below it, with the
  // body after that, is the headline written as a sentence ("… 일정을 전해드립니다." /
  // 2018-04-26 / the body), not the body. A date under the last paragraph closes the body.
  // A long line with no stop at its end, right above a paragraph, is a long headline: the body
  // does not go on from it, it starts below it.
  while (first_paragraph_ != kNoLine) {
    size_t next = next_content(first_paragraph_ + 1);
    if (next != kNoLine && is_long_unstopped_line(lines_[first_paragraph_].text) &&
        (lines_[next].role == LineRole::kParagraph || is_short_sentence(lines_[next]))) {
      lines_[first_paragraph_].role = LineRole::kText;
      lines_[next].role = LineRole::kParagraph;
      first_paragraph_ = next;
      return;
    }
    if (next == kNoLine || lines_[next].role != LineRole::kMetadata) return;
    while (next != kNoLine && lines_[next].role == LineRole::kMetadata) next = next_content(next + 1);
    // With no paragraph below the block, the line was the body and the block its sign-off
    // ("…" / "12 February 2016" / "Close Search Window").
    if (next == kNoLine || is_footer_start(lines_[next].text) || paragraph_from(next) == kNoLine) return;
    lines_[first_paragraph_].role = LineRole::kText;
    first_paragraph_ = paragraph_from(first_paragraph_ + 1);
  }
}

size_t PageLayout::paragraph_from(size_t from) const {
  for (size_t i = from; i < lines_.size(); ++i) {
    if (lines_[i].role == LineRole::kParagraph) return i;
  }
  return kNoLine;
}

size_t PageLayout::next_content(size_t from, size_t to) const {
  const size_t end = to == kNoLine ? lines_.size() : std::min(to, lines_.size());
  for (size_t i = from; i < end; ++i) {
    if (lines_[i].role != LineRole::kBlank && lines_[i].role != LineRole::kChrome) return i;
  }
  return kNoLine;
}

size_t PageLayout::previous_content(size_t before, size_t lowest) const {
  for (size_t i = std::min(before, lines_.size()); i-- > lowest;) {
    if (lines_[i].role != LineRole::kBlank && lines_[i].role != LineRole::kChrome) return i;
  }
  return kNoLine;
}

}  // namespace dipsearch::release
