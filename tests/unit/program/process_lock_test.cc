// The run lock: one holder at a time, the holder named, released when its holder ends.
#include "common/program/process_lock.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include "../temp_dir.h"

namespace dipsearch {
namespace {

TEST(ProcessLock, ASecondHolderIsRefusedWithTheFirstNamed) {
  testing::TempDir dir;
  const auto file = dir.path() / "run.lock";
  {
    const ProcessLock first(file, "2026-12-01T00:00:00Z");
    try {
      const ProcessLock second(file, "later");
      FAIL() << "locked twice";
    } catch (const ProcessLockHeld& held) {
      EXPECT_EQ(held.holder.rfind("pid " + std::to_string(::getpid()) + " on ", 0), 0u) << held.holder;
      EXPECT_NE(held.holder.find("since 2026-12-01T00:00:00Z"), std::string::npos) << held.holder;
      EXPECT_FALSE(held.exited);  // this process is alive
    }
  }
  EXPECT_NO_THROW(ProcessLock(file, "again"));  // released with its holder
}

TEST(ProcessLock, AFileThatCannotBeOpenedIsAnError) {
  testing::TempDir dir;
  EXPECT_THROW(ProcessLock(dir.path() / "no" / "such" / "run.lock", "now"), std::runtime_error);
}

}  // namespace
}  // namespace dipsearch
