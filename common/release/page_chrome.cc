// Tables of chrome lines seen on ministry, portal and news pages, matched on collapsed lines
// with ASCII case folded. Phrases, not single words, wherever a body could use the word.
#include "common/release/page_chrome.h"

#include <array>
#include <string>

#include <unicode/uchar.h>

#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <size_t N>
bool equals_any(std::string_view text, const std::array<std::string_view, N>& table) {
  for (std::string_view entry : table) {
    if (text == entry) return true;
  }
  return false;
}

template <size_t N>
bool contains_any(std::string_view text, const std::array<std::string_view, N>& table) {
  for (std::string_view entry : table) {
    if (text.find(entry) != std::string_view::npos) return true;
  }
  return false;
}

// Controls and section names that are chrome wherever they stand alone on a line.
constexpr std::array<std::string_view, 47> kControlLines = {
    "글자크기 조정", "글자 크기 조정", "글씨 크기", "본문 글자 크기", "font size",
    "목록", "list", "print", "print print", "인쇄", "인쇄하기", "share", "공유", "공유하기",
    "top", "맨위로", "맨 위로", "미리보기", "바로보기", "다운로드", "download", "facebook",
    "twitter", "kakaotalk", "카카오톡", "페이스북", "트위터", "url 복사", "링크 복사", "글자크기",
    "글자 크기", "advertisement", "[앵커]", "[기자]", "[리포트]", "[앵커멘트]", "[앵커 멘트]",
    "[녹취]", "[인터뷰]", "[현장음]", "스크랩", "기사 스크랩", "좋아요", "더보기", "more",
    "close", "닫기"};

// Lines that only name the site, its sections or its menu, seen above titles.
constexpr std::array<std::string_view, 52> kHeaderLines = {
    "skip navigation", "skip to content", "skip to main content", "countries information",
    "home", "kor", "eng", "english", "한국어", "korean", "press", "press releases",
    "press release", "press briefings", "ministry news", "speeches", "speeches & interviews",
    "news", "briefings", "main menu", "menu", "search", "검색", "로그인", "login", "sitemap",
    "사이트맵", "전체메뉴", "전체 메뉴", "메뉴", "검색창 열기", "검색 열기", "외교부",
    "ministry of foreign affairs", "보도자료", "외교부 브리핑", "뉴포커스", "브리핑룸",
    "콘텐츠 영역", "본문", "본문 영역", "정책브리핑", "화면크기", "rss", "x", "kakao",
    "youtube", "instagram", "blog", "블로그", "유튜브", "인스타그램"};

// Phrases of the official-site banner and skip links (header only: a body may mention them).
// The banner's own wording, not "누리집" alone, which a title may use ("누리집 개편 안내").
constexpr std::array<std::string_view, 12> kHeaderPhrases = {
    "바로가기", "누리집은", "누리집입니다", "누리집 주소", "공식 전자정부", "전자정부 누리집", "go.kr 주소",
    "go.kr 도메인", "official website of", "an official website", "skip to", "상세보기"};

// Footer openers: the line starts with one of these phrases.
constexpr std::array<std::string_view, 27> kFooterStarts = {
    "만족도 조사", "만족도조사", "콘텐츠 만족도", "이 페이지에서 제공하는 정보",
    "열람하신 정보에 대해", "이전글", "다음글", "이전 글", "다음 글", "previous post",
    "next post", "previous article", "next article", "related articles", "related news",
    "related headlines", "related stories", "related content", "관련기사", "관련 기사",
    "관련뉴스", "관련 뉴스", "많이 본 뉴스", "가장 많이 본", "copyright (c)", "저작권자",
    "all rights reserved"};

// Footer headings that are whole lines (a count may follow: "댓글 3", "Comments (12)"). Single
// words like these can open a sentence of a release, so they never match as a prefix.
constexpr std::array<std::string_view, 10> kFooterLines = {
    "comments", "댓글", "copyright", "most viewed", "most read", "top stories",
    "privacy policy", "개인정보처리방침", "저작권정책", "이용약관"};

// Footer phrases found anywhere in a short line (copyright notices).
constexpr std::array<std::string_view, 8> kFooterPhrases = {
    "무단전재", "무단 전재", "재배포 금지", "재배포금지", "©", "ⓒ", "all rights reserved",
    "만족하십니까"};

constexpr size_t kMaxChromeWords = 12;

// "1. HOME", "2. Press Releases", or a whole menu on one line ("1. 화면크기 2. 국가상징 …").
bool is_menu_line(std::string_view line) {
  size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  if (digits == 0 || digits > 2 || line.size() <= digits + 1 || line[digits] != '.' ||
      line[digits + 1] != ' ') {
    return false;
  }
  const std::string_view rest = line.substr(digits + 2);
  if (count_words(rest) <= 3 && rest.find_first_of(".,") == std::string_view::npos) return true;
  return rest.find(" 2. ") != std::string_view::npos || rest.find(" 3. ") != std::string_view::npos;
}

