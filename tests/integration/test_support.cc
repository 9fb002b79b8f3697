// Process and server helpers for integration tests (see test_support.h).
#include "test_support.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

#include "common/text/escape.h"

extern char** environ;

namespace dipsearch::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "dipsearch-it-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

namespace {

pid_t spawn(const std::vector<std::string>& argv, int out_fd, int err_fd,
            const std::vector<std::string>& extra_env) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
  for (const auto& e : extra_env) env_strings.push_back(e);
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    std::vector<char*> args, envp;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    for (const auto& e : env_strings) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    execve(args[0], args.data(), envp.data());
    _exit(127);
  }
  return pid;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& extra_env) {
  TempDir dir;
  fs::path out_path = dir.path() / "out", err_path = dir.path() / "err";
  int out_fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = spawn(argv, out_fd, err_fd, extra_env);
  close(out_fd);
  close(err_fd);
  CommandResult result;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      ADD_FAILURE() << argv[0] << " did not finish within " << timeout_seconds << " s";
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  return result;
}

CommandResult run_indexer(const std::vector<std::string>& args) {
  std::vector<std::string> argv{DIPSEARCH_INDEX_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv);
}

std::vector<std::string> indexer_argv(const std::vector<std::string>& args) {
  std::vector<std::string> argv{DIPSEARCH_INDEX_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env,
                                     int stderr_fd) {
  int out_fd = open((dir_.path() / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = stderr_fd >= 0 ? stderr_fd : open((dir_.path() / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_ = spawn(argv, out_fd, err_fd, extra_env);
  close(out_fd);
  if (stderr_fd < 0) close(err_fd);
}

BackgroundProcess::~BackgroundProcess() {
  if (!reaped_) kill_now();
}

bool BackgroundProcess::wait_stopped(int timeout_seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (!reaped_ && std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    pid_t got = waitpid(pid_, &status, WNOHANG | WUNTRACED);
    if (got == pid_ && WIFSTOPPED(status)) return true;
    if (got == pid_) {
      reaped_ = true;
      status_ = status;
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

bool BackgroundProcess::wait_for_stderr(const std::string& text, int timeout_seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (err().find(text) != std::string::npos) return true;
    int status = 0;
    if (!reaped_ && waitpid(pid_, &status, WNOHANG) == pid_) {
      reaped_ = true;
      status_ = status;
    }
    if (reaped_) return err().find(text) != std::string::npos;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

int BackgroundProcess::wait_exit(int timeout_seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (!reaped_) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      reaped_ = true;
      status_ = status;
      break;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ADD_FAILURE() << "process " << pid_ << " did not exit within " << timeout_seconds << " s";
      kill_now();
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
}

void BackgroundProcess::kill_now() {
  if (reaped_) return;
  kill(-pid_, SIGKILL);
  kill(pid_, SIGKILL);
  waitpid(pid_, &status_, 0);
  reaped_ = true;
}

void BackgroundProcess::resume() { kill(pid_, SIGCONT); }

std::string BackgroundProcess::out() const { return slurp(dir_.path() / "out"); }

std::string BackgroundProcess::err() const { return slurp(dir_.path() / "err"); }

Daemon::Daemon(const fs::path& database, const std::vector<std::string>& extra_args) {
  // A server may close a connection while a test still sends (e.g. on 413): that must fail
  // the request, not kill the test process.
  signal(SIGPIPE, SIG_IGN);
  fs::path port_file = dir_.path() / "port";
  std::vector<std::string> argv{DIPSEARCH_DAEMON_BIN, "--host", "127.0.0.1", "--port", "0",
                                "--db", database.string(), "--port-file", port_file.string(),
                                "--threads", "4"};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  int out_fd = open((dir_.path() / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = open((dir_.path() / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_ = spawn(argv, out_fd, err_fd, {});
  close(out_fd);
  close(err_fd);
  // Ready when the port file is written and the port answers (bounded: 20 s).
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("dipsearchd exited at start: " + stderr_text());
    }
    std::ifstream in(port_file);
    int port = 0;
    if (in >> port && port > 0) {
      httplib::Client c("127.0.0.1", port);
      c.set_connection_timeout(1);
      if (auto res = c.Get("/api/health")) {
        port_ = port;
        return;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("dipsearchd did not become ready within 20 s: " + stderr_text());
}

Daemon::~Daemon() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  for (int i = 0; i < 500; ++i) {  // up to 5 s for a clean stop
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(-pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
}

int Daemon::stop_with(int signal_number, int timeout_seconds) {
  kill(pid_, signal_number);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (waitpid(pid_, &status, WNOHANG) != pid_) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

httplib::Client Daemon::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_connection_timeout(5);
  c.set_read_timeout(30);
  return c;
}

std::string Daemon::stderr_text() const { return slurp(dir_.path() / "err"); }

namespace {

nlohmann::json parse_body(const httplib::Result& res, const std::string& what, int* status) {
  if (!res) {
    ADD_FAILURE() << what << ": no response (" << httplib::to_string(res.error()) << ")";
    return nullptr;
  }
  if (status != nullptr) *status = res->status;
  auto j = nlohmann::json::parse(res->body, nullptr, false);
  if (j.is_discarded()) ADD_FAILURE() << what << ": body is not JSON: " << res->body.substr(0, 200);
  return j;
}

}  // namespace

nlohmann::json Daemon::get_json(const std::string& path, int* status) const {
  auto c = client();
  return parse_body(c.Get(path.c_str()), "GET " + path, status);
}

nlohmann::json Daemon::post_json(const std::string& path, const std::string& body, int* status) const {
  auto c = client();
  return parse_body(c.Post(path.c_str(), body, "application/json"), "POST " + path, status);
}

std::string raw_exchange(int port, const std::string& request, int timeout_ms) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    char buf[4096];
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 50) <= 0) continue;
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      answer.append(buf, static_cast<size_t>(n));
      if (answer.find("\r\n\r\n") != std::string::npos) {
        // Headers are in; read the body as far as Content-Length says.
        size_t header_end = answer.find("\r\n\r\n") + 4;
        size_t cl = answer.find("Content-Length: ");
        if (cl != std::string::npos && cl < header_end &&
            answer.size() >= header_end + std::stoul(answer.substr(cl + 16))) {
          break;
        }
      }
    }
  }
  close(fd);
  return answer;
}

std::string url_encode(const std::string& s) { return text::url_encoded(s); }

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

ServedCorpus::ServedCorpus(const std::vector<std::string>& sources) {
  std::vector<std::string> args{"--db", (dir_.path() / "db").string()};
  args.insert(args.end(), sources.begin(), sources.end());
  CommandResult r = run_indexer(args);
  if (r.exit_code != 0) throw std::runtime_error("dipsearch-index failed: " + r.err);
  daemon_ = std::make_unique<Daemon>(dir_.path() / "db");
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string page(const std::string& title, const std::string& date, const std::string& body) {
  return "Skip navigation\n\nPress Releases\n\n" + title + "\n\n  • Date : " + date +
         " 10:00:00\n  • Hit : 12\n\n1. " + body + " (End)\n";
}

fs::path copy_data(const fs::path& dir) {
  const fs::path data = dir / "data";
  const fs::path bundled = fs::path(DIPSEARCH_SAMPLE_DIR).parent_path();
  for (const char* folder : {"countries", "officials", "links"}) {
    fs::create_directories(data / folder);
    fs::copy(bundled / folder, data / folder, fs::copy_options::recursive);
  }
  return data;
}

fs::path copy_sample(const fs::path& dir) {
  fs::path target = dir / "sample";
  fs::copy(DIPSEARCH_SAMPLE_DIR, target, fs::copy_options::recursive);
  return target;
}

}  // namespace dipsearch::testing
