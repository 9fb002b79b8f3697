// Tables of chrome lines seen on ministry, portal and news pages, matched on collapsed lines
// with ASCII case folded. Phrases, not single words, wherever a body could use the word.
#include "common/release/page_chrome.h"

#include <string>
#include <vector>

#include <unicode/uchar.h>

#include "common/release/list_markers.h"
#include "common/release/menu_lines.h"
#include "common/release/text_lines.h"
#include "common/release/text_notes.h"

namespace dipsearch::release {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <size_t N>
bool equals_any(std::string_view text, const std::string_view (&table)[N]) {
  for (std::string_view entry : table) {
    if (text == entry) return true;
  }
  return false;
}

template <size_t N>
bool contains_any(std::string_view text, const std::string_view (&table)[N]) {
  for (std::string_view entry : table) {
    if (text.find(entry) != std::string_view::npos) return true;
  }
  return false;
}

// Controls and section names that are chrome wherever they stand alone on a line.
constexpr std::string_view kControlLines[] = {
    "글자크기 조정", "글자 크기 조정", "글자크기 설정", "글씨 크기", "본문 글자 크기", "font size",
    "목록", "list", "print", "print print", "인쇄", "인쇄하기", "share", "share button", "공유", "공유하기",
    "기사 읽어주기", "다시듣기", "다시 듣기", "듣기", "음성으로 듣기",
    "top", "back to top", "go top", "go to top", "top of page", "맨위로", "맨 위로", "미리보기", "바로보기", "다운로드", "download", "facebook",
    "twitter", "kakaotalk", "카카오톡", "페이스북", "트위터", "url 복사", "링크 복사", "글자크기",
    "글자 크기", "advertisement", "[앵커]", "[기자]", "[리포트]", "[앵커멘트]", "[앵커 멘트]",
    "[녹취]", "[인터뷰]", "[현장음]", "앵커>", "기자>", "리포트>", "스크랩", "기사 스크랩", "좋아요", "더보기", "more",
    "close", "닫기", "폰트 확대", "폰트 축소", "글자 확대", "글자 축소", "프린트", "프린트하기",
    "오늘 그만 보기", "[오늘 그만 보기]", "오늘 하루 보지 않기", "오늘 하루 열지 않기", "don't show again today"};

// Lines that only name the site, its sections or its menu, seen above titles.
constexpr std::string_view kHeaderLines[] = {
    "skip navigation", "skip to content", "skip to main content", "countries information",
    "home", "kor", "eng", "english", "한국어", "korean", "press", "press releases",
    "press release", "press briefings", "ministry news", "speeches", "speeches & interviews",
    "news", "briefings", "main menu", "menu", "search", "검색", "로그인", "login", "sitemap",
    "사이트맵", "전체메뉴", "전체 메뉴", "메뉴", "검색창 열기", "검색 열기", "외교부",
    "ministry of foreign affairs", "보도자료", "외교부 브리핑", "뉴포커스", "브리핑룸",
    "콘텐츠 영역", "본문", "본문 영역", "정책브리핑", "화면크기", "rss", "x", "kakao",
    "youtube", "instagram", "blog", "블로그", "유튜브", "인스타그램", "screen size", "flag",
    "what's new", "what’s new", "main container", "menu content", "news release", "news releases",
    "release details", "release type", "release content", "statements", "statement", "remarks",
    "readouts", "press conferences", "press conference", "news and announcements", "media center",
    "media centre", "media release", "media releases", "transcripts", "department of state",
    "발표문", "뉴스", "공지사항", "알림", "소식", "안전공지", "뉴스·소식", "정책뉴스", "연설문",
    "advanced search", "open menu", "close menu"};

// Phrases of the official-site banner and skip links (header only: a body may mention them).
// The banner's own wording, not "누리집" alone, which a title may use ("누리집 개편 안내").
constexpr std::string_view kSkipLinkPhrases[] = {
    "바로가기", "skip to", "skip navigation", "go to contents", "go to content", "go to navigation",
    "content shortcut", "jump to content", "jump to navigation", "상세보기"};
constexpr std::string_view kBannerPhrases[] = {
    "website belongs to an official", "누리집은", "누리집입니다", "공식 누리집", "누리집 주소", "공식 전자정부", "전자정부 누리집", "go.kr 주소", "go.kr 도메인",
    "official website of", "an official website", "here's how you know", "here’s how you know",
    "websites use .gov", "websites use https", "secure .gov websites", "to the .gov website"};

// What a browser is told when scripts or cookies are off: about the browser, not the release.
constexpr std::string_view kBrowserNoticePhrases[] = {
    "자바스크립트를 활성화", "자바스크립트가 비활성", "자바스크립트를 사용", "javascript is disabled",
    "javascript is not enabled", "enable javascript", "javascript must be enabled", "javascript is required",
    "turn on javascript", "browser does not support javascript", "we use cookies", "this site uses cookies",
    "this website uses cookies", "support html5"};

// An outlet asking its readers to subscribe ("… 구독하기 · 알림 설정"), not a notice of it ("… 구독 신청 안내").
constexpr std::string_view kSubscribePhrases[] = {"구독신청", "구독 신청", "구독하기", "subscribe to our", "subscribe now"};
constexpr std::string_view kNoticeNouns[] = {"안내", "공지", "notice"};

// Archive notices: a site kept as a record, not edited any more.
constexpr std::string_view kArchivePhrases[] = {
    "archived content", "this page has been archived", "has been archived", "no longer being updated",
    "대통령기록물", "웹기록물", "presidential records"};

// Social networks, named in share buttons and social menus.
constexpr std::string_view kSocialWords[] = {
    "facebook", "twitter", "instagram", "instargram", "youtube", "kakaotalk", "kakao", "flickr",
    "linkedin", "blog", "weibo", "wechat", "페이스북", "트위터", "소셜미디어"};  // the last heads a social menu

// Language menus name languages in their own scripts.
constexpr std::string_view kLanguageNames[] = {
    "english", "한국어", "korean", "kor", "eng", "中文", "简体中文", "繁體中文", "日本語", "japanese",
    "español", "français", "русский", "عربي", "العربية", "deutsch", "tiếng việt", "vietnamese",
    "indonesian", "chinese", "french", "spanish", "russian", "arabic", "german", "português"};

constexpr std::string_view kImageExtensions[] = {
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".tif", ".tiff"};

// Footer openers: the line starts with one of these phrases.
constexpr std::string_view kFooterStarts[] = {
    "만족도 조사", "만족도조사", "콘텐츠 만족도", "이 페이지에서 제공하는 정보",
    "열람하신 정보에 대해", "이전글", "다음글", "이전 글", "다음 글", "이전기사", "다음기사",
    "이전다음기사", "previous post",
    "next post", "previous article", "next article", "related articles", "related news",
    "related headlines", "related stories", "related content", "unofficial translation",
    "* unofficial translation", "관련기사", "관련 기사",
    "관련뉴스", "관련 뉴스", "많이 본 뉴스", "가장 많이 본", "copyright (c)", "저작권자",
    "all rights reserved", "page last updated", "last updated", "date modified", "page details"};

// Footer headings that are whole lines (a count may follow: "댓글 3", "Comments (12)"). Single
// words like these can open a sentence of a release, so they never match as a prefix.
constexpr std::string_view kFooterLines[] = {
    "comments", "댓글", "copyright", "most viewed", "most read", "most popular", "follow us", "top stories",
    "privacy policy", "개인정보처리방침", "저작권정책", "이용약관"};

// Footer phrases found anywhere in a short line (copyright notices).
constexpr std::string_view kFooterPhrases[] = {
    "무단전재", "무단 전재", "재배포 금지", "재배포금지", "©", "ⓒ", "all rights reserved",
    "만족하십니까"};

constexpr size_t kMaxChromeWords = 12;

// An address on a line of its own, as news pages print a reporter's under the article and
// releases a press office's in the contact block.
bool is_email_line(std::string_view line) {
  const size_t at = line.find('@');
  return at != std::string_view::npos && at > 0 && line.find(' ') == std::string_view::npos &&
         line.find('.', at) != std::string_view::npos;
}

// "• 2 of 5 This is …", "3 of 5 RA 11313": a slideshow numbering its items. The counter is
// chrome only in a list item or before a few words; "2 of 3 respondents said …" is prose.
bool is_slide_counter(std::string_view line) {
  constexpr int kMaxSlides = 30;
  constexpr size_t kMaxUnmarkedWords = 8;
  bool had_marker = false;
  const std::string_view text = strip_list_marker(line, &had_marker);
  size_t pos = 0;
  const auto number = [&]() {
    int value = 0;
    const size_t start = pos;
    while (pos < text.size() && is_digit(text[pos]) && pos - start < 2) value = value * 10 + (text[pos++] - '0');
    return pos > start ? value : 0;
  };
  const int item = number();
  if (item == 0 || !starts_with(text.substr(pos), " of ")) return false;
  pos += 4;
  const int total = number();
  if (total == 0 || item > total || total > kMaxSlides || (pos < text.size() && text[pos] != ' ')) return false;
  return had_marker || count_words(text.substr(pos)) <= kMaxUnmarkedWords;
}

// A telephone number alone ("02 6277 7800", "+82-2-2100-7046", "(044) 200-2149"), as a media
// contact block prints it: digits, a few separators, nothing else. Nine digits at least, so
// that no date ("2018-06-21", eight) and no count is taken for one.
bool is_phone_number(std::string_view line) {
  constexpr size_t kMinDigits = 9;
  constexpr size_t kMaxDigits = 15;
  size_t digits = 0;
  for (char c : line) {
    if (is_digit(c)) {
      ++digits;
    } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= kMinDigits && digits <= kMaxDigits;
}

bool starts_at_home(std::string_view line) {
  return starts_with(line, "Home") || starts_with(line, "HOME") || starts_with(line, "홈");
}

// "Home > Press > Press Releases", "INTERNATIONAL > East Asia & Pacific", "Home / World / Asia",
// and a path saved without its separators, "HomeNewsDiplomatic News".
bool is_breadcrumb(std::string_view line) {
  for (std::string_view separator : {" > ", " › ", " » ", " ＞ ", " / "}) {
    if (line.find(separator) == std::string_view::npos) continue;
    size_t start = 0, parts = 0;
    bool all_short = true;
    while (start <= line.size()) {
      size_t end = line.find(separator, start);
      if (end == std::string_view::npos) end = line.size();
      if (count_words(line.substr(start, end - start)) > 5) all_short = false;
      ++parts;
      start = end + separator.size();
    }
    // A slash also joins names in headlines ("Korea/Japan"); as a path it starts at home.
    if (all_short && (separator != " / " || starts_at_home(line) || parts >= 3)) return true;
  }
  return starts_with(line, "Home") && line.size() > 4 && line[4] >= 'A' && line[4] <= 'Z';
}

// Lines of nothing but punctuation and symbols ("|", "-----", "▲").
bool has_no_letters_or_digits(std::string_view line) {
  size_t pos = 0;
  while (pos < line.size()) {
    if (u_isalnum(static_cast<UChar32>(next_code_point(line, pos)))) return false;
  }
  return true;
}

bool is_social_line(std::string_view lower, size_t words) {
  if (words > 12) return false;
  size_t social = 0;
  for (std::string_view word : split_words(lower)) {
    for (std::string_view network : kSocialWords) {
      if (word == network) ++social;
    }
  }
  if (social >= 2) return true;
  for (std::string_view network : kSocialWords) {
    if (social == 1 && ends_with(lower, network)) return true;
  }
  return false;
}

// Two or more language names as whole words ("عربي Español Русский"), or one alone.
bool is_language_menu(std::string_view lower, size_t words) {
  if (words > 10) return false;
  if (equals_any(lower, kLanguageNames)) return true;
  size_t named = 0;
  for (std::string_view word : split_words(lower)) {
    if (equals_any(word, kLanguageNames)) ++named;
  }
  if (lower.find("tiếng việt") != std::string_view::npos) ++named;
  return named >= 2 && named * 2 >= words;
}

// "22 MINUTE READ", "5 min read", "시계아이콘01분 04초 소요".
bool is_read_time(std::string_view lower, size_t words) {
  if (words > 6) return false;
  if (lower.find("minute read") != std::string_view::npos || lower.find("min read") != std::string_view::npos) return true;
  return lower.find("초 소요") != std::string_view::npos || lower.find("분 소요") != std::string_view::npos;
}

// Image names and alt texts: "p20150427.jpg", "1.13.(월).jpg 이미지입니다.", "태극기 이미지".
bool is_image_line(std::string_view lower, size_t words) {
  if (words > 8) return false;
  for (std::string_view extension : kImageExtensions) {
    const size_t at = lower.find(extension);
    if (at == std::string_view::npos) continue;
    const size_t after = at + extension.size();
    if (after == lower.size() || lower[after] == ' ' || lower[after] == ')' || lower[after] == '"') return true;
  }
  std::string_view trimmed = lower;
  if (ends_with(trimmed, ".")) trimmed.remove_suffix(1);
  for (std::string_view alt : {"이미지입니다", "이미지", "로고", " logo", "coat of arms", " emblem"}) {
    if (words <= 6 && ends_with(trimmed, alt)) return true;
  }
  return false;
}

// A caption whose credit follows its last sentence without brackets: "… during a ceremony in
// Seoul, Jan. 31. Yonhap". Only a news or photo agency's name counts as such a credit.
bool ends_with_bare_credit(std::string_view lower) {
  constexpr size_t kMinCaptionWords = 6;
  if (count_words(lower) < kMinCaptionWords) return false;
  for (std::string_view agency : {"yonhap", "afp", "reuters", "ap", "xinhua", "epa", "newsis", "news1",
                                  "getty images", "연합뉴스", "뉴시스", "뉴스1"}) {
    if (ends_with(lower, ". " + std::string(agency)) || ends_with(lower, "/" + std::string(agency))) return true;
  }
  return false;
}

// A caption whose credit follows a copyright sign: "… 정부청사에 들어서고 있다. 2021.04.07.ⓒ사진
// = 통신사", "… on Monday. © Photo Agency". A caption's sentence comes first; a footer's
// copyright line ("Copyright © 2021 …") has at most a word before the sign.
bool ends_with_copyright_credit(std::string_view lower) {
  constexpr size_t kMinCaptionWords = 6;
  constexpr size_t kMaxCreditWords = 4;
  for (std::string_view sign : {"ⓒ", "©"}) {
    const size_t at = lower.rfind(sign);
    if (at == std::string_view::npos) continue;
    const std::string_view credit = lower.substr(at + sign.size());
    return count_words(lower.substr(0, at)) >= kMinCaptionWords && count_words(credit) >= 1 &&
           count_words(credit) <= kMaxCreditWords;
  }
  return false;
}

// Where a credit in brackets ends `text` ("… (Yonhap)", "… (Photo: Ministry of Foreign
// Affairs)", "… (사진=외교부 제공)", "… 대변인. <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"):
// the offset of its opening bracket, npos when there is none. `text` is lower case, without
// trailing stops and spaces.
size_t bracketed_credit_at(std::string_view text) {
  constexpr size_t kMaxCreditWords = 6;
  if (text.empty()) return std::string_view::npos;
  const char close = text.back();
  const char opener = close == ')' ? '(' : close == '>' ? '<' : close == ']' ? '[' : '\0';
  if (opener == '\0') return std::string_view::npos;
  // The bracket that opens the credit, past any pair inside it ("(사진=저작권자(c) …)").
  size_t open = std::string_view::npos;
  for (size_t i = text.size() - 1, depth = 0; i-- > 0;) {
    if (text[i] == close) ++depth;
    if (text[i] != opener) continue;
    if (depth == 0) {
      open = i;
      break;
    }
    --depth;
  }
  if (open == std::string_view::npos) return open;
  if (close != ')') {
    // A credit in angle or square brackets follows a caption; alone, or after the reporter's
    // name, it is the copyright line that ends a news article.
    std::string_view before = text.substr(0, open);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty() || ends_with(before, "기자") || ends_with(before, "reporter")) return std::string_view::npos;
  }
  const std::string_view credit = text.substr(open + 1, text.size() - open - 2);
  if (count_words(credit) > kMaxCreditWords) return std::string_view::npos;
  // A reporter named after a briefing's question ("… 부탁드리겠습니다. (한빛통신 홍길동 기자)")
  // asked it: the question is prose, not a caption, whatever agency the reporter writes for.
  // A photo's credit names its reporter too ("<사진=홍길동기자>"): that is still a caption.
  const bool photo = credit.find("사진") != std::string_view::npos || credit.find("photo") != std::string_view::npos;
  for (std::string_view role : {"기자", "특파원", "reporter", "correspondent"}) {
    if (!photo && ends_with(credit, role)) return std::string_view::npos;
  }
  for (std::string_view word : {"photo", "사진", "yonhap", "연합뉴스", "뉴시스", "xinhua", "afp", "reuters", "getty",
                                "courtesy", "제공", "저작권자"}) {
    if (credit.find(word) != std::string_view::npos) return open;
  }
  return credit == "ap" ? open : std::string_view::npos;
}

std::string_view without_trailing_stops(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

// Photo captions start with "▲" or end with a credit (in brackets, bare, or after a
// copyright sign; a caption's copyright credit must not be taken for the footer's copyright
// line and end the body).
bool is_caption(std::string_view lower) {
  constexpr size_t kMaxMarkedCaptionWords = 20;
  // The mark Korean pages put before a caption; before prose it marks a speaker or a point.
  if (starts_with(lower, "▲")) return count_words(lower) <= kMaxMarkedCaptionWords && !ends_like_a_sentence(lower);
  const std::string_view text = without_trailing_stops(lower);
  if (text.empty()) return false;
  if (ends_with_bare_credit(text) || ends_with_copyright_credit(text)) return true;
  return bracketed_credit_at(text) != std::string_view::npos;
}

}  // namespace

std::string_view caption_without_credit(std::string_view line) {
  const std::string_view text = without_trailing_stops(line);
  const size_t at = bracketed_credit_at(ascii_lower(text));
  if (at == std::string_view::npos) return {};
  std::string_view caption = text.substr(0, at);
  while (!caption.empty() && caption.back() == ' ') caption.remove_suffix(1);
  return caption;
}

bool is_banner_close(std::string_view line) {
  constexpr size_t kMaxWords = 3;
  if (count_words(line) > kMaxWords) return false;
  const std::string lower = ascii_lower(line);
  for (std::string_view thing : {"배너", "팝업", "레이어", "광고", "banner", "popup", "pop-up"}) {
    if (starts_with(lower, thing) && ends_with(lower, "닫기")) return true;
    if (starts_with(lower, "close ") && ends_with(lower, thing)) return true;
  }
  return false;
}

namespace {

// "인쇄 목록", "print share", "폰트 확대 폰트 축소 프린트하기": controls side by side, each a
// word or a phrase of the table, and nothing else.
bool is_control_run(std::string_view lower) {
  constexpr size_t kMaxWords = 8;
  const std::vector<std::string_view> words = split_words(lower);
  if (words.size() < 2 || words.size() > kMaxWords) return false;
  size_t controls = 0;
  for (size_t at = 0; at < words.size(); ++controls) {
    // The longest control phrase starting at this word (tables hold phrases of up to 3 words).
    size_t taken = 0;
    std::string phrase;
    for (size_t n = 1; n <= 3 && at + n <= words.size(); ++n) {
      phrase += (n > 1 ? " " : "") + std::string(words[at + n - 1]);
      if (equals_any(phrase, kControlLines)) taken = n;
    }
    if (taken == 0) return false;
    at += taken;
  }
  return controls >= 2;
}

// A menu entry saved with the bar or arrow that separated it from the next ("Press Releases|",
// "> News"): the entry alone.
std::string_view without_separators(std::string_view text) {
  constexpr std::string_view kSeparators = " |>/";
  const size_t first = text.find_first_not_of(kSeparators);
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(kSeparators);
  return text.substr(first, last - first + 1);
}

// A broadcaster's or paper's name as its pages print it above the article: a Latin acronym and
// one Korean word for the kind of outlet ("KTV 국민방송", "YTN 뉴스", "ABC 통신").
bool is_outlet_name(std::string_view line) {
  constexpr size_t kMinAcronym = 2;
  constexpr size_t kMaxAcronym = 6;
  const std::vector<std::string_view> words = split_words(line);
  if (words.size() != 2 || words[0].size() < kMinAcronym || words[0].size() > kMaxAcronym) return false;
  for (char c : words[0]) {
    if (!((c >= 'A' && c <= 'Z') || is_digit(c))) return false;
  }
  for (std::string_view kind : {"방송", "뉴스", "통신", "일보", "신문", "닷컴", "미디어"}) {
    if (ends_with(words[1], kind)) return true;
  }
  return false;
}

// A site's greeting above everything else: "Welcome to …", "Willkommen auf den Seiten …",
// "Bienvenue sur le site …", "Bienvenido al portal …".
bool is_welcome_line(std::string_view lower) {
  for (std::string_view greeting : {"welcome to ", "willkommen auf ", "willkommen bei ", "bienvenue sur ",
                                    "bienvenue au ", "bienvenido a", "bienvenida a"}) {
    if (starts_with(lower, greeting)) return true;
  }
  return false;
}

}  // namespace

const char* chrome_kind_name(ChromeKind kind) {
  switch (kind) {
    case ChromeKind::kNone: return "text";
    case ChromeKind::kSkipLink: return "skip link";
    case ChromeKind::kSiteBanner: return "site banner";
    case ChromeKind::kArchiveNotice: return "archive notice";
    case ChromeKind::kMenu: return "menu";
    case ChromeKind::kSocial: return "social links";
    case ChromeKind::kBreadcrumb: return "breadcrumb";
    case ChromeKind::kControl: return "control";
    case ChromeKind::kReadTime: return "read-time badge";
    case ChromeKind::kImage: return "image or caption";
    case ChromeKind::kSymbols: return "symbols";
    case ChromeKind::kSlide: return "slideshow item";
    case ChromeKind::kContact: return "contact details";
  }
  return "?";
}

ChromeKind chrome_kind(std::string_view line) {
  if (line.empty()) return ChromeKind::kNone;
  const std::string lower = ascii_lower(line);
  const size_t words = count_words(line);
  if (has_no_letters_or_digits(line)) return ChromeKind::kSymbols;
  if (is_phone_number(line) || is_email_line(line)) return ChromeKind::kContact;
  if (is_slide_counter(line)) return ChromeKind::kSlide;
  if (equals_any(lower, kControlLines) || is_control_run(lower) || is_banner_close(line)) return ChromeKind::kControl;
  if (is_text_standing_note(line)) return ChromeKind::kControl;  // "E&OE", "As Prepared for Delivery"
  if (equals_any(lower, kHeaderLines) || equals_any(without_separators(lower), kHeaderLines)) return ChromeKind::kMenu;
  if (words <= 20 && contains_any(lower, kSkipLinkPhrases)) return ChromeKind::kSkipLink;
  if (words <= 25 && contains_any(lower, kBannerPhrases)) return ChromeKind::kSiteBanner;
  const bool subscribe_plug = contains_any(lower, kSubscribePhrases) && !contains_any(lower, kNoticeNouns);
  if (words <= 12 && (is_welcome_line(lower) || subscribe_plug)) return ChromeKind::kSiteBanner;
  if (words <= 30 && contains_any(lower, kBrowserNoticePhrases)) return ChromeKind::kSiteBanner;
  if (is_outlet_name(line)) return ChromeKind::kSiteBanner;
  if (contains_any(lower, kArchivePhrases) ||
      (lower.find("웹사이트는") != std::string::npos && lower.find("이관") != std::string::npos)) {
    return ChromeKind::kArchiveNotice;
  }
  if (is_read_time(lower, words)) return ChromeKind::kReadTime;
  if (is_social_line(lower, words)) return ChromeKind::kSocial;
  if (is_language_menu(lower, words)) return ChromeKind::kMenu;
  if (is_breadcrumb(line) || is_home_path(line)) return ChromeKind::kBreadcrumb;
  if (is_numbered_menu_line(line) || is_bar_menu_line(line)) return ChromeKind::kMenu;
  if (is_acronym_and_name(line)) return ChromeKind::kSiteBanner;
  if (is_image_line(lower, words) || is_caption(lower)) return ChromeKind::kImage;
  if (is_doubled(line)) return ChromeKind::kMenu;
  return ChromeKind::kNone;
}

namespace {

// The entries of a line split at runs of at least `min_run` spaces (or a tab), when every entry
// is short; 0 when one is not.
size_t count_short_entries(std::string_view raw_line, size_t min_run) {
  constexpr size_t kMaxEntryWords = 4;
  size_t start = 0;
  while (start < raw_line.size() && (raw_line[start] == ' ' || raw_line[start] == '\t')) ++start;
  size_t items = 1, pos = start;
  size_t item_start = start;
  bool short_items = true;
  while (pos < raw_line.size()) {
    if (raw_line[pos] != ' ' && raw_line[pos] != '\t') {
      ++pos;
      continue;
    }
    size_t run_end = pos;
    while (run_end < raw_line.size() && (raw_line[run_end] == ' ' || raw_line[run_end] == '\t')) ++run_end;
    const bool wide = run_end - pos >= min_run || raw_line[pos] == '\t';
    if (wide && run_end < raw_line.size()) {
      if (count_words(collapse_spaces(raw_line.substr(item_start, pos - item_start))) > kMaxEntryWords) {
        short_items = false;
      }
      ++items;
      item_start = run_end;
    }
    pos = run_end;
  }
  if (count_words(collapse_spaces(raw_line.substr(item_start))) > kMaxEntryWords) short_items = false;
  return short_items ? items : 0;
}

}  // namespace

bool is_spaced_menu_line(std::string_view raw_line) {
  // Two spaces also follow a full stop in typed prose, so a two-space menu needs more entries.
  constexpr size_t kMinWideEntries = 3;
  constexpr size_t kMinNarrowEntries = 4;
  // Without two blanks in a row or a tab there is one entry: no menu (and no copy to check).
  if (raw_line.find("  ") == std::string_view::npos && raw_line.find('\t') == std::string_view::npos) return false;
  if (ends_like_a_sentence(collapse_spaces(raw_line))) return false;
  return count_short_entries(raw_line, 3) >= kMinWideEntries || count_short_entries(raw_line, 2) >= kMinNarrowEntries;
}

bool is_header_chrome(std::string_view line) { return chrome_kind(line) != ChromeKind::kNone; }

bool is_body_chrome(std::string_view line) {
  const std::string lower = ascii_lower(line);
  return equals_any(lower, kControlLines) || (!line.empty() && has_no_letters_or_digits(line)) || is_email_line(line) ||
         is_phone_number(line) || (count_words(line) <= 30 && contains_any(lower, kBrowserNoticePhrases));
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
