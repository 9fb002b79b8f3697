// dipsearchd: start the server, stop it promptly on SIGINT/SIGTERM, reopen the access log on
// SIGHUP.
#include <malloc.h>
#include <signal.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <iostream>
#include <thread>

#include "common/schema.h"
#include "dipsearch/config.h"
#include "searchd/log.h"
#include "searchd/index_health.h"
#include "searchd/options.h"
#include "searchd/server.h"

int main(int argc, char** argv) {
  using namespace dipsearch::searchd;
  Options options;
  try {
    switch (parse_options(argc, argv, options)) {
      case Action::kHelp: std::cout << help_text(); return 0;
      case Action::kVersion:
        std::cout << "dipsearchd " << DIPSEARCH_VERSION << " (schema version " << dipsearch::schema::kSchemaVersion
                  << ")\n";
        return 0;
      case Action::kServe: break;
    }
  } catch (const UsageError& e) {
    std::cerr << "dipsearchd: " << e.what() << "\nTry 'dipsearchd --help'.\n";
    return 2;
  }

  // Buffers of large requests and answers (a megabyte of JSON, a batch of export rows) are
  // mapped for themselves and unmapped when freed. glibc's default threshold grows with the
  // largest block freed so far, after which such buffers stay in the workers' arenas and
  // the daemon's memory stays at its high-water mark.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);

  // Signals are taken by a dedicated thread, so stopping happens outside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  set_log_level(options.log_level);
  try {
    Server server(options);
    const std::string address = server.bind();
    if (!options.port_file.empty() && options.unix_socket.empty()) {
      std::ofstream(options.port_file) << server.port() << "\n";
    }
    log_line(LogLevel::kInfo, "dipsearchd " DIPSEARCH_VERSION " serving " + options.database.string() + " on " + address);
    log_index_health(server.databases());
    std::atomic<bool> listening{true};
    std::thread stopper([&server, &signals, &listening] {
      int sig = 0;
      // A terminal closing, logrotate or a habit of `systemctl reload`: SIGHUP must not stop
      // the service. The index is picked up by itself; the access log is reopened.
      while (sigwait(&signals, &sig) == 0 && sig == SIGHUP) {
        try {
          log_line(LogLevel::kInfo, std::string("SIGHUP: ") +
                                        (server.reopen_logs() ? "the access log reopened" : "no access log to reopen") +
                                        "; the index is picked up without it; restart to change options");
        } catch (const std::exception& e) {
          log_line(LogLevel::kError, std::string("SIGHUP: ") + e.what() + "; still writing to the old file");
        }
      }
      if (listening) log_line(LogLevel::kInfo, std::string("stopping (SIG") + sigabbrev_np(sig) + ")");
      server.stop();
    });
    server.listen();
    listening = false;
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper if listen ended first
    stopper.join();
    log_line(LogLevel::kInfo, "stopped");
    return 0;
  } catch (const std::exception& e) {
    log_line(LogLevel::kError, e.what());
    return 1;
  }
}
