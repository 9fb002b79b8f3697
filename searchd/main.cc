// dipsearchd: start the server, stop it cleanly on SIGINT/SIGTERM.
#include <signal.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "common/schema.h"
#include "dipsearch/config.h"
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

  // Signals are taken by a dedicated thread, so stopping happens outside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
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
    std::thread stopper([&server, &signals] {
      int sig = 0;
      sigwait(&signals, &sig);
      server.stop();
    });
    server.listen();
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper if listen ended first
    stopper.join();
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "dipsearchd: " << e.what() << "\n";
    return 1;
  }
}
