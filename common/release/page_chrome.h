// Page chrome of saved release pages: navigation, banners, buttons and footers that surround a
// release. Kept apart from the parser so a new site's chrome is a table row, not new logic.
#pragma once

#include <optional>
#include <string_view>

namespace dipsearch::release {

// What kind of page chrome a line is. Kinds are reported so that tests and the evaluation can
// say why a line was not taken for the headline.
enum class ChromeKind {
  kNone,
  kSkipLink,        // "본문 바로가기", "Skip to main content", "Go to Contents"
  kSiteBanner,      // the official-site banner, a site's tagline, "An official website of …"
  kArchiveNotice,   // "이 웹사이트는 … 대통령기록물입니다", "Archived content"
  kMenu,            // menu entries, section names, language menus, menu runs
  kSocial,          // "… facebook", "1. Ministry … instagram"
  kBreadcrumb,      // "Home > Press", "HOME 뉴스 국제"
  kControl,         // print, share, list, font size, "Back To Top", "As Prepared for Delivery"
  kReadTime,        // "22 MINUTE READ", "시계아이콘01분 04초 소요"
  kImage,           // image names, alt texts and photo captions: "태극기 이미지", "photo.jpg",
                    // "… at the ministry on Monday. (Yonhap)"
  kSymbols,         // nothing but punctuation and symbols
  kSlide,           // a slideshow's item counter: "• 2 of 5 …"
  kContact,         // a telephone number or an e-mail address alone: "02 6277 7800"
};

const char* chrome_kind_name(ChromeKind kind);

// The chrome kind of one collapsed line (kNone for text). Only trusted before the title: some
// patterns, such as a short numbered line or a line about the "누리집", could be text in a body.
ChromeKind chrome_kind(std::string_view line);

// A line of the page as saved, before spaces are collapsed: menu entries saved side by side
// are separated by runs of spaces ("Home page     Newsletter    Feedback"), or by two spaces
// when there are four entries or more ("대사관 안내  대사관 칼럼  대사관 활동  …").
bool is_spaced_menu_line(std::string_view raw_line);

// The button that closes a promotional banner or pop-up ("배너 닫기", "팝업 닫기", "Close banner"):
// a control, and the line right below it is the banner's own text.
bool is_banner_close(std::string_view line);

// The caption of a photo before its credit in brackets ("외교부, 회의 개최<사진=홍길동기자>" →
// "외교부, 회의 개최"; "… on Monday. (Yonhap)" → "… on Monday."); "" for any other line.
std::string_view caption_without_credit(std::string_view line);

// chrome_kind(line) != kNone.
bool is_header_chrome(std::string_view line);

// Chrome that may sit anywhere, even between paragraphs ("목록", "print PRINT", share buttons,
// "ADVERTISEMENT", a contact's e-mail address or telephone number): lines that are exactly such
// a control and nothing more.
bool is_body_chrome(std::string_view line);

// The first line of the footer: from here on nothing belongs to the release (satisfaction
// surveys, previous/next links, related headlines, copyright and comment widgets).
bool is_footer_start(std::string_view line);

// Attachment lines ("첨부: …", "붙임", "Attachment", "report.hwp (52KB)"): file names, not prose.
bool is_attachment_line(std::string_view line);

// Where the release's end mark ("(End)", "(끝)", "끝.", "- 끝 -") begins when `line` ends
// with one; everything from there on is not part of the release.
std::optional<size_t> find_end_mark(std::string_view line);

}  // namespace dipsearch::release