// "Home > Press > Press Releases", "INTERNATIONAL > East Asia & Pacific".
bool is_breadcrumb(std::string_view line) {
  for (std::string_view separator : {" > ", " › ", " » ", " ＞ "}) {
    if (line.find(separator) == std::string_view::npos) continue;
    size_t start = 0;
    bool all_short = true;
    while (start <= line.size()) {
      size_t end = line.find(separator, start);
      if (end == std::string_view::npos) end = line.size();
      if (count_words(line.substr(start, end - start)) > 5) all_short = false;
      start = end + separator.size();
    }
    if (all_short) return true;
  }
  return false;
}

// Lines of nothing but punctuation and symbols ("|", "-----", "▲").
bool has_no_letters_or_digits(std::string_view line) {
  size_t pos = 0;
  while (pos < line.size()) {
    if (u_isalnum(static_cast<UChar32>(next_code_point(line, pos)))) return false;
  }
  return true;
}

}  // namespace

bool is_header_chrome(std::string_view line) {
  const std::string lower = ascii_lower(line);
  if (equals_any(lower, kHeaderLines) || equals_any(lower, kControlLines)) return true;
  if (has_no_letters_or_digits(line)) return true;
  if (is_menu_line(line) || is_breadcrumb(line)) return true;
  return count_words(line) <= 20 && contains_any(lower, kHeaderPhrases);
}

// A reporter's address on a line of its own, as news pages print it under the article.
bool is_email_line(std::string_view line) {
  const size_t at = line.find('@');
  return at != std::string_view::npos && at > 0 && line.find(' ') == std::string_view::npos &&
         line.find('.', at) != std::string_view::npos;
}

bool is_body_chrome(std::string_view line) {
  const std::string lower = ascii_lower(line);
  return equals_any(lower, kControlLines) || (!line.empty() && has_no_letters_or_digits(line)) || is_email_line(line);
}

bool is_footer_start(std::string_view line) {
  if (count_words(line) > kMaxChromeWords) return false;
  const std::string lower = ascii_lower(line);
  for (std::string_view start : kFooterStarts) {
    if (!starts_with(lower, start)) continue;
    // A whole word or phrase: "related articles" opens a footer, "related articlesfoo" does not.
    const char next = lower.size() > start.size() ? lower[start.size()] : ' ';
    if (!((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'))) return true;
  }
  std::string_view heading = lower;
  while (!heading.empty() && (is_digit(heading.back()) || heading.back() == ' ' || heading.back() == '(' ||
                              heading.back() == ')')) {
    heading.remove_suffix(1);
  }
  return equals_any(heading, kFooterLines) || contains_any(lower, kFooterPhrases);
}

bool is_attachment_line(std::string_view line) {
  const std::string lower = ascii_lower(line);
  for (std::string_view label : {"첨부", "붙임", "※ 첨부", "※첨부", "attachment", "attached file"}) {
    if (starts_with(lower, label)) return true;
  }
  if (count_words(line) > kMaxChromeWords) return false;
  // A file name, possibly followed by its size: "결과 자료.hwp (52KB)".
  std::string_view name = lower;
  if (!name.empty() && (name.back() == ')' || name.back() == ']')) {
    const size_t open = name.find_last_of("([");
    if (open != std::string_view::npos) name = name.substr(0, open);
  }
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  for (std::string_view extension : {".hwp", ".hwpx", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt",
                                     ".pptx", ".zip", ".jpg", ".jpeg", ".png"}) {
    if (ends_with(name, extension)) return true;
  }
  return false;
}

std::optional<size_t> find_end_mark(std::string_view line) {
  const std::string lower = ascii_lower(line);
  // Bracketed marks may follow the last word directly ("…Afghanistan.(End)").
  for (std::string_view mark : {"(end)", "(끝)", "<끝>", "-끝-", "- 끝 -", "/끝/", "[끝]"}) {
    if (ends_with(lower, mark)) return line.size() - mark.size();
  }
  // A bare "끝." must stand apart, so that no word ending in 끝 is cut.
  // A bare "끝." is the whole line or follows a finished sentence ("… 2매.  끝."), so that a
  // phrase ending in the noun 끝 ("오랜 논의 끝.") is not cut.
  if (ends_with(line, "끝.")) {
    const size_t at = line.size() - std::string_view("끝.").size();
    if (at == 0) return at;
    size_t before = at;
    while (before > 0 && line[before - 1] == ' ') --before;
    if (before < at && before > 0 && std::string_view(".)]>\"'").find(line[before - 1]) != std::string_view::npos) {
      return at;
    }
    if (before < at && before > 0 && (ends_with(line.substr(0, before), "”") || ends_with(line.substr(0, before), "’") ||
                                      ends_with(line.substr(0, before), "」") || ends_with(line.substr(0, before), "』"))) {
      return at;
    }
  }
  if (line == "끝") return 0;
  return std::nullopt;
}

}  // namespace dipsearch::release
