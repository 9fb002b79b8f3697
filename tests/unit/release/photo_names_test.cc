// Photo names that carry the release's name: a "(Photo)" label, a counted series, and lines
// that only look like one.
#include "common/release/photo_names.h"

#include <gtest/gtest.h>

namespace dipsearch::release {
namespace {

struct PhotoRow {
  const char* name;
  const char* page;
  const char* photo_name;  // nullptr: line 0 names no photo
  size_t last_line;
};

void PrintTo(const PhotoRow& row, std::ostream* os) { *os << row.name; }

class PhotoNames : public ::testing::TestWithParam<PhotoRow> {};

TEST_P(PhotoNames, ReadsTheNameAndWhereItEnds) {
  const PhotoRow& row = GetParam();
  const PageLayout page(row.page);
  const auto found = photo_name_at(page, 0);
  if (row.photo_name == nullptr) {
    EXPECT_FALSE(found.has_value()) << found->name;
    return;
  }
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name, row.photo_name);
  EXPECT_EQ(found->last_line, row.last_line);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, PhotoNames,
    ::testing::Values(
        PhotoRow{"photo_label", "(Photo) Fisheries Ministers’ Meeting\nThe text.\n", "Fisheries Ministers’ Meeting", 0},
        PhotoRow{"korean_photo_label", "(사진) 어업장관 회담\n본문.\n", "어업장관 회담", 0},
        PhotoRow{"series_with_blank_lines", "Fisheries Ministers’ Meeting 1\n\nFisheries Ministers’ Meeting 2\nThe text.\n",
                 "Fisheries Ministers’ Meeting", 2},
        PhotoRow{"series_in_brackets", "Fisheries Meeting (1)\nFisheries Meeting (2)\nFisheries Meeting (3)\n",
                 "Fisheries Meeting", 2},
        // A line ending in 1 with no second photo is a line ("Pier 1 reopens on Gate 1").
        PhotoRow{"counter_without_series", "Northern Pier Gate 1\nThe pier reopens.\n", nullptr, 0},
        // The series must count up from 1 under the same words.
        PhotoRow{"different_words", "Northern Pier 1\nSouthern Pier 2\n", nullptr, 0},
        PhotoRow{"starts_at_two", "Northern Pier Gate 2\nNorthern Pier Gate 3\n", nullptr, 0},
        // One word names no release ("Photo 1", "Photo 2").
        PhotoRow{"one_word_names_nothing", "Photo 1\nPhoto 2\n", nullptr, 0},
        PhotoRow{"label_with_one_word", "(Photo) Minister\n", nullptr, 0},
        // A label before a caption's sentence names what the photo shows, not the release.
        PhotoRow{"korean_caption_in_plain_form", "(사진) 홍길동 장관이 발언하고 있다\n본문.\n", nullptr, 0},
        PhotoRow{"korean_caption_in_past_form", "[사진] 홍길동 장관이 어장을 방문했다\n본문.\n", nullptr, 0},
        PhotoRow{"caption_with_a_stop", "(Photo) Minister Doe greets the delegation.\n", nullptr, 0},
        // A name with a date closed by a stop is still a name ("회담(11.8.)").
        PhotoRow{"korean_name_with_dotted_date", "(사진) 어업장관 회담(11.8.)\n본문.\n", "어업장관 회담(11.8.)", 0}));

}  // namespace
}  // namespace dipsearch::release
