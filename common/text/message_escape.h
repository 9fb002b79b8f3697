// Text from outside (file names above all) made safe to print in a log line or a report: a
// file name may hold a line break that forges a log line, terminal control codes, or bytes
// that are not UTF-8, which a JSON report would have to drop.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::text {

// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, bidirectional
// controls and bytes that are not UTF-8 become \xNN, byte by byte, and a backslash becomes
// \\, so the result is printable UTF-8 on one line and the bytes can be recovered exactly:
// "a\nb" → "a\x0Ab", "caf\xE9" → "caf\xE9" (as text), "C:\x" → "C:\\x".
std::string escape_path(std::string_view bytes);

// The same for a message that quotes input, leaving backslashes as they are (a message need
// not round-trip; a JSON error's "\u0000" reads better unchanged).
std::string escape_message(std::string_view text);

}  // namespace dipsearch::text
