#include "bench/api/process_memory.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace dipsearch::bench {

ProcessMemory process_memory(long pid) {
  ProcessMemory memory;
  if (pid <= 0) return memory;
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) memory.rss_kib = std::atol(line.c_str() + 6);
    if (line.rfind("VmHWM:", 0) == 0) memory.peak_kib = std::atol(line.c_str() + 6);
  }
  return memory;
}

}  // namespace dipsearch::bench
