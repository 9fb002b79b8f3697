// Notes on a text's standing that pages print on a line of their own: a transcript's
// disclaimer ("Joint transcript, E&OE") or a speech's delivery note ("As Prepared for
// Delivery –", "Check against delivery", "As delivered"). They label the text, never title it.
#pragma once

#include <string_view>

namespace dipsearch::release {

// Whether the collapsed line is such a note, alone or with a dash or brackets around it.
bool is_text_standing_note(std::string_view line);

}  // namespace dipsearch::release
