// The CPU count honours the affinity mask and reads cgroup v2 quotas.
#include "common/program/available_cpus.h"

#include <gtest/gtest.h>

#include <sched.h>

namespace dipsearch {
namespace {

TEST(AvailableCpus, CpuMaxLinesRoundUpAndMaxMeansNoQuota) {
  EXPECT_EQ(cpus_of_cpu_max("100000 100000"), 1u);
  EXPECT_EQ(cpus_of_cpu_max("150000 100000"), 2u);  // 1.5 CPUs: two threads keep it busy
  EXPECT_EQ(cpus_of_cpu_max("20000 100000"), 1u);
  EXPECT_EQ(cpus_of_cpu_max("max 100000"), std::nullopt);
  EXPECT_EQ(cpus_of_cpu_max(""), std::nullopt);
  EXPECT_EQ(cpus_of_cpu_max("-1 100000"), std::nullopt);
}

TEST(AvailableCpus, NoMoreThanTheAffinityMaskAllows) {
  cpu_set_t saved;
  ASSERT_EQ(sched_getaffinity(0, sizeof saved, &saved), 0);
  cpu_set_t one;
  CPU_ZERO(&one);
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &saved)) {
      CPU_SET(cpu, &one);
      break;
    }
  }
  ASSERT_EQ(sched_setaffinity(0, sizeof one, &one), 0);
  const unsigned under_one = available_cpus();
  ASSERT_EQ(sched_setaffinity(0, sizeof saved, &saved), 0);
  EXPECT_EQ(under_one, 1u);
  EXPECT_LE(available_cpus(), static_cast<unsigned>(CPU_COUNT(&saved)));
  EXPECT_GE(available_cpus(), 1u);
}

}  // namespace
}  // namespace dipsearch
