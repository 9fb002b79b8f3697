// Page layout in three parts: chrome and title, the metadata block, the body. The title is
// anchored on the metadata block when there is one (the line just above it), since the chrome
// above a title varies by site but the title-then-metadata order does not.
#include "common/release/page_text_parser.h"

#include "common/release/list_markers.h"
#include "common/release/page_chrome.h"
#include "common/release/page_metadata.h"
#include "common/release/text_lines.h"
#include "common/release/title_fallback.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

using release::DateRole;
using release::MetadataMatch;

constexpr size_t kNotFound = static_cast<size_t>(-1);

// How many substantive lines (the title, unknown chrome) may come before the metadata block.
constexpr size_t kMaxLinesBeforeMetadata = 6;

// How far above a known title a date line may stand.
constexpr size_t kMaxLinesAboveTitle = 3;

// A line this long is a paragraph, not a title.
constexpr size_t kParagraphCodePoints = 200;
constexpr size_t kParagraphWords = 30;

bool is_paragraph_like(const std::string& line) {
  return release::count_code_points(line) >= kParagraphCodePoints || release::count_words(line) >= kParagraphWords;
}

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

// The dates met in the metadata block; a publication date beats a bare date beats a
// modification date, and within each kind the first one wins.
struct DateChoice {
  DateScan published, bare, modified;

  void offer(const MetadataMatch& match) {
    if (match.date.status == DateScan::Status::kNone) return;
    DateScan* slot = match.role == DateRole::kPublished ? &published
                     : match.role == DateRole::kBare    ? &bare
                                                        : &modified;
    if (slot->status == DateScan::Status::kNone) *slot = match.date;
  }
  const DateScan& best() const {
    if (published.status != DateScan::Status::kNone) return published;
    if (bare.status != DateScan::Status::kNone) return bare;
    return modified;
  }
};

class PageParser {
 public:
  PageParser(std::string_view text, const PageTextOptions& options) : options_(options) {
    for (std::string_view raw : release::split_lines(release::strip_bom(text))) {
      lines_.push_back(release::collapse_spaces(raw));
    }
  }

  std::optional<Release> parse(std::string* error) {
    size_t body_start = read_head();
    std::vector<std::string> paragraphs = read_body(body_start);
    if (paragraphs.empty() && guessed_title_line_ != kNotFound && !options_.fallback_title.empty()) {
      // A guessed title with nothing after it was the body; the markup's title names the page.
      title_.clear();
      body_start = guessed_title_line_;
      paragraphs = read_body(body_start);
    }
    if (dates_.best().status == DateScan::Status::kNone) offer_byline_date(body_start);

    const DateScan& date = dates_.best();
    if (date.status == DateScan::Status::kInvalid) {
      return fail(error, "invalid date " + release::quote_for_message(date.value) +
                             " in the page's date line: not a calendar date");
    }
    Release release;
    for (const std::string& paragraph : paragraphs) {
      if (!release.body.empty()) release.body += "\n\n";
      release.body += paragraph;
    }
    if (release.body.empty()) {
      return fail(error, "no body found: the page has no paragraph text besides its title, "
                         "metadata and page chrome");
    }
    release.date = date.status == DateScan::Status::kValid ? date.value : "";
    release.title = !title_.empty()                     ? title_
                    : !options_.fallback_title.empty() ? release::collapse_spaces(options_.fallback_title)
                                                        : title_from_body(release.body);
    return release;
  }

 private:
  static std::optional<Release> fail(std::string* error, std::string message) {
    if (error != nullptr) *error = std::move(message);
    return std::nullopt;
  }

  bool blank(size_t i) const { return lines_[i].empty(); }

  // Chrome, and reporter lines that stand between a title and its date.
  bool is_transparent(size_t i) const {
    return release::is_header_chrome(lines_[i]) || release::match_metadata(lines_, i).byline_only;
  }

  // Sets title_ and dates_; returns where the body starts.
  size_t read_head() {
    if (const size_t anchor = find_anchor(); anchor != kNotFound) {
      title_ = lines_[anchor];
      const size_t meta = find_metadata(anchor + 1, 0);
      if (meta == kNotFound) offer_dates_above(anchor);
      return consume_metadata(meta != kNotFound ? meta : anchor + 1);
    }
    const size_t first = next_substantive(0);
    if (first == kNotFound) return lines_.size();
    const size_t meta = find_metadata(first, kMaxLinesBeforeMetadata);
    if (meta != kNotFound) {
      const size_t title = title_before(meta, first);
      size_t body = consume_metadata(meta);
      if (title != kNotFound) {
        title_ = lines_[title];
      } else if (const size_t after = next_substantive(body); after != kNotFound && !is_paragraph_like(lines_[after])) {
        // Metadata above the title: the title is the first line after it.
        title_ = lines_[after];
        body = consume_metadata(after + 1);
      }
      return body;
    }
    if (is_paragraph_like(lines_[first])) return first;  // text with no title at all
    title_ = lines_[first];
    guessed_title_line_ = first;
    return consume_metadata(first + 1);
  }

