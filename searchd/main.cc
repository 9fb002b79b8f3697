// dipsearchd: start the server, stop it promptly on SIGINT/SIGTERM, ignore SIGHUP.
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

  try {
    Server server(options);
    int port = server.bind();
    if (!options.port_file.empty()) {
      std::ofstream(options.port_file) << port << "\n";
    }
    std::cerr << "dipsearchd: serving " << options.database.string() << " on http://" << options.host
              << ":" << port << "/\n";
    log_index_health(server.databases());
    std::atomic<bool> listening{true};
    std::thread stopper([&server, &signals, &listening] {
      int sig = 0;
      // A terminal closing or a habit of `systemctl reload`: nothing to reopen (the index
      // is picked up by itself, logs go to stderr), so SIGHUP must not stop the service.
      while (sigwait(&signals, &sig) == 0 && sig == SIGHUP) {
        log_line("SIGHUP ignored: the index is picked up without it; restart to change options");
      }
      if (listening) log_line(std::string("stopping (SIG") + sigabbrev_np(sig) + ")");
      server.stop();
    });
    server.listen();
    listening = false;
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper if listen ended first
    stopper.join();
    log_line("stopped");
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "dipsearchd: " << e.what() << "\n";
    return 1;
  }
}
