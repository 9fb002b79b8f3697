// Features and weights of headline candidates. A weight says how much one observation about a
// line's place or shape is worth; no single rule decides, so one unknown kind of chrome above
// a headline costs a few points instead of the title.
#include "common/release/headline_scorer.h"

#include <algorithm>

#include "common/release/date_parser.h"
#include "common/release/headline_shapes.h"
#include "common/release/headline_text.h"
#include "common/release/list_markers.h"
#include "common/release/page_chrome.h"
#include "common/release/photo_names.h"
#include "common/release/text_lines.h"
#include "common/text/normalize.h"

namespace dipsearch::release {
namespace {

// Weights of the features (see HeadlineFeatures).
constexpr int kLeadsHead = 15;
constexpr int kAboveMetadata = 30;
constexpr int kAfterMetadata = 10;
constexpr int kAboveBody = 20;
constexpr int kRepeated = 20;
constexpr int kEndsTrail = 30;
constexpr int kMarkupTitle = 100;
constexpr int kLabelled = 40;
// Sites name a release's photos after it; a topic label above the date, the line that wins
// where the heading is lost, is not named so.
constexpr int kPhotoNamed = 40;
constexpr int kJoinsLines = 25;
constexpr int kSectionLabel = -30;
constexpr int kDeck = -40;
constexpr int kContinued = -30;
constexpr int kWrapped = -40;
constexpr int kMarked = -40;
constexpr int kSentence = -30;
constexpr int kBelowMetadata = -30;
constexpr int kHoldsDate = -20;
constexpr int kOwnDateline = kAboveMetadata;
constexpr int kPlace = -30;
constexpr int kNamesOffice = -25;
constexpr int kTimed = -30;

// Shape: one word is rarely a headline, three to thirty words usually are. Korean headlines
// have fewer, longer words ("통일부 정례브리핑"): there the length counts in syllables.
int length_score(const std::string& text, size_t words) {
  if (text::has_hangul(text)) {
    const size_t syllables = count_code_points(text);
    if (syllables < 5) return -30;
    if (syllables < 8) return -10;
    return 2 * static_cast<int>(std::min<size_t>(syllables / 2, 15));
  }
  if (words <= 1) return -30;
  if (words == 2) return -10;
  if (words <= 30) return 2 * static_cast<int>(std::min<size_t>(words, 15));
  if (words <= 45) return 20;
  // Longer lines reach the candidates only as headlines the layout took back from the body
  // (PageLayout::demote_headline_paragraphs); the length itself is no evidence either way.
  return 10;
}


// A dateline's place on a line of its own above the date ("New York" / "09 September 2016" /
// the headline): one to three capitalized words, no event's name, right above the date.
bool is_dateline_place(const PageLayout& page, size_t line, std::string_view text) {
  constexpr size_t kMaxWords = 3;
  const auto words = split_words(text);
  if (words.empty() || words.size() > kMaxWords || text::has_hangul(text)) return false;
  for (std::string_view word : words) {
    const std::string lower = ascii_lower(word);
    if (is_event_noun(lower)) return false;
    if (!is_capitalized(word) || word.find_first_of("0123456789") != std::string_view::npos) return false;
  }
  // The date alone: "Korea-Turkey Friendship" above "Naci Sarıbaş 15.02.2012" is a headline
  // above its author's byline.
  const size_t next = page.next_content(line + 1);
  return next != kNoLine && page[next].role == LineRole::kMetadata && parse_release_date(page[next].text).has_value();
}

// "10:17 The motorcade arrives", "## 14:30 회담 시작": a timeline's entry, opening with the
// time of day (after any heading marks), as a live report or a schedule lists events.
bool opens_with_time(std::string_view line) {
  while (!line.empty() && (line.front() == '#' || line.front() == ' ')) line.remove_prefix(1);
  size_t hour = 0;
  while (hour < line.size() && hour < 3 && line[hour] >= '0' && line[hour] <= '9') ++hour;
  if (hour == 0 || hour > 2 || line.size() < hour + 4 || line[hour] != ':') return false;
  const auto digit = [&](size_t at) { return line[at] >= '0' && line[at] <= '9'; };
  return digit(hour + 1) && digit(hour + 2) && line[hour + 3] == ' ';
}

// How far down a page without paragraphs headline candidates are looked for.
constexpr size_t kMaxHeadLines = 80;

// A line holding the headline also holds it when it is only a little longer ("01/05/17 – Key
// Outcomes …" repeats "Key Outcomes …"); a much longer line merely mentions the words.
constexpr size_t kMaxRepeatExtraBytes = 24;

bool is_marked(std::string_view line) {
  bool had_marker = false;
  strip_list_marker(line, &had_marker);
  if (had_marker) return true;
  for (std::string_view mark : {"▲", "※", "-", "–", "—", "*", "·", "ㅇ", "○", "✔", "✓", "■", "◆", "▶", "►"}) {
    if (starts_with(line, mark)) return true;
  }
  return false;
}

// A headline that ends by quoting someone: a lead, then the words in quotes without a stop of
// their own (세계 외교관들, "한국 배우러 왔어요"; Minister: "We will stay the course"). Prose
// closes a quote with its sentence's stop ("… he said, "we will stay."").
bool ends_in_quoted_words(std::string_view text) {
  for (std::string_view close : {"\"", "”", "’", "'"}) {
    if (!ends_with(text, close)) continue;
    std::string_view inner = text.substr(0, text.size() - close.size());
    const std::string_view open = close == "”" ? "“" : close == "’" ? "‘" : close;
    const size_t at = inner.rfind(open);
    if (at == std::string_view::npos || at == 0) return false;
    const std::string_view quoted = inner.substr(at + open.size());
    const std::string_view lead = inner.substr(0, at);
    return !quoted.empty() && count_words(lead) >= 1 && !ends_with(quoted, ".") && !ends_with(quoted, "!") &&
           !ends_with(quoted, "?") && !ends_with(quoted, "다");
  }
  return false;
}

// A photo caption's sentence with its agency's credit after a slash ("… 부임했다. /통신사",
// "… on Monday. /Agency") or its credit or date in brackets ("… exercise. (Oct. 6, 2022)",
// "… in Seoul. (AP Photo)"): the sentence without the credit.
std::string_view without_slash_credit(std::string_view text) {
  constexpr size_t kMaxCreditWords = 4;
  if (ends_with(text, ")")) {
    const size_t open = text.rfind(" (");
    if (open != std::string_view::npos && count_words(text.substr(open)) <= kMaxCreditWords &&
        ends_with(text.substr(0, open), ".")) {
      return text.substr(0, open);
    }
  }
  const size_t slash = text.rfind(" /");
  if (slash == std::string_view::npos || text.find(' ', slash + 2) != std::string_view::npos || slash + 2 == text.size()) {
    return text;
  }
  const std::string_view before = text.substr(0, slash);
  return ends_with(before, ".") ? before : text;
}

// Prose, not a headline: a sentence ("… to make."), a lead-in ("… issued today by …:"), a
// salutation ("Dear Mr. President,"), a caption's sentence with its credit.
bool ends_as_prose(std::string_view line) {
  const std::string text(without_slash_credit(line));
  const size_t words = count_words(text);
  if (ends_in_quoted_words(text) || ends_in_korean_quote(text)) return false;
  if (speaks_formally(text)) return words >= 2;
  // A Korean headline in the plain form without a stop ("…, 방송이 생중계한다"): prose closes its
  // sentence with one ("…생중계한다."). Short lines only: a paragraph saved without stops runs long.
  constexpr size_t kMaxPlainHeadline = 30;
  if (text::has_hangul(text) && ends_with(text, "다") && count_code_points(text) < kMaxPlainHeadline &&
      words >= 3) {
    return false;
  }
  if (ends_with(text, ":") || ends_with(text, ",") || ends_with(text, ";")) return words >= 3;
  return ends_like_a_sentence(text) && (words >= 6 || (text::has_hangul(text) && count_code_points(text) >= 12));
}

// Whether another line of the page shows `text` again: equal, inside a line only a little
// longer, at the start of a line (a caption that begins with the headline), or inside chrome
// (a breadcrumb ending in the headline).
bool shown_again(const PageLayout& page, size_t line, const std::string& text, size_t last_line = kNoLine) {
  if (count_code_points(text) < 8) return false;
  if (last_line == kNoLine) last_line = line;
  for (size_t i = 0; i < page.size(); ++i) {
    if ((i >= line && i <= last_line) || page[i].text.empty()) continue;
    const std::string& other = page[i].text;
    const size_t at = other.find(text);
    if (at == std::string::npos) continue;
    constexpr size_t kMaxMarkBytes = 4;  // "▲ " before a caption
    if (other.size() <= text.size() + kMaxRepeatExtraBytes || page[i].role == LineRole::kChrome ||
        at <= kMaxMarkBytes) {
      return true;
    }
  }
  return false;
}

// The next content line after `line` past any metadata entries.
size_t next_past_metadata(const PageLayout& page, size_t line) {
  size_t next = page.next_content(line + 1);
  while (next != kNoLine && page[next].role == LineRole::kMetadata) next = page.next_content(next + 1);
  return next;
}

// The next content line after `line` past the byline and place lines of a heading block
// ("Sean Doe, Spokesman" / "Washington, DC"): a headline stands above such a block and its date.
size_t next_past_byline(const PageLayout& page, size_t line) {
  constexpr size_t kMaxBylineLines = 3;
  size_t next = page.next_content(line + 1);
  for (size_t hops = 0; hops < kMaxBylineLines && next != kNoLine && page[next].role == LineRole::kText &&
                        is_place(page[next].text);
       ++hops) {
    next = page.next_content(next + 1);
  }
  return next;
}

// The previous non-blank line, chrome included.
size_t previous_non_blank(const PageLayout& page, size_t line) {
  for (size_t i = line; i-- > 0;) {
    if (!page[i].text.empty()) return i;
  }
  return kNoLine;
}

// Too short for a headline by itself, above a menu line of the page's head: a section's
// label or an image's name over the site's menu, not the release's first line.
bool labels_a_menu_below(const PageLayout& page, const HeadlineFeatures& f) {
  if (length_score(f.text, f.words) >= 0) return false;
  const size_t end = page.first_paragraph() != kNoLine ? page.first_paragraph() : page.size();
  for (size_t i = f.line + 1; i < end; ++i) {
    if (page[i].role == LineRole::kChrome && page[i].chrome == ChromeKind::kMenu) return true;
  }
  return false;
}

// Where `text` stands in a numbered trail of menu entries ("1. 공관소개" / "2. 공관장 인사"): a
// trail names the sections down to the page, whose name is its last entry.
enum class TrailPlace { kNone, kSection, kEnd };

TrailPlace place_in_trail(const PageLayout& page, size_t line, std::string_view text) {
  const auto numbered_menu = [&](size_t i, std::string_view* entry) {
    if (i >= page.size() || page[i].role != LineRole::kChrome || page[i].chrome != ChromeKind::kMenu) return false;
    bool marker = false;
    *entry = strip_list_marker(page[i].text, &marker);
    return marker;
  };
  for (size_t i = 0; i < page.size(); ++i) {
    std::string_view entry;
    if (i == line || !numbered_menu(i, &entry) || entry != text) continue;
    std::string_view other;
    size_t next = i + 1;
    while (next < page.size() && page[next].text.empty()) ++next;
    const bool continues = numbered_menu(next, &other);
    const bool continued = i > 0 && numbered_menu(previous_non_blank(page, i), &other);
    if (continues) return TrailPlace::kSection;
    if (continued) return TrailPlace::kEnd;
  }
  return TrailPlace::kNone;
}

// Korean endings that leave a sentence open: particles and connectives ("…축하하기 위해",
// "…참석하고"). Headlines end in nouns, quotes or dates.
constexpr std::string_view kOpenKoreanEndings[] = {"위해", "하고", "하며", "하여", "으로", "에서", "에게", "을",
                                                   "를", "은", "는", "의", "고", "며", "때", "및"};

// The line's sentence goes on in the next non-blank line: a hard-wrapped line of prose.
bool goes_on(const PageLayout& page, size_t line) {
  const std::string& text = page[line].text;
  if (ends_like_a_sentence(text) || ends_with(text, ":")) return false;
  size_t next = line + 1;
  while (next < page.size() && page[next].text.empty()) ++next;
  if (next >= page.size() || page[next].role == LineRole::kChrome) return false;
  if (text::has_hangul(text)) {
    for (std::string_view ending : kOpenKoreanEndings) {
      if (ends_with(text, ending)) return true;
    }
    return false;
  }
  const char first = page[next].text[0];
  return first >= 'a' && first <= 'z';
}

// The line above goes on into this one: the tail of a hard-wrapped line of prose ("…, and
// expressed" / "gratitude to the Secretary-General for …"), however it reads by itself.
bool wrapped_from_above(const PageLayout& page, size_t line) {
  if (line == 0 || page[line - 1].text.empty()) return false;
  const LineRole above = page[line - 1].role;
  return (above == LineRole::kText || above == LineRole::kParagraph) && goes_on(page, line - 1);
}

// A headline with its date in brackets ("Spokesperson's Press Briefing (Jan. 7, 2014)"): the
// date belongs to the headline, which is no date line for all that.
bool dated_in_brackets(std::string_view text) {
  constexpr size_t kMinWords = 2;
  constexpr size_t kMaxLeftoverBytes = 2;
  if (!ends_with(text, ")")) return false;
  const size_t open = text.rfind('(');
  if (open == std::string_view::npos || count_words(text.substr(0, open)) < kMinWords) return false;
  const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
  const auto found = find_date(inside);
  return found && found->date.status == DateScan::Status::kValid && found->offset == 0 &&
         inside.size() <= found->date.length + kMaxLeftoverBytes;
}

// A labelled metadata entry ("Date" / "2018-06-21", "작성일 2025-03-21") between the first
// candidate `first` and `line`: the headline stands above such a block, what follows it is the
// body. An entry above every candidate (a stored page's own date line) is not that block.
bool labelled_entry_above(const PageLayout& page, size_t first, size_t line) {
  for (size_t i = first; i < line; ++i) {
    const PageLine& above = page[i];
    if (above.role == LineRole::kMetadata && above.metadata.lines > 0 && !above.date_line &&
        (above.metadata.role == DateRole::kPublished || above.metadata.role == DateRole::kModified)) {
      return true;
    }
  }
  return false;
}

// A top line that restates the heading lines below it as one ("Chairman’s Statement of the
// 10th … Meeting 22 July 2009 Phuket, Thailand" above "Chairman’s Statement" and "The 10th …").
void mark_joined_lines(std::vector<HeadlineFeatures>& candidates) {
  for (HeadlineFeatures& joined : candidates) {
    size_t parts = 0;
    // Case aside: the part's first word is capitalized on its own line ("… of the 5th …" / "The 5th …").
    const std::string joined_lower = ascii_lower(joined.text);
    for (const HeadlineFeatures& part : candidates) {
      if (part.line > joined.line && part.words >= 2 && joined_lower.find(ascii_lower(part.text)) != std::string::npos) {
        ++parts;
      }
    }
    joined.joins_lines = parts >= 2;
  }
}

}  // namespace

int headline_score(const HeadlineFeatures& f) {
  int score = length_score(f.text, f.words);
  if (f.leads_head) score += kLeadsHead;
  if (f.above_metadata) score += kAboveMetadata;
  if (f.after_metadata) score += kAfterMetadata;
  if (f.above_body) score += kAboveBody;
  if (f.repeated) score += kRepeated;
  if (f.ends_trail) score += kEndsTrail;
  if (f.markup_title) score += kMarkupTitle;
  if (f.labelled) score += kLabelled;
  if (f.photo_named) score += kPhotoNamed;
  if (f.joins_lines) score += kJoinsLines;
  if (f.section_label) score += kSectionLabel;
  if (f.deck) score += kDeck;
  if (f.continued) score += kContinued;
  if (f.wrapped) score += kWrapped;
  if (f.marked) score += kMarked;
  if (f.sentence) score += kSentence;
  if (f.below_metadata) score += kBelowMetadata;
  if (f.holds_date) score += kHoldsDate;
  if (f.own_dateline) score += kOwnDateline;
  if (f.place) score += kPlace;
  if (f.names_office) score += kNamesOffice;
  if (f.timed) score += kTimed;
  return score;
}

namespace {

// What one line shows by itself and by its place on the page.
HeadlineFeatures line_features(const PageLayout& page, size_t i, size_t first_candidate, bool date_line,
                               const std::vector<std::string>& markup_titles) {
  HeadlineFeatures f;
  f.line = i;
  f.last_line = i;
  f.text = headline_text(page[i].text);
  f.labelled = has_title_label(page[i].text);
  f.words = count_words(f.text);
  const size_t next = next_past_byline(page, i);
  const size_t previous = page.previous_content(i);
  f.above_metadata = next != kNoLine && page[next].role == LineRole::kMetadata;
  f.after_metadata = previous != kNoLine && page[previous].role == LineRole::kMetadata;
  f.above_body = page.first_paragraph() != kNoLine && next_past_metadata(page, i) == page.first_paragraph();
  f.repeated = shown_again(page, i, f.text);
  f.markup_title = std::find(markup_titles.begin(), markup_titles.end(), f.text) != markup_titles.end();
  f.marked = is_marked(page[i].text);
  f.sentence = ends_as_prose(f.text);
  f.below_metadata = labelled_entry_above(page, first_candidate, i);
  f.place = is_place(f.text) || is_dateline_place(page, i, f.text);
  f.names_office = names_an_office(f.text);
  const TrailPlace trail = place_in_trail(page, i, f.text);
  f.section_label = names_a_topic(f.text) || trail == TrailPlace::kSection;
  f.ends_trail = trail == TrailPlace::kEnd;
  f.timed = opens_with_time(page[i].text);
  f.own_dateline = headline_dateline(f.text).has_value();
  f.holds_date = date_line && !dated_in_brackets(f.text) && !f.own_dateline;
  f.continued = goes_on(page, i);
  f.wrapped = wrapped_from_above(page, i);
  return f;
}

// The candidate of a photo name: its words, read where the series ends (the body is under
// its last photo), and repeated only where a line other than its photos shows them.
void name_by_photos(const PageLayout& page, const PhotoName& photo, HeadlineFeatures& f) {
  f.text = photo.name;
  f.words = count_words(f.text);
  f.photo_named = true;
  f.last_line = photo.last_line;
  f.above_body = page.first_paragraph() != kNoLine && next_past_metadata(page, photo.last_line) == page.first_paragraph();
  f.repeated = shown_again(page, f.line, f.text, photo.last_line);
  f.sentence = ends_as_prose(f.text);
  f.names_office = names_an_office(f.text);
  f.own_dateline = f.holds_date = f.continued = false;
}

// A longer line that opens with the line above, all but that line's last word ("Name Title" /
// "Name Title, on Taking Up the Post"; "홍길동 공사" / "홍길동 공보문화원장 부임 인사"): the
// short line is a label naming the author or the subject, the long one the headline.
bool restates_label_above(std::string_view above, std::string_view line) {
  constexpr size_t kMinSharedWords = 2;
  if (line.size() <= above.size()) return false;
  if (starts_with(line, above)) return true;
  const size_t last_space = above.rfind(' ');
  if (last_space == std::string_view::npos) return false;
  const std::string_view shared = above.substr(0, last_space);
  return count_words(shared) >= kMinSharedWords && starts_with(line, std::string(shared) + " ");
}

// A subtitle follows its headline directly and is about as long; a short line right above a
// long one is a site's name or a widget, not a headline with its deck. A line repeating the
// one above without its frame ("01/05/17 – Title" / "Title") is the headline itself, and so is
// a line that opens with the whole line above and goes on ("Name, Envoy" / "Name, Envoy, on
// Taking Up the Post"): the shorter line labels what the longer one says.
bool is_deck_of(const HeadlineFeatures& above, const HeadlineFeatures& line, const PageLayout& page) {
  return !captions_title_case(above.text, line.text) && previous_non_blank(page, line.line) == above.line && !above.marked && !above.holds_date &&
         2 * count_code_points(above.text) >= count_code_points(line.text) &&
         above.text.find(line.text) == std::string::npos && !restates_label_above(above.text, line.text);
}

// A section's name with a qualifier in brackets ("보도자료 (외교부)", "Press Releases (2019)"):
// without the brackets it is a line of the site's menu.
bool names_a_section(std::string_view text) {
  if (!ends_with(text, ")")) return false;
  const size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view core = text.substr(0, open);
  while (!core.empty() && core.back() == ' ') core.remove_suffix(1);
  return !core.empty() && is_header_chrome(core);
}

// A short label ("Press Releases") directly above a longer line shaped like a headline.
bool is_section_label_above(const HeadlineFeatures& label, const HeadlineFeatures& line, const PageLayout& page) {
  if (names_a_section(label.text) && !line.holds_date && page.next_content(label.line + 1) == line.line &&
      count_code_points(line.text) > count_code_points(label.text)) {
    return true;
  }
  if (page.next_content(label.line + 1) != line.line || line.holds_date || ends_as_prose(line.text) ||
      ends_like_a_sentence(line.text)) {
    return false;
  }
  // A Korean label opening the page ("세계 뉴스 스토리" / "영국 외무차관 방한"): a headline of
  // as few words, as long or longer, under it. Korean subtitles run longer than their headline.
  if (text::has_hangul(label.text)) {
    return label.leads_head && label.words <= 3 && count_code_points(line.text) >= count_code_points(label.text) &&
           text::has_hangul(line.text) && !find_date(line.text) && !unmarked_date_line(line.text);
  }
  return label.words <= 3 && line.words >= 4 && line.words > label.words;
}

// The headline's short form ("Farewell Speech" above the date, under "Farewell Speech by the
// … Minister" shown twice): the opening words of a repeated headline are a label of it, and
// they repeat nothing.
void mark_short_forms(std::vector<HeadlineFeatures>& candidates) {
  for (HeadlineFeatures& short_form : candidates) {
    for (const HeadlineFeatures& full : candidates) {
      if (&full != &short_form && full.repeated && full.words > short_form.words && !full.text.empty() &&
          starts_with(full.text, short_form.text + " ")) {
        short_form.repeated = false;
        short_form.section_label = true;
      }
    }
  }
}

// A run of headline-shaped lines one under the other, longer than any headline with its
// subtitles: a list of other articles ("most read", a ticker), not a heading. Its lines are
// siblings, none the deck of another, the first leads nothing, and an article listed twice
// (under "latest" and under "most read") is no headline repeated; the release's own
// headline, when it ends the run, wins by standing above the body.
void unmark_listed_lines(std::vector<HeadlineFeatures>& candidates, const PageLayout& page) {
  // A headline has two or three subtitles at most; five lines in a row are a list.
  constexpr size_t kMinListLines = 5;
  // Article titles, not a byline's names and offices ("John Doe" / "Secretary of State").
  const auto titled = [](const HeadlineFeatures& f) {
    constexpr size_t kMinSyllables = 10, kMinWords = 4;
    return text::has_hangul(f.text) ? count_code_points(f.text) >= kMinSyllables : f.words >= kMinWords;
  };
  const auto follows = [&](size_t i) {
    return titled(candidates[i]) && titled(candidates[i - 1]) && !candidates[i].marked &&
           (candidates[i].deck || previous_non_blank(page, candidates[i].line) == candidates[i - 1].line);
  };
  size_t run_start = 0;
  for (size_t i = 1; i <= candidates.size(); ++i) {
    if (i < candidates.size() && follows(i)) continue;
    if (i - run_start >= kMinListLines) {
      for (size_t j = run_start; j < i; ++j) {
        candidates[j].deck = false;
        candidates[j].leads_head = false;
        for (size_t k = run_start; k < i; ++k) {
          if (k != j && candidates[k].text == candidates[j].text) candidates[j].repeated = false;
        }
      }
    }
    run_start = i;
  }
}

}  // namespace

std::vector<HeadlineFeatures> headline_candidates(const PageLayout& page, const std::vector<std::string>& markup_titles) {
  const size_t head_end = page.first_paragraph() != kNoLine ? page.first_paragraph() : std::min(page.size(), kMaxHeadLines);
  std::vector<HeadlineFeatures> candidates;
  // Whether a candidate leads already, and whether the first labels the menu under it.
  bool led = false, past_labels = false;
  for (size_t i = 0; i < head_end; ++i) {
    const bool date_line = page[i].role == LineRole::kMetadata && page[i].date_line;
    if (page[i].role != LineRole::kText && !date_line) continue;
    // The same line twice in a row (an image's alt text and its caption) is one line.
    const size_t just_before = previous_non_blank(page, i);
    if (just_before != kNoLine && page[just_before].text == page[i].text) continue;
    HeadlineFeatures f = line_features(page, i, candidates.empty() ? i : candidates.front().line, date_line, markup_titles);
    if (f.text.empty()) continue;
    size_t last = i;
    if (const auto photo = photo_name_at(page, i)) {
      name_by_photos(page, *photo, f);
      last = photo->last_line;
    }
    // The first line shaped like a headline leads: short labels above the site's menu
    // ("대사관 안내" / "대사관 안내  대사관 칼럼  …") name its sections, no release.
    // Past such labels, only a line of a headline's length leads; past a section named by its
    // kinds of items ("Speeches and Contributions"), the next line.
    const bool labels_menu = labels_a_menu_below(page, f);
    if (candidates.empty()) past_labels = labels_menu;
    f.leads_head = !led && !labels_menu && !names_kinds_of_items(f.text) &&
                   (candidates.empty() || !past_labels || length_score(f.text, f.words) >= 0);
    led = led || f.leads_head;
    if (!candidates.empty()) {
      if (is_section_label_above(candidates.back(), f, page)) candidates.back().section_label = true;
      // Under a section's name a headline is no subtitle, however short that name is; nor is a
      // photo's name, whatever caption stands above it.
      f.deck = !candidates.back().section_label && !f.photo_named && is_deck_of(candidates.back(), f, page);
    }
    candidates.push_back(std::move(f));
    i = last;
  }
  mark_joined_lines(candidates);
  mark_short_forms(candidates);
  unmark_listed_lines(candidates, page);
  return candidates;
}

const HeadlineFeatures* choose_headline(const std::vector<HeadlineFeatures>& candidates) {
  const HeadlineFeatures* best = nullptr;
  int best_score = kMinHeadlineScore - 1;
  for (const HeadlineFeatures& candidate : candidates) {
    const int score = headline_score(candidate);
    if (score > best_score) {
      best = &candidate;
      best_score = score;
    }
  }
  return best;
}

}  // namespace dipsearch::release
