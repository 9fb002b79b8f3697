// A saved page read line by line: which lines are blank, page chrome, metadata (labels, dates,
// bylines) or prose, and where the body's first paragraph is. The headline scorer and the
// date finder both work from this one reading of the page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/page_chrome.h"
#include "common/release/page_metadata.h"

namespace dipsearch::release {

inline constexpr size_t kNoLine = static_cast<size_t>(-1);

enum class LineRole {
  kBlank,
  kChrome,     // navigation, banners, controls (see ChromeKind)
  kMetadata,   // a label and its value, a date line, a byline
  kParagraph,  // prose: the body starts at the first one
  kText,       // anything else: headlines, section names, names and places
};

struct PageLine {
  std::string text;  // white space collapsed
  LineRole role = LineRole::kBlank;
  ChromeKind chrome = ChromeKind::kNone;
  MetadataMatch metadata;  // the entry starting here, when role is kMetadata (lines > 0)
  bool date_line = false;  // kMetadata for holding a date among a few words (match_date_line)
  bool uncertain_date = false;  // kMetadata for a dateline whose date is not read (is_uncertain_date_line)
};

// Whether a collapsed line reads as a paragraph of prose rather than a headline: a sentence
// of some length that ends like one ("… on May 3." / "…하였다."), or a line too long for any
// headline. Headlines are long too (thirty words happen) but do not end in a full stop.
bool is_paragraph_like(std::string_view line);

class PageLayout {
 public:
  explicit PageLayout(std::string_view text);

  const std::vector<PageLine>& lines() const { return lines_; }
  size_t size() const { return lines_.size(); }
  const PageLine& operator[](size_t i) const { return lines_[i]; }

  // The first paragraph line, kNoLine when the page has none (short pages, lists).
  size_t first_paragraph() const { return first_paragraph_; }
  // The first paragraph line at or after `from`; kNoLine.
  size_t next_paragraph(size_t from) const { return paragraph_from(from); }

  // The next line at or after `from` (before `to`) that is not blank or chrome; kNoLine.
  size_t next_content(size_t from, size_t to = kNoLine) const;
  // The nearest line before `before` (at or after `lowest`) that is not blank or chrome.
  size_t previous_content(size_t before, size_t lowest = 0) const;

 private:
  size_t paragraph_from(size_t from) const;  // the first paragraph line at or after `from`
  void absorb_banner_blocks();
  void absorb_closable_banners();
  void absorb_chrome_echoes();
  void demote_headline_paragraphs();
  bool demote_sentence_under_label();
  void skip_paragraphs_above_metadata();

  std::vector<PageLine> lines_;
  size_t first_paragraph_ = kNoLine;
};

}  // namespace dipsearch::release
