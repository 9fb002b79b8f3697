// Leading list markers of release paragraphs ("•", "□", "ㅇ ", "o ", "- ", "1. "): layout, not
// words, so they are taken off before indexing and showing snippets.
#pragma once

#include <string_view>

namespace dipsearch::release {

// `line` (already collapsed) without its leading list markers, nested ones included
// ("□ 1. text" → "text"). A marker counts only where it cannot be the start of the text:
// symbol bullets always; "o", "ㅇ", "-", "–", "·" and "*" only before a space; paragraph
// numbers ("1. ", "12) ") only before a space and not before a digit, so "3. 21.(금)" and
// "-5%" keep their first character. "※" (a note sign that carries meaning) is kept.
// `had_marker` (optional) tells whether anything was removed.
std::string_view strip_list_marker(std::string_view line, bool* had_marker = nullptr);

}  // namespace dipsearch::release
