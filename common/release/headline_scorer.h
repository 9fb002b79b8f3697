// Which line of a page is its headline: every candidate line gets named features (where it
// stands relative to the metadata and the body, whether the page repeats it, whether it has a
// headline's shape) and one score from them; the best candidate wins, and no candidate at all
// when none scores as a headline. Chrome never competes (page_chrome decides what chrome is).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/page_layout.h"

namespace dipsearch::release {

struct HeadlineFeatures {
  size_t line = kNoLine;
  size_t last_line = kNoLine;  // where its lines end: a series of photos named by it ends below
  std::string text;            // headline_text of the line
  size_t words = 0;
  bool leads_head = false;     // the first candidate of the page
  bool above_metadata = false; // the next content line is a metadata entry (date, labels)
  bool after_metadata = false; // the previous content line is a metadata entry
  bool above_body = false;     // the next content line (past metadata) is the first paragraph
  bool repeated = false;       // the page shows it again (a breadcrumb, a second heading)
  bool ends_trail = false;     // the last entry of a numbered trail ("1. Section" / "2. Page"):
                               // the page's own name, however short
  bool markup_title = false;   // the HTML's own title (h1, og:title, <title>) says so
  bool labelled = false;       // the page labels it: "TITLE …", "제목 | … |"
  bool joins_lines = false;    // restates two or more of the following head lines as one
  bool section_label = false;  // a short label followed by a longer candidate ("Press Releases"),
                               // a topic's name, a trail's entry above its last
  bool deck = false;           // follows another headline-shaped line directly (a subtitle)
  bool continued = false;      // its sentence goes on in the next line: a wrapped line of prose
  bool wrapped = false;        // the line above goes on into it: the tail of a wrapped line
  bool marked = false;         // starts with a list marker or dash: a bullet, not a headline
  bool sentence = false;       // ends as prose does (a full stop, a colon leading in, a comma)
  bool below_metadata = false; // the page's labelled metadata (Date, 작성일) is above it: body
  bool holds_date = false;     // a date line ("Seoul, 6 October 2015"); some headlines end in one
  bool own_dateline = false;   // ends in its dateline ("Briefing by …, Moscow, October 4, 2017"):
                               // a headline with its metadata run on, not a date line
  bool place = false;          // a dateline's place alone ("Seoul, South Korea", "Washington, DC")
  bool timed = false;          // opens with a time of day ("10:17 …"): an entry of a timeline
  bool photo_named = false;    // the page names its photos by it ("(Photo) …", "… 1" / "… 2"):
                               // the release's name, where the saved page lost its heading
  bool names_office = false;   // the name of an office, the site's name ("Ministry of Foreign Affairs
                               // REPUBLIC OF KOREA", "Turkish Consulate General in Los Angeles")
};

// The score of one candidate; higher is more headline-like. Weights are named in the .cc.
int headline_score(const HeadlineFeatures& features);

// The lowest score a headline may have; below it the page has no headline line (a short line
// above the body, "Contact us", is a menu entry more often than a headline).
inline constexpr int kMinHeadlineScore = 15;

// Every candidate line above the body (or, without a paragraph, in the first lines), with its
// features. `markup_titles` are titles the HTML gives (none for text pages).
std::vector<HeadlineFeatures> headline_candidates(const PageLayout& page, const std::vector<std::string>& markup_titles);

// The best candidate, or nullptr when none reaches kMinHeadlineScore.
const HeadlineFeatures* choose_headline(const std::vector<HeadlineFeatures>& candidates);

}  // namespace dipsearch::release
