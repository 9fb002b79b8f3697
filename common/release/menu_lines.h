// Lines that only list a site's menu or name the site: numbered menus, home paths saved
// without their separators, link text printed twice, an organization's acronym with its name.
// Part of page chrome (page_chrome.h), kept apart because each reads a line's shape, not words.
#pragma once

#include <string_view>

namespace dipsearch::release {

// "1. HOME", "2. Press Releases", or a whole menu on one line ("1. 화면크기 2. 국가상징 …").
bool is_numbered_menu_line(std::string_view line);

// Menu entries side by side with bars between: "메인으로 | 전체기사 | 지난호 | 외교부", "About |
// Contact | Sitemap". Three entries or more, each a name of a few words without digits (a
// metadata line, "작성일 2025-03-21 | 조회수 1372 | 외교부", has numbers; a table's row,
// "국가 | 페루, 칠레 | ||", bars at its ends).
bool is_bar_menu_line(std::string_view line);

// A navigation path or a whole menu saved without separators: "HOME 뉴스 국제", "Home page
// Newsletter Feedback", "Home Issues & Press Travel & Business Countries Careers About Video".
bool is_home_path(std::string_view line);

// Link text printed twice, as an image's alt text beside its caption ("Public Diplomacy Public
// Diplomacy", "로고통일부 로고"): the same words twice, spaces and slashes aside.
bool is_doubled(std::string_view line);

// The site's name as an acronym and what it stands for: "NATO - North Atlantic Treaty
// Organization", "Association of Southeast Asian Nations (ASEAN)". Headlines say what happened.
bool is_acronym_and_name(std::string_view line);

}  // namespace dipsearch::release
