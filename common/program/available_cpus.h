// How many CPUs this process may really use: the ones its affinity mask allows (taskset,
// systemd's CPUAffinity=), fewer still under a cgroup CPU quota (CPUQuota=, a container's
// --cpus). std::thread::hardware_concurrency() counts the machine's, ignoring both.
#pragma once

#include <optional>
#include <string>

namespace dipsearch {

// At least 1.
unsigned available_cpus();

// The CPUs a cgroup v2 "cpu.max" line ("QUOTA PERIOD", or "max PERIOD") allows, rounded
// up; nullopt for no quota or a line that cannot be read.
std::optional<unsigned> cpus_of_cpu_max(const std::string& line);

}  // namespace dipsearch
