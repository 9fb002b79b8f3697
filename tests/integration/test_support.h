// Helpers for integration tests: temporary directories, running the real programs with a
// time bound, and a real dipsearchd on a free loopback port that always stops.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace dipsearch::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;  // -1 when killed by the time bound or a signal
  std::string out;
  std::string err;
};

// Runs a program (no shell) and waits at most timeout_seconds, then kills it.
CommandResult run_command(const std::vector<std::string>& argv, int timeout_seconds = 120,
                          const std::vector<std::string>& extra_env = {});

// dipsearch-index with the given arguments.
CommandResult run_indexer(const std::vector<std::string>& args);

// A program running in the background, its stdout and stderr going to files (or stderr to
// a descriptor the test gives, such as a pseudo-terminal). Every wait is bounded; the
// destructor kills and reaps the process if it still runs.
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env = {},
                             int stderr_fd = -1);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  pid_t pid() const { return pid_; }
  // Until the process stops itself (SIGSTOP); false when it exited or the time ran out.
  bool wait_stopped(int timeout_seconds);
  // Until stderr contains `text`; false when the process exited first or the time ran out.
  bool wait_for_stderr(const std::string& text, int timeout_seconds);
  // The exit code; -1 when a signal ended it or the time ran out (then it is killed).
  int wait_exit(int timeout_seconds);
  // SIGKILL, then reap.
  void kill_now();
  void resume();  // SIGCONT after wait_stopped
  std::string out() const;
  std::string err() const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  bool reaped_ = false;
  int status_ = 0;
};

// dipsearch-index started in the background.
std::vector<std::string> indexer_argv(const std::vector<std::string>& args);

// A dipsearchd process serving `database` on 127.0.0.1 with a port the kernel picked.
// The destructor sends SIGTERM, waits a bounded time and kills it if need be.
class Daemon {
 public:
  explicit Daemon(const std::filesystem::path& database, const std::vector<std::string>& extra_args = {});
  ~Daemon();
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Signals the daemon and waits (bounded) for it to exit; its exit code, -1 when a signal
  // ended it or the time ran out (then it is killed).
  int stop_with(int signal_number, int timeout_seconds);
  httplib::Client client() const;
  // GET path, parse the body as JSON (fails the test when it is not JSON).
  nlohmann::json get_json(const std::string& path, int* status = nullptr) const;
  nlohmann::json post_json(const std::string& path, const std::string& body, int* status = nullptr) const;
  std::string stderr_text() const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// Sends raw bytes to the daemon and returns whatever it answers before closing or the
// time bound (for requests no client library would send).
std::string raw_exchange(int port, const std::string& request, int timeout_ms = 5000);

std::string url_encode(const std::string& s);

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

// Sources indexed into a temporary database and served by a real dipsearchd: what a test
// suite shares across its tests (create it in SetUpTestSuite). Fails the test when the
// indexer does not exit 0.
class ServedCorpus {
 public:
  explicit ServedCorpus(const std::vector<std::string>& sources);
  Daemon& daemon() { return *daemon_; }
  // The database, for a second daemon with other options.
  std::filesystem::path database() const { return dir_.path() / "db"; }

 private:
  TempDir dir_;
  std::unique_ptr<Daemon> daemon_;
};

// Writes a file, creating its directories.
void write_file(const std::filesystem::path& path, const std::string& content);

// A saved release page as the ministry's site prints it, for indexer tests.
std::string page(const std::string& title, const std::string& date, const std::string& body);

// Copies the bundled sample corpus into dir (so tests may change it) and returns that dir.
std::filesystem::path copy_sample(const std::filesystem::path& dir);

// Copies the bundled reference data the indexer reads (countries, officials, title terms)
// into dir/data (so tests may change it) and returns that directory.
std::filesystem::path copy_data(const std::filesystem::path& dir);

}  // namespace dipsearch::testing
