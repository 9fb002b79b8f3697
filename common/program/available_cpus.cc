// The CPU count under affinity and cgroup quotas (see available_cpus.h).
#include "common/program/available_cpus.h"

#include <sched.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

namespace dipsearch {
namespace {

std::string first_line(const std::string& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

// The cgroup (v2) this process is in, from /proc/self/cgroup's "0::/PATH" line.
std::string own_cgroup() {
  std::ifstream in("/proc/self/cgroup");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("0::", 0) == 0) return line.substr(3);
  }
  return "";
}

// The smallest quota on the way from this process's cgroup up to the root: a quota on a
// parent (a slice) binds its children too.
std::optional<unsigned> cgroup_quota_cpus() {
  std::optional<unsigned> smallest;
  const std::string cgroup = own_cgroup();
  if (cgroup.empty() || cgroup[0] != '/') return smallest;
  for (std::string dir = cgroup;; dir = dir.substr(0, dir.rfind('/'))) {
    if (auto cpus = cpus_of_cpu_max(first_line("/sys/fs/cgroup" + dir + "/cpu.max"))) {
      smallest = std::min(smallest.value_or(*cpus), *cpus);
    }
    if (dir.empty() || dir == "/") break;
  }
  return smallest;
}

}  // namespace

std::optional<unsigned> cpus_of_cpu_max(const std::string& line) {
  std::istringstream fields(line);
  long long quota = 0, period = 0;
  if (!(fields >> quota >> period) || quota <= 0 || period <= 0) return std::nullopt;  // "max …" too
  return static_cast<unsigned>(std::max<long long>(1, (quota + period - 1) / period));
}

unsigned available_cpus() {
  unsigned cpus = std::max(1u, std::thread::hardware_concurrency());
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) cpus = std::max(1, CPU_COUNT(&set));
  if (auto quota = cgroup_quota_cpus()) cpus = std::min(cpus, *quota);
  return cpus;
}

}  // namespace dipsearch
