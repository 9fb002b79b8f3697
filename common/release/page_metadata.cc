// Label tables and the rules for what may follow a label; see page_metadata.h for the forms.
#include "common/release/page_metadata.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <string_view>

#include "common/release/dated_fields.h"
#include "common/release/list_markers.h"
#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

// kTopics: the subjects a transcript covers ("Subjects: trade; the visit; …"), of any length.
enum class ValueKind { kPublishedDate, kModifiedDate, kCount, kText, kTopics };

struct Label {
  std::string_view text;
  ValueKind kind;
};

// Longer labels come before their prefixes ("등록일자" before "등록일", "조회수" before "조회").
constexpr Label kLabels[] = {
    {"Release date", ValueKind::kPublishedDate},
    {"Date of release", ValueKind::kPublishedDate},
    {"Date of issue", ValueKind::kPublishedDate},
    {"Publication date", ValueKind::kPublishedDate},
    {"Date published", ValueKind::kPublishedDate},
    {"Date posted", ValueKind::kPublishedDate},
    {"Date modified", ValueKind::kModifiedDate},
    {"Posted on", ValueKind::kPublishedDate},
    {"Posted", ValueKind::kPublishedDate},
    {"Published on", ValueKind::kPublishedDate},
    {"Published", ValueKind::kPublishedDate},
    {"Released", ValueKind::kPublishedDate},
    {"Issued on", ValueKind::kPublishedDate},
    {"Issued", ValueKind::kPublishedDate},
    {"Written", ValueKind::kPublishedDate},
    {"Created", ValueKind::kPublishedDate},
    {"Date", ValueKind::kPublishedDate},
    {"등록일자", ValueKind::kPublishedDate},
    {"등록일시", ValueKind::kPublishedDate},
    {"등록일", ValueKind::kPublishedDate},
    {"작성일자", ValueKind::kPublishedDate},
    {"작성일시", ValueKind::kPublishedDate},
    {"작성일", ValueKind::kPublishedDate},
    {"작성", ValueKind::kPublishedDate},
    {"게시일자", ValueKind::kPublishedDate},
    {"게시일", ValueKind::kPublishedDate},
    {"게재일", ValueKind::kPublishedDate},
    {"보도일자", ValueKind::kPublishedDate},
    {"보도일시", ValueKind::kPublishedDate},
    {"보도일", ValueKind::kPublishedDate},
    {"배포일자", ValueKind::kPublishedDate},
    {"배포일시", ValueKind::kPublishedDate},
    {"배포일", ValueKind::kPublishedDate},
    {"발행일", ValueKind::kPublishedDate},
    {"발행", ValueKind::kPublishedDate},
    {"발표일", ValueKind::kPublishedDate},
    {"기사입력", ValueKind::kPublishedDate},
    {"송고시간", ValueKind::kPublishedDate},
    {"입력일", ValueKind::kPublishedDate},
    {"입력", ValueKind::kPublishedDate},
    {"승인", ValueKind::kPublishedDate},
    {"등록", ValueKind::kPublishedDate},
    {"일자", ValueKind::kPublishedDate},
    {"날짜", ValueKind::kPublishedDate},
    {"Page last updated", ValueKind::kModifiedDate},
    {"Last updated", ValueKind::kModifiedDate},
    {"Last modified", ValueKind::kModifiedDate},
    {"Updated", ValueKind::kModifiedDate},
    {"Modified", ValueKind::kModifiedDate},
    {"수정일자", ValueKind::kModifiedDate},
    {"수정일시", ValueKind::kModifiedDate},
    {"수정일", ValueKind::kModifiedDate},
    {"최종수정", ValueKind::kModifiedDate},
    {"최종 수정", ValueKind::kModifiedDate},
    {"수정", ValueKind::kModifiedDate},
    {"Hits", ValueKind::kCount},
    {"Hit", ValueKind::kCount},
    {"Views", ValueKind::kCount},
    {"View", ValueKind::kCount},
    {"Visits", ValueKind::kCount},
    {"Visit", ValueKind::kCount},
    {"조회수", ValueKind::kCount},
    {"조회", ValueKind::kCount},
    {"부서명", ValueKind::kText},
    {"담당부서", ValueKind::kText},
    {"담당자", ValueKind::kText},
    {"작성자", ValueKind::kText},
    {"연락처", ValueKind::kText},
    {"문의", ValueKind::kText},
    {"Department", ValueKind::kText},
    {"Division", ValueKind::kText},
    {"Writer", ValueKind::kText},
    {"Author", ValueKind::kText},
    {"Reporter", ValueKind::kText},
    {"Contact", ValueKind::kText},
    {"Source", ValueKind::kText},
    {"출처", ValueKind::kText},
    {"Category", ValueKind::kText},
    {"Subjects", ValueKind::kTopics},
};