  // The first line equal to one of the known titles.
  size_t find_anchor() const {
    for (const std::string& candidate : options_.title_candidates) {
      const std::string wanted = release::collapse_spaces(candidate);
      if (wanted.empty()) continue;
      for (size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i] == wanted) return i;
      }
    }
    return kNotFound;
  }

  size_t next_substantive(size_t from) const {
    for (size_t i = from; i < lines_.size(); ++i) {
      if (!blank(i) && !is_transparent(i)) return i;
    }
    return kNotFound;
  }

  // Where the metadata block starts, looking past chrome and at most `allowed` other lines.
  size_t find_metadata(size_t from, size_t allowed) const {
    size_t substantive = 0;
    for (size_t i = from; i < lines_.size(); ++i) {
      if (blank(i)) continue;
      const MetadataMatch match = release::match_metadata(lines_, i);
      if (match.lines > 0 && !match.byline_only) return i;
      if (match.lines > 0 || release::is_header_chrome(lines_[i])) continue;
      if (substantive >= allowed || (substantive > 0 && is_paragraph_like(lines_[i]))) return kNotFound;
      ++substantive;
    }
    return kNotFound;
  }

  // The title: the nearest substantive line above the metadata block.
  size_t title_before(size_t meta, size_t lowest) const {
    for (size_t i = meta; i-- > lowest;) {
      if (!blank(i) && !is_transparent(i)) return i;
    }
    return kNotFound;
  }

  // Reads the metadata block (and chrome buttons within it) from `from`; returns its end.
  size_t consume_metadata(size_t from) {
    size_t i = from;
    while (i < lines_.size()) {
      if (blank(i) || release::is_body_chrome(lines_[i])) {
        ++i;
        continue;
      }
      const MetadataMatch match = release::match_metadata(lines_, i);
      if (match.lines == 0) break;
      dates_.offer(match);
      i += match.lines;
    }
    return i;
  }

  // Some pages print the date just above the heading; only dated metadata counts there.
  void offer_dates_above(size_t anchor) {
    size_t seen = 0;
    for (size_t i = anchor; i-- > 0 && seen < kMaxLinesAboveTitle;) {
      if (blank(i)) continue;
      ++seen;
      const MetadataMatch match = release::match_metadata(lines_, i);
      if (match.lines > 0 && i + match.lines <= anchor) dates_.offer(match);
    }
  }

  void offer_byline_date(size_t body_start) {
    for (size_t i = body_start; i < lines_.size(); ++i) {
      if (blank(i)) continue;
      if (const auto scan = release::byline_date(lines_[i])) {
        MetadataMatch match;
        match.role = DateRole::kPublished;
        match.date = *scan;
        dates_.offer(match);
      }
      return;
    }
  }

  // Paragraphs from `from` up to the end mark or the footer, chrome removed. List markers
  // and paragraph numbers (□, ㅇ, 1., *) stay: readers cite "para. 3" by them.
  std::vector<std::string> read_body(size_t from) const {
    std::vector<std::string> paragraphs;
    bool after_blank = true;
    for (size_t i = from; i < lines_.size(); ++i) {
      std::string_view line = lines_[i];
      if (line.empty()) {
        after_blank = true;
        continue;
      }
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
            paragraphs.emplace_back(line);
          }
          after_blank = false;
        }
      }
      if (end_mark) break;
    }
    return paragraphs;
  }

  const PageTextOptions& options_;
  std::vector<std::string> lines_;
  std::string title_;
  size_t guessed_title_line_ = kNotFound;  // the title was only the first line, with no anchor
  DateChoice dates_;
};

}  // namespace

std::optional<Release> parse_page_text(std::string_view text, std::string* error) {
  return parse_page_text(text, PageTextOptions{}, error);
}

std::optional<Release> parse_page_text(std::string_view text, const PageTextOptions& options, std::string* error) {
  return PageParser(text, options).parse(error);
}

}  // namespace dipsearch
