#include "common/release/text_notes.h"

#include <string>

#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

// A speech's note on how its text relates to the words spoken, in lower case.
constexpr std::string_view kDeliveryNotes[] = {
    "as prepared for delivery", "as prepared", "prepared for delivery", "check against delivery",
    "check against the delivery", "check against delivery only", "as delivered",
    "text as prepared for delivery", "remarks as prepared for delivery", "speech as prepared for delivery",
    "embargoed until delivery", "please check against delivery"};

// The note without the dashes, colons, stars and brackets pages set around it.
std::string_view bare_note(std::string_view lower) {
  constexpr std::string_view kMarks[] = {" ", "-", "–", "—", ":", "*", "(", ")", "[", "]", "<", ">", "."};
  for (bool trimmed = true; trimmed && !lower.empty();) {
    trimmed = false;
    for (std::string_view mark : kMarks) {
      if (starts_with(lower, mark)) {
        lower.remove_prefix(mark.size());
        trimmed = true;
      }
      if (ends_with(lower, mark)) {
        lower.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  return lower;
}

}  // namespace

bool is_text_standing_note(std::string_view line) {
  // "e&oe": errors and omissions excepted, a transcript's disclaimer among a few words.
  constexpr size_t kMaxDisclaimerWords = 4;
  const std::string lower = ascii_lower(line);
  if (count_words(line) <= kMaxDisclaimerWords && lower.find("e&oe") != std::string::npos) return true;
  const std::string_view note = bare_note(lower);
  for (std::string_view entry : kDeliveryNotes) {
    if (note == entry) return true;
  }
  return false;
}

}  // namespace dipsearch::release