constexpr size_t kMaxTextValueCodePoints = 60;
constexpr size_t kMaxTrailingWords = 4;  // "2022.08.05 외교부", "작성일 2025-03-21 외교부"

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Separators between entries on one line: "작성일 2025-03-21 | 조회수 1372".
std::string_view skip_separators(std::string_view s) {
  for (;;) {
    s = trim(s);
    bool skipped = false;
    for (std::string_view separator : {"|", "/", ",", "·", "ㆍ"}) {
      if (starts_with(s, separator)) {
        s.remove_prefix(separator.size());
        skipped = true;
      }
    }
    if (!skipped) return s;
  }
}

// The label `text` starts with, and what follows it (after an optional colon; `separated`
// tells whether a colon or bar was there).
const Label* find_label(std::string_view text, std::string_view* value, bool* separated = nullptr) {
  for (const Label& label : kLabels) {
    if (!starts_with_ignore_case(text, label.text)) continue;
    std::string_view rest = text.substr(label.text.size());
    // The label must be a whole word: "Dates of…" and "수정된 …" are prose.
    if (!rest.empty()) {
      size_t pos = 0;
      const char32_t next = next_code_point(rest, pos);
      if (is_ascii_letter(rest[0]) || is_hangul_syllable(next)) continue;
    }
    rest = trim(rest);
    bool colon = true;
    if (starts_with(rest, ":") || starts_with(rest, "|")) {
      rest.remove_prefix(1);
    } else if (starts_with(rest, "：")) {
      rest.remove_prefix(std::string_view("：").size());
    } else {
      colon = false;
    }
    if (separated != nullptr) *separated = colon;
    *value = trim(rest);
    return &label;
  }
  return nullptr;
}

// The text after a date or count: nothing, more entries, or a few words naming the issuer.
bool acceptable_remainder(std::string_view rest, DateScan* date, DateRole* role);

// One "label value" entry that is entirely on this string.
bool match_inline_entry(std::string_view text, DateScan* date, DateRole* role) {
  std::string_view value;
  bool separated = false;
  const Label* label = find_label(text, &value, &separated);
  if (label == nullptr || value.empty()) return false;
  switch (label->kind) {
    case ValueKind::kPublishedDate:
    case ValueKind::kModifiedDate: {
      const DateScan scan = scan_date_prefix(value);
      if (scan.status == DateScan::Status::kNone) return false;
      DateScan later;
      DateRole later_role = DateRole::kNone;
      if (!acceptable_remainder(value.substr(scan.length), &later, &later_role)) return false;
      *date = scan;
      *role = label->kind == ValueKind::kPublishedDate ? DateRole::kPublished : DateRole::kModified;
      return true;
    }
    case ValueKind::kCount: {
      size_t digits = 0;
      while (digits < value.size() && (is_digit(value[digits]) || value[digits] == ',')) ++digits;
      if (digits == 0 || !is_digit(value[0])) return false;
      return acceptable_remainder(value.substr(digits), date, role);
    }
    case ValueKind::kText:
      // "Department: North America Division"; without the colon an English label word opens
      // headlines too ("Department of State Welcomes …").
      return count_code_points(value) <= kMaxTextValueCodePoints && (separated || !is_ascii_letter(text[0]));
    case ValueKind::kTopics:
      return separated;
  }
  return false;
}

bool acceptable_remainder(std::string_view rest, DateScan* date, DateRole* role) {
  rest = skip_separators(skip_bracketed_time(skip_separators(rest)));
  // The stop that closes a date and its time ("2025.08.26. 오후 4:32.").
  if (rest.empty() || rest == ".") return true;
  if (match_inline_entry(rest, date, role)) return true;
  return count_words(rest) <= kMaxTrailingWords && rest.back() != '.' &&
         rest.find_first_of("0123456789") == std::string_view::npos;
}

// A line that is a date, perhaps followed by its issuer: "2022.08.05 외교부", "Nov 18, 2016".
bool match_bare_date(std::string_view text, DateScan* date, DateRole* role) {
  const DateScan scan = scan_date_prefix(text);
  if (scan.status == DateScan::Status::kNone) return false;
  DateScan later;
  DateRole later_role = DateRole::kNone;
  if (!acceptable_remainder(text.substr(scan.length), &later, &later_role)) return false;
  *date = scan;
  *role = DateRole::kBare;
  return true;
}

