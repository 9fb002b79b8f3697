// dipsearchd as admins run it: a Unix socket for a reverse proxy, the reason a listen
// failed, log lines with time and level, the access log, and answers that repeat their
// status and never show where the server keeps its files.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "../unit/file_contents.h"
#include "raw_http.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// GET `path` over the Unix socket at `socket_path`, "Connection: close"; the whole answer.
std::string get_over_unix_socket(const fs::path& socket_path, const std::string& path) {
  const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return "";
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socket_path.c_str());
  timeval bound{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &bound, sizeof bound);
  std::string answer;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    const std::string request = "GET " + path + " HTTP/1.1\r\nHost: search.example.org\r\nConnection: close\r\n\r\n";
    if (write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
      char buf[4096];
      for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) answer.append(buf, static_cast<size_t>(n));
    }
  }
  close(fd);
  return answer;
}

// The file's text once it holds `text` (bounded: 30 s, for a loaded machine; it returns as soon
// as the text is there), else whatever it holds then.
std::string file_once_it_holds(const fs::path& file, const std::string& text) {
  std::string content;
  for (int i = 0; i < 1500; ++i) {
    content = file_contents(file);
    if (content.find(text) != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return content;
}

class AdminServing : public ::testing::Test {
 protected:
  void index_sample() {
    ASSERT_EQ(run_indexer({"--db", db.string(), "--quiet", DIPSEARCH_SAMPLE_DIR}).exit_code, 0);
  }
  std::vector<std::string> daemon_argv(const std::vector<std::string>& args) {
    std::vector<std::string> argv{DIPSEARCH_DAEMON_BIN, "--db", db.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
  }
  TempDir dir;
  fs::path db = dir.path() / "db";
};

TEST_F(AdminServing, ErrorBodiesRepeatTheirStatus) {
  index_sample();
  Daemon daemon(db);
  for (const auto& [path, status] : std::vector<std::pair<std::string, int>>{
           {"/api/search?per_page=0", 400}, {"/api/nothing", 404}, {"/api/documents/no-such-release", 404}}) {
    int got = 0;
    json body = daemon.get_json(path, &got);
    EXPECT_EQ(got, status) << path;
    EXPECT_EQ(body["error"]["status"], status) << path << " → " << body.dump();
  }
  int got = 0;
  json body = daemon.post_json("/api/health", "{}", &got);
  EXPECT_EQ(got, 405);
  EXPECT_EQ(body["error"]["status"], 405) << body.dump();
  // Refused by the connection layer, before any handler.
  size_t used = 0;
  auto refused = parse_response(
      raw_exchange(daemon.port(), "GET /api/health HTTP/1.1\r\n" + std::string(40000, 'X') + ": y\r\n\r\n"), used);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 431);
  EXPECT_EQ(json::parse(refused->body)["error"]["status"], 431) << refused->body;
}

TEST_F(AdminServing, AnswersNeverNameTheServersFolders) {
  const std::string folder = dir.path().string();
  Daemon daemon(db);
  int status = 0;
  json body = daemon.get_json("/api/search?q=Nepal", &status);
  EXPECT_EQ(status, 503);
  EXPECT_EQ(body["error"]["code"], "no_index");
  EXPECT_EQ(body.dump().find(folder), std::string::npos) << body.dump();
  EXPECT_EQ(daemon.get_json("/api/health").dump().find(folder), std::string::npos);
  // The log names the database in full, for the admin.
  EXPECT_NE(daemon.stderr_text().find("no index at " + db.string()), std::string::npos) << daemon.stderr_text();

  index_sample();
  // An admin's mistake: the stub names a generation that is not there. The client is told
  // which (relative to the database), not where the server keeps it.
  std::ofstream(db.string() + ".new") << "auto db.d/gen-000099\n";
  fs::rename(db.string() + ".new", db);
  body = daemon.get_json("/api/health", &status);
  EXPECT_EQ(status, 503);
  EXPECT_NE(body["error"]["message"].get<std::string>().find("db.d/gen-000099"), std::string::npos) << body.dump();
  EXPECT_EQ(body.dump().find(folder), std::string::npos) << body.dump();
  auto metrics = daemon.client().Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_EQ(metrics->body.find(folder), std::string::npos);
}

TEST_F(AdminServing, ServesOnAUnixSocketReplacingAStaleOneAndRemovingItAtExit) {
  index_sample();
  const fs::path socket_path = dir.path() / "http.sock";
  {  // A daemon killed outright leaves its socket file behind.
    const int stale = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socket_path.c_str());
    ASSERT_EQ(bind(stale, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    close(stale);
  }
  BackgroundProcess daemon(daemon_argv({"--socket", socket_path.string()}));
  ASSERT_TRUE(daemon.wait_for_stderr("serving " + db.string() + " on unix:" + socket_path.string(), 30)) << daemon.err();
  const std::string answer = get_over_unix_socket(socket_path, "/api/health");
  size_t used = 0;
  auto health = parse_response(answer, used);
  ASSERT_TRUE(health.has_value()) << answer;
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["documents"], 72);
  struct stat st {};
  ASSERT_EQ(stat(socket_path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0660u);

  // A second daemon on the same socket is refused, and the first keeps it.
  CommandResult second = run_command(daemon_argv({"--socket", socket_path.string()}), 30);
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("cannot listen on unix:" + socket_path.string() + ": another process is listening on it"),
            std::string::npos)
      << second.err;
  EXPECT_NE(get_over_unix_socket(socket_path, "/api/health").find(" 200 "), std::string::npos);

  kill(daemon.pid(), SIGTERM);
  EXPECT_EQ(daemon.wait_exit(30), 0) << daemon.err();
  EXPECT_FALSE(fs::exists(fs::symlink_status(socket_path)));
}

TEST_F(AdminServing, AFileInTheSocketsPlaceIsLeftAloneAndNamed) {
  const fs::path socket_path = dir.path() / "http.sock";
  std::ofstream(socket_path) << "notes\n";
  CommandResult r = run_command(daemon_argv({"--socket", socket_path.string()}), 30);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot listen on unix:" + socket_path.string() + ": the file exists and is not a socket"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(file_contents(socket_path), "notes\n");
}

TEST_F(AdminServing, CannotListenSaysWhy) {
  Daemon first(db);
  CommandResult r =
      run_command(daemon_argv({"--host", "127.0.0.1", "--port", std::to_string(first.port())}), 30);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error dipsearchd: cannot listen on 127.0.0.1:" + std::to_string(first.port()) +
                       ": Address already in use"),
            std::string::npos)
      << r.err;
}

