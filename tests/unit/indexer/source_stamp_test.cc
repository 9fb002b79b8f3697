// Source stamps: what moves them, and files too recently modified to get one.
#include <gtest/gtest.h>

#include "common/schema.h"
#include "indexer/source_stamp.h"

namespace dipsearch::indexer {
namespace {

using Clock = std::chrono::system_clock;

struct stat status_of(off_t size, time_t seconds, long nanoseconds, ino_t inode) {
  struct stat status {};
  status.st_size = size;
  status.st_mtim = {seconds, nanoseconds};
  status.st_ino = inode;
  return status;
}

const Clock::time_point kScan = Clock::from_time_t(1700000000);

TEST(SourceStamp, SizeNanosecondTimeAndInodeInDecimal) {
  EXPECT_EQ(source_stamp(status_of(4211, 1600000000, 123456789, 5243117), kScan),
            "4211 1600000000123456789 5243117");
}

TEST(SourceStamp, EachPartMovesIt) {
  const std::string base = source_stamp(status_of(10, 1600000000, 5, 7), kScan);
  EXPECT_NE(source_stamp(status_of(11, 1600000000, 5, 7), kScan), base);
  EXPECT_NE(source_stamp(status_of(10, 1600000000, 6, 7), kScan), base);
  EXPECT_NE(source_stamp(status_of(10, 1600000000, 5, 8), kScan), base);
  EXPECT_EQ(source_stamp(status_of(10, 1600000000, 5, 7), kScan + std::chrono::hours(1)), base);
}

TEST(SourceStamp, NoneForAFileModifiedJustBeforeTheScanOrAfter) {
  const time_t scan = Clock::to_time_t(kScan);
  EXPECT_FALSE(source_stamp(status_of(10, scan - 3, 0, 7), kScan).empty());
  EXPECT_TRUE(source_stamp(status_of(10, scan - 1, 0, 7), kScan).empty());
  EXPECT_TRUE(source_stamp(status_of(10, scan + 60, 0, 7), kScan).empty());
}

TEST(SourceStamp, SetSourceWritesPathAndStampAndClearsAnEmptyStamp) {
  Xapian::Document doc;
  set_source(doc, "/srv/a.txt", "1 2 3");
  EXPECT_EQ(doc.get_value(schema::kSourceSlot), "/srv/a.txt");
  EXPECT_EQ(doc.get_value(schema::kSourceStampSlot), "1 2 3");
  set_source(doc, "/srv/b.txt", "");
  EXPECT_EQ(doc.get_value(schema::kSourceSlot), "/srv/b.txt");
  EXPECT_EQ(doc.values_count(), 1u);
}

}  // namespace
}  // namespace dipsearch::indexer