// Lines naming the issuing office between a title and its date ("Office of the Spokesperson").
constexpr std::array<std::string_view, 7> kIssuerLines = {
    "office of the spokesperson", "spokesperson's office", "media note", "press statement", "fact sheet",
    "readout", "대변인실"};

// "By Kim Min-ji", "홍길동 앵커, 김철수 기자", "hong@example.com", an issuing office: who
// wrote it, no date.
bool is_byline(std::string_view text) {
  const std::string lower = ascii_lower(text);
  for (std::string_view issuer : kIssuerLines) {
    if (lower == issuer) return true;
  }
  const size_t words = count_words(text);
  if ((starts_with(text, "By ") || starts_with(text, "BY ")) && words <= 8 && text.back() != '.') return true;
  if (words <= 6) {
    std::string_view last = text;
    while (!last.empty() && (last.back() == ')' || last.back() == ']')) last.remove_suffix(1);
    for (std::string_view role : {"기자", "특파원", "앵커", "리포터"}) {
      if (ends_with(last, role)) return true;
    }
  }
  return words == 1 && text.find('@') != std::string_view::npos && text.find('.') != std::string_view::npos;
}

// The part of an agency byline after its "=": "(서울=연합뉴스) 홍길동 기자 = <rest>".
std::optional<std::string_view> after_agency_byline(std::string_view text) {
  if (!starts_with(text, "(")) return std::nullopt;
  const size_t close = text.find(')');
  if (close == std::string_view::npos || text.substr(0, close).find('=') == std::string_view::npos) {
    return std::nullopt;
  }
  const size_t equals = text.find('=', close);
  if (equals == std::string_view::npos || count_words(text.substr(close + 1, equals - close - 1)) > 4) {
    return std::nullopt;
  }
  return trim(text.substr(equals + 1));
}

size_t next_non_blank(const std::vector<std::string_view>& lines, size_t index) {
  size_t next = index + 1;
  while (next < lines.size() && lines[next].empty() && next <= index + 2) ++next;
  return next < lines.size() && !lines[next].empty() ? next : lines.size();
}

}  // namespace

MetadataMatch match_metadata(const std::vector<std::string_view>& lines, size_t index) {
  MetadataMatch match;
  if (index >= lines.size() || lines[index].empty()) return match;
  const std::string_view text = strip_list_marker(lines[index]);
  if (text.empty()) return match;

  std::string_view value;
  const Label* label = find_label(text, &value);
  if (label != nullptr && value.empty()) {
    // The label alone; its value is the next line ("Date" / "2021-01-20", "부서명" / "북미국").
    const size_t next = next_non_blank(lines, index);
    if (next >= lines.size()) return match;
    const std::string_view next_text = strip_list_marker(lines[next]);
    std::string_view ignored;
    bool ok = false;
    switch (label->kind) {
      case ValueKind::kPublishedDate:
      case ValueKind::kModifiedDate:
        ok = match_bare_date(next_text, &match.date, &match.role);
        if (ok) match.role = label->kind == ValueKind::kPublishedDate ? DateRole::kPublished : DateRole::kModified;
        break;
      case ValueKind::kCount:
        ok = !next_text.empty() && is_digit(next_text[0]) &&
             next_text.find_first_not_of("0123456789,") == std::string_view::npos;
        break;
      case ValueKind::kText:
        ok = count_code_points(next_text) <= kMaxTextValueCodePoints && find_label(next_text, &ignored) == nullptr;
        break;
      case ValueKind::kTopics:
        ok = !next_text.empty() && find_label(next_text, &ignored) == nullptr;
        break;
    }
    if (ok) match.lines = next - index + 1;
    return match;
  }
  if (label != nullptr && match_inline_entry(text, &match.date, &match.role)) {
    match.lines = 1;
    return match;
  }
  match.date = {};
  match.role = DateRole::kNone;
  if (match_bare_date(text, &match.date, &match.role)) {
    match.lines = 1;
    return match;
  }
  match.date = {};
  match.role = DateRole::kNone;
  // A byline run into the date's label: "By YonhapPublished : Oct. 27, 2017 - 09:20".
  if (starts_with(text, "By ") || starts_with(text, "BY ")) {
    for (std::string_view label : {"Published", "Updated", "Posted"}) {
      const size_t at = text.find(label);
      if (at == std::string_view::npos || at < 3) continue;
      if (match_inline_entry(text.substr(at), &match.date, &match.role)) {
        match.lines = 1;
        return match;
      }
      match.date = {};
      match.role = DateRole::kNone;
    }
  }
  if (is_byline(text)) {
    match.lines = 1;
    match.byline_only = true;
    return match;
  }
  if (labelled_bar_field(text, match_inline_entry, &match.date, &match.role)) {
    match.lines = 1;
    return match;
  }
  match.date = {};
  match.role = DateRole::kNone;
  // An agency byline with nothing after its date is metadata; with text after it, it is the
  // first paragraph (see byline_date).
  if (const auto rest = after_agency_byline(text)) {
    const DateScan scan = scan_date_prefix(*rest);
    if (rest->empty() || (scan.status != DateScan::Status::kNone && trim(rest->substr(scan.length)).empty())) {
      match.lines = 1;
      if (scan.status != DateScan::Status::kNone) {
        match.date = scan;
        match.role = DateRole::kPublished;
      }
    }
  }
  return match;
}

