// Raw deflate for large value slots: round trips, and what a damaged value reads as.
#include "common/index/deflated_value.h"

#include <gtest/gtest.h>

namespace dipsearch {
namespace {

std::string repetitive_text() {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "consultations,cooperation," + std::to_string(i) + ",";
  return text;
}

TEST(DeflatedValue, RoundTripsAndShrinksRepetitiveText) {
  const std::string text = repetitive_text();
  const std::string packed = deflated(text);
  EXPECT_LT(packed.size(), text.size() / 3);
  EXPECT_EQ(inflated(packed, text.size()), text);
  EXPECT_EQ(inflated(deflated(""), 0), "");
  // The stream is set up once per thread: a second text comes back as itself too.
  EXPECT_EQ(inflated(deflated("d0609|n75,9"), 100), "d0609|n75,9");
}

TEST(DeflatedValue, RefusesCutDamagedAndOverlongData) {
  const std::string text = repetitive_text();
  const std::string packed = deflated(text);
  EXPECT_FALSE(inflated(packed.substr(0, packed.size() / 2), text.size()).has_value());
  EXPECT_FALSE(inflated(packed + "x", text.size()).has_value());
  EXPECT_FALSE(inflated(std::string(40, '\xff'), text.size()).has_value());
  EXPECT_FALSE(inflated(packed, text.size() - 1).has_value());
}

}  // namespace
}  // namespace dipsearch
