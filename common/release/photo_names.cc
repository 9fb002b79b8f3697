// Photo names that carry the release's name (see photo_names.h).
#include "common/release/photo_names.h"

#include "common/release/text_lines.h"

namespace dipsearch::release {
namespace {

// A headline has two words at least; a photo named "Photo 1" names nothing.
constexpr size_t kMinNameWords = 2;

// "Name 2" or "Name (2)" → "Name" when the counter is `count`; "" otherwise.
std::string_view name_before_counter(std::string_view text, size_t count) {
  const std::string number = std::to_string(count);
  for (const std::string& counter : {" " + number, " (" + number + ")"}) {
    if (text.size() > counter.size() && ends_with(text, counter)) return text.substr(0, text.size() - counter.size());
  }
  return {};
}

size_t next_non_blank(const PageLayout& page, size_t from) {
  while (from < page.size() && page[from].text.empty()) ++from;
  return from < page.size() ? from : kNoLine;
}

}  // namespace

std::optional<PhotoName> photo_name_at(const PageLayout& page, size_t line) {
  const std::string& text = page[line].text;
  for (std::string_view label : {"(Photo) ", "[Photo] ", "(사진) ", "[사진] "}) {
    if (!starts_with(text, label)) continue;
    // A label before a sentence ("(사진) 홍길동 장관이 발언하고 있다", "(Photo) The Minister
    // speaks.") is a caption saying what the photo shows, not the release's name.
    const std::string_view name = std::string_view(text).substr(label.size());
    if (count_words(name) < kMinNameWords || ends_like_a_sentence(name)) return std::nullopt;
    return PhotoName{std::string(name), line};
  }
  const std::string_view name = name_before_counter(text, 1);
  if (name.empty() || count_words(name) < kMinNameWords) return std::nullopt;
  size_t last = line;
  for (size_t count = 2;; ++count) {
    const size_t next = next_non_blank(page, last + 1);
    if (next == kNoLine || name_before_counter(page[next].text, count) != name) break;
    last = next;
  }
  if (last == line) return std::nullopt;
  return PhotoName{std::string(name), last};
}

}  // namespace dipsearch::release
