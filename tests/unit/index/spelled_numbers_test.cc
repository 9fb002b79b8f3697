// English numbers written in words, read as the digits a Korean version writes: one row each.
#include <gtest/gtest.h>

#include <string>

#include "common/index/spelled_numbers.h"

namespace dipsearch {
namespace {

struct Row {
  const char* text;  // the number word starts the text
  int value;         // 0: none
  size_t end;        // where the number ends (unused when none)
};

TEST(SpelledNumber, ReadsTenToNinetyNineInWords) {
  const Row rows[] = {
      {"ten years", 10, 3},
      {"Ten years", 10, 3},
      {"TWELVE", 12, 6},
      {"nineteen", 19, 8},
      {"twenty", 20, 6},
      {"Fifty-two member states", 52, 9},
      {"ninety-nine", 99, 11},
      {"twenty-first century", 21, 12},
      {"thirty-third", 33, 12},
      {"tenth anniversary", 10, 5},
      {"seventieth", 70, 10},
      {"forty-", 40, 5},          // a hyphen with no unit after it
      {"sixty-eleven", 60, 5},    // not a unit: the tens alone
      {"seventy-years", 70, 7},
      {"one", 0, 0},              // units alone say little (양 정상, 3국)
      {"three countries", 0, 0},
      {"first", 0, 0},
      {"second", 0, 0},
      {"tenure", 0, 0},           // starts like a number word, is none
      {"seventies", 0, 0},
      {"often", 0, 0},
      {"", 0, 0},
  };
  for (const Row& row : rows) {
    const SpelledNumber n = spelled_number_at(row.text, 0);
    EXPECT_EQ(n.value, row.value) << row.text;
    if (row.value) {
      EXPECT_EQ(n.end, row.end) << row.text;
    }
  }
}

TEST(SpelledNumber, ReadsFromTheGivenPlace) {
  const std::string text = "since the sixty-sixth session";
  const SpelledNumber n = spelled_number_at(text, text.find("sixty"));
  EXPECT_EQ(n.value, 66);
  EXPECT_EQ(text.substr(n.end), " session");
}

}  // namespace
}  // namespace dipsearch
