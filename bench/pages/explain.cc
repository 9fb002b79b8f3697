// Prints the page reader's intermediate results (common/release/page_layout, headline_scorer,
// release_date_finder) in the order the reader uses them.
#include "bench/pages/explain.h"

#include <string>

#include "common/release/headline_scorer.h"
#include "common/release/page_layout.h"
#include "common/release/release_date_finder.h"

namespace dipsearch::pages_eval {
namespace {

using namespace dipsearch::release;

const char* role_name(const PageLine& line) {
  switch (line.role) {
    case LineRole::kBlank: return "";
    case LineRole::kChrome: return chrome_kind_name(line.chrome);
    case LineRole::kMetadata: return line.date_line ? "date line" : "metadata";
    case LineRole::kParagraph: return "paragraph";
    case LineRole::kText: return "text";
  }
  return "?";
}

std::string features(const HeadlineFeatures& f) {
  std::string out;
  const auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!out.empty()) out += ' ';
    out += name;
  };
  add(f.leads_head, "leads");
  add(f.above_metadata, "above-metadata");
  add(f.after_metadata, "after-metadata");
  add(f.above_body, "above-body");
  add(f.repeated, "repeated");
  add(f.ends_trail, "ends-trail");
  add(f.markup_title, "markup");
  add(f.labelled, "labelled");
  add(f.photo_named, "photo-named");
  add(f.joins_lines, "joins-lines");
  add(f.below_metadata, "below-metadata");
  add(f.place, "place");
  add(f.names_office, "office");
  add(f.timed, "timed");
  add(f.section_label, "section-label");
  add(f.deck, "deck");
  add(f.continued, "continued");
  add(f.wrapped, "wrapped");
  add(f.marked, "marked");
  add(f.sentence, "sentence");
  add(f.holds_date, "holds-date");
  return out;
}

}  // namespace

void explain_page(std::string_view text, std::FILE* out) {
  const PageLayout page(text);
  const size_t shown = std::min<size_t>(page.size(), 60);
  for (size_t i = 0; i < shown; ++i) {
    if (page[i].text.empty()) continue;
    std::fprintf(out, "%4zu %-14s %.110s\n", i, role_name(page[i]), page[i].text.c_str());
  }
  const auto candidates = headline_candidates(page, {});
  std::fprintf(out, "\nheadline candidates\n");
  for (const HeadlineFeatures& f : candidates) {
    std::fprintf(out, "%4zu %5d  %-60s %.70s\n", f.line, headline_score(f), features(f).c_str(), f.text.c_str());
  }
  const HeadlineFeatures* chosen = choose_headline(candidates);
  const size_t headline = chosen != nullptr ? chosen->line : kNoLine;
  std::fprintf(out, "\ndate evidence\n");
  for (const DateEvidence& e : date_evidence(page, headline)) {
    const char* role = e.role == DateRole::kPublished ? "published" : e.role == DateRole::kModified ? "modified" : "bare";
    std::fprintf(out, "%4zu %-10s %s%s\n", e.line, role, e.date.value.c_str(), e.labelled ? " (labelled)" : "");
  }
  const DateScan date = choose_release_date(date_evidence(page, headline), headline);
  std::fprintf(out, "chosen: %s\n", date.value.empty() ? "(none)" : date.value.c_str());
}

}  // namespace dipsearch::pages_eval