namespace {

// The first space after which `read_entry` reads a dated entry from the rest of the line, with
// at least two words before it and at most `max_words`. A label is a capitalized or Korean
// word: "… posted 2024-02-03 on …" is the headline's verb.
template <typename ReadEntry>
std::optional<TrailingEntries> split_at_entry(std::string_view line, size_t max_words, ReadEntry read_entry) {
  constexpr size_t kMinWordsBefore = 2;
  size_t words = 0;
  for (size_t at = line.find(' '); at != std::string_view::npos && words < max_words; at = line.find(' ', at + 1)) {
    ++words;
    const std::string_view tail = trim(line.substr(at + 1));
    if (tail.empty() || (tail[0] >= 'a' && tail[0] <= 'z')) continue;
    TrailingEntries entries;
    if (!read_entry(tail, &entries)) continue;
    entries.text = trim(line.substr(0, at));
    if (count_words(entries.text) < kMinWordsBefore) return std::nullopt;
    return entries;
  }
  return std::nullopt;
}

}  // namespace

std::optional<TrailingEntries> split_headline_entry(std::string_view line) {
  constexpr size_t kMaxWordsBefore = 30, kFullDateBytes = 10;
  return split_at_entry(line, kMaxWordsBefore, [](std::string_view tail, TrailingEntries* entries) {
    std::string_view value;
    bool separated = false;
    const Label* label = find_label(tail, &value, &separated);
    if (label == nullptr || label->kind != ValueKind::kPublishedDate) return false;
    const DateScan scan = scan_date_prefix(value);
    if (scan.status != DateScan::Status::kValid || scan.value.size() != kFullDateBytes) return false;
    entries->date = scan;
    entries->role = DateRole::kPublished;
    return true;
  });
}

std::optional<TrailingEntries> split_trailing_entries(std::string_view line) {
  return split_at_entry(line, std::numeric_limits<size_t>::max(), [](std::string_view tail, TrailingEntries* entries) {
    return match_inline_entry(tail, &entries->date, &entries->role) && entries->date.status == DateScan::Status::kValid;
  });
}

std::optional<LeadingDate> leading_labelled_date(std::string_view line) {
  const std::string_view text = trim(line);
  std::string_view value;
  const Label* label = find_label(text, &value);
  if (label == nullptr || (label->kind != ValueKind::kPublishedDate && label->kind != ValueKind::kModifiedDate)) {
    return std::nullopt;
  }
  const DateScan scan = scan_date_prefix(value);
  if (scan.status == DateScan::Status::kNone) return std::nullopt;
  LeadingDate leading;
  leading.date = scan;
  leading.role = label->kind == ValueKind::kPublishedDate ? DateRole::kPublished : DateRole::kModified;
  leading.rest = trim(value.substr(scan.length));
  return leading;
}

std::optional<LeadingDate> unmarked_date_line(std::string_view line) {
  const std::string_view text = trim(line);
  std::string_view value = text;
  LeadingDate unmarked;
  unmarked.role = DateRole::kBare;
  if (const Label* label = find_label(text, &value)) {
    if (label->kind != ValueKind::kPublishedDate && label->kind != ValueKind::kModifiedDate) return std::nullopt;
    unmarked.role = label->kind == ValueKind::kPublishedDate ? DateRole::kPublished : DateRole::kModified;
  } else {
    value = text;
  }
  unmarked.date = scan_unmarked_korean_date(value);
  if (unmarked.date.status == DateScan::Status::kNone) return std::nullopt;
  return unmarked;
}

std::optional<DateScan> byline_date(const std::string& line) {
  const auto rest = after_agency_byline(line);
  if (!rest) return std::nullopt;
  const DateScan scan = scan_date_prefix(*rest);
  if (scan.status == DateScan::Status::kNone) return std::nullopt;
  return scan;
}

}  // namespace dipsearch::release