TEST_F(AdminServing, AccessLogHasALinePerRequestWithoutTheQueryString) {
  index_sample();
  const fs::path access_log = dir.path() / "access.log";
  Daemon daemon(db, {"--access-log", access_log.string()});
  ASSERT_TRUE(daemon.client().Get("/api/search?q=confidential+words"));
  ASSERT_TRUE(daemon.client().Get("/api/nothing"));
  // Each request may come on its own connection and thread, so the two lines can be written
  // in either order: wait for both.
  file_once_it_holds(access_log, " GET /api/search 200 ");
  const std::string lines = file_once_it_holds(access_log, " GET /api/nothing 404 ");
  EXPECT_TRUE(std::regex_search(
      lines, std::regex(R"((^|\n)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 127\.0\.0\.1 GET /api/search 200 [1-9]\d* \d+\.\d{3}\n)")))
      << lines;
  EXPECT_NE(lines.find(" GET /api/nothing 404 "), std::string::npos) << lines;
  EXPECT_EQ(lines.find("confidential"), std::string::npos) << lines;

  // logrotate moves the file, then sends SIGHUP: the next lines go to a new file.
  fs::rename(access_log, dir.path() / "access.log.1");
  kill(daemon.pid(), SIGHUP);
  for (int i = 0; i < 1500 && daemon.stderr_text().find("SIGHUP: the access log reopened") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(fs::exists(access_log)) << daemon.stderr_text();
  ASSERT_TRUE(daemon.client().Get("/api/health"));
  EXPECT_NE(file_once_it_holds(access_log, " GET /api/health 200 ").find(" GET /api/health 200 "), std::string::npos);
  EXPECT_EQ(daemon.stop_with(SIGTERM, 10), 0);
  EXPECT_NE(daemon.stderr_text().find("info dipsearchd: stopped"), std::string::npos) << daemon.stderr_text();
}

TEST_F(AdminServing, LogLevelWarningLeavesOutInfoLines) {
  index_sample();
  Daemon quiet(db, {"--log-level", "warning"});
  ASSERT_TRUE(quiet.client().Get("/api/health"));
  EXPECT_EQ(quiet.stop_with(SIGTERM, 10), 0);
  EXPECT_EQ(quiet.stderr_text().find("serving"), std::string::npos) << quiet.stderr_text();
  Daemon usual(db);
  EXPECT_TRUE(std::regex_search(usual.stderr_text(), std::regex(R"(Z info dipsearchd: dipsearchd \S+ serving )")))
      << usual.stderr_text();
  CommandResult r = run_command(daemon_argv({"--log-level", "debug"}), 30);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--log-level takes error, warning or info, not 'debug'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dipsearch::testing
