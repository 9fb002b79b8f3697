// The release's own date on a saved page: from the metadata entries, date lines and datelines
// around the headline and at the start of the body, never from the body's account of other
// days, a footer or a copyright line. No date rather than a doubtful one.
#pragma once

#include <cstddef>
#include <vector>

#include "common/release/date_parser.h"
#include "common/release/page_layout.h"

namespace dipsearch::release {

// Where one date was seen and what it says about the release.
struct DateEvidence {
  size_t line = kNoLine;
  DateRole role = DateRole::kNone;
  DateScan date;
  bool labelled = false;  // under a label or in a metadata entry, which vouches for its value
  bool below_body = false;  // a publication label after the body's first paragraph
  bool in_headline = false;  // the headline's own dateline ("Briefing …, Moscow, October 4, 2017")
};

// The dates of the head of the page: from the top to the first paragraph (or, without one, to
// a few lines below the headline), a dateline or agency byline opening the first paragraph
// (in brackets, or joined to the text by a dash), Korean date lines saved without their
// units, publication labels further down, up to the footer, and a date standing alone just
// under the last paragraph (the release's sign-off). A date above the headline with more than
// a line of text between them dates the site (its header's clock), unless a publication label
// vouches for it. `headline` is the headline's line, kNoLine when the page has none.
std::vector<DateEvidence> date_evidence(const PageLayout& page, size_t headline);

// The release date among the evidence: a publication label beats a date line, which beats a
// modification label; after the headline beats before it; anything in the head beats a date
// below the body and the headline's own dateline; then the nearest. A labelled date
// that is no calendar date is returned as such (kInvalid) so that the page can be refused;
// an impossible date in an unlabelled line is ignored. kNone status when there is no date.
DateScan choose_release_date(const std::vector<DateEvidence>& evidence, size_t headline);

}  // namespace dipsearch::release
