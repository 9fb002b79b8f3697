// Memory of another process as the kernel reports it (/proc/PID/status), in KiB.
#pragma once

namespace dipsearch::bench {

struct ProcessMemory {
  long rss_kib = 0;   // VmRSS: resident now
  long peak_kib = 0;  // VmHWM: the most ever resident
};

// Zeros when the process is gone or pid is 0.
ProcessMemory process_memory(long pid);

}  // namespace dipsearch::bench
