// Runs one script test: `minipy_script_test MINIPY SCRIPT.py` runs MINIPY on SCRIPT.py (in the
// script's folder, with the bare file name, as scripts/regen_expected.py ran CPython) and compares
// with SCRIPT.expected: stdout byte for byte, the exit status, and stderr normalised the way
// ../shared/tools/difftest.py does (traceback source and caret lines dropped, File lines kept only
// when they name the script itself). Needs no python3, so the suite runs anywhere.
//
// Scripts that check minipy-only features (tests/minipy_only/, expected output written by hand)
// may start with directive comments:
//   # minipy-args: -X gil-stats        extra command-line arguments, before the script name
//   # minipy-stderr: regex             each expected stderr line is a regular expression that must
//                                      match the whole corresponding line (figures vary by run)
//
// SCRIPT.expected layout:
//   <stdout exactly>
//   \n<<<minipy-expected exit=N>>>\n
//   <normalised stderr lines>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

const char kMarker[] = "\n<<<minipy-expected exit=";

std::string read_file(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = bool(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '\n') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string rstrip(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  return s;
}

// The same normalisation as difftest.py's norm_err, plus: the main script's frames name it by
// absolute path (CPython 3.9+), so the script's folder is dropped wherever it is quoted.
std::string normalise_stderr(const std::string& err, const std::string& script, const std::string& folder) {
  std::string out;
  const std::string abs_prefix = folder + "/";  // quoted in File lines, bare in warnings
  for (const std::string& line : split_lines(err)) {
    if (line.rfind("  File \"", 0) == 0) {
      if (line.find(script) == std::string::npos) continue;
      std::string kept = rstrip(line.substr(2));
      for (size_t at; (at = kept.find(abs_prefix)) != std::string::npos;) kept.replace(at, abs_prefix.size(), "");
      out += kept + "\n";
      continue;
    }
    if (line.rfind("    ", 0) == 0) continue;
    if (rstrip(line).empty()) continue;
    // Frames inside an exception group's tree ("  |   File ...") name the script too.
    std::string kept = rstrip(line);
    for (size_t at; (at = kept.find(abs_prefix)) != std::string::npos;) kept.replace(at, abs_prefix.size(), "");
    out += kept + "\n";
  }
  return out;
}

struct Result {
  int status = -1;
  bool timed_out = false;
  std::string out, err;
};

struct Directives {
  std::vector<std::string> args;
  bool stderr_regex = false;
};

// The `# minipy-...:` comments at the top of the script (see the file comment).
Directives read_directives(const std::string& source) {
  Directives d;
  std::istringstream in(source);
  std::string line;
  while (std::getline(in, line) && line.rfind("#", 0) == 0) {
    const std::string args = "# minipy-args:", err = "# minipy-stderr:";
    if (line.rfind(args, 0) == 0) {
      std::istringstream words(line.substr(args.size()));
      for (std::string w; words >> w;) d.args.push_back(w);
    } else if (line.rfind(err, 0) == 0) {
      d.stderr_regex = line.find("regex") != std::string::npos;
    }
  }
  return d;
}

bool stderr_matches(const std::string& want, const std::string& got) {
  std::vector<std::string> w = split_lines(want), g = split_lines(got);
  if (w.size() != g.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    try {
      if (!std::regex_match(g[i], std::regex(w[i]))) return false;
    } catch (std::regex_error&) {
      return false;
    }
  }
  return true;
}

Result run(const std::string& exe, const std::string& dir, const std::string& script, int timeout_s,
           const std::vector<std::string>& extra_args) {
  Result r;
  int op[2], ep[2];
  if (pipe(op) != 0 || pipe(ep) != 0) return r;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, op[1], 1);
  posix_spawn_file_actions_adddup2(&fa, ep[1], 2);
  posix_spawn_file_actions_addclose(&fa, op[0]);
  posix_spawn_file_actions_addclose(&fa, ep[0]);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addchdir_np(&fa, dir.c_str());
  std::vector<char*> argv = {const_cast<char*>(exe.c_str())};
  for (const std::string& a : extra_args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(const_cast<char*>(script.c_str()));
  argv.push_back(nullptr);
  setenv("PYTHONHASHSEED", "0", 1);
  pid_t pid;
  int spawned = posix_spawn(&pid, exe.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (spawned != 0) {
    r.err = "cannot start " + exe;
    return r;
  }
  close(op[1]);
  close(ep[1]);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  pollfd fds[2] = {{op[0], POLLIN, 0}, {ep[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      kill(pid, SIGKILL);
      r.timed_out = true;
      break;
    }
    if (poll(fds, 2, int(left)) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? r.out : r.err).append(buf, size_t(n));
      }
    }
  }
  int ws = 0;
  waitpid(pid, &ws, 0);
  if (WIFEXITED(ws)) r.status = WEXITSTATUS(ws);
  else if (WIFSIGNALED(ws)) r.status = 128 + WTERMSIG(ws);
  return r;
}

void show_diff(const char* what, const std::string& want, const std::string& got) {
  std::vector<std::string> w = split_lines(want), g = split_lines(got);
  for (size_t i = 0; i < std::max(w.size(), g.size()); ++i) {
    std::string a = i < w.size() ? w[i] : "<none>", b = i < g.size() ? g[i] : "<none>";
    if (a != b) {
      std::printf("%s differs at line %zu:\n  want: %s\n  got:  %s\n", what, i + 1, a.c_str(), b.c_str());
      return;
    }
  }
  std::printf("%s differs (line endings or final newline)\n", what);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s MINIPY SCRIPT.py [TIMEOUT_S]\n", argv[0]);
    return 2;
  }
  char* exe_real = realpath(argv[1], nullptr);  // the child starts in the script's folder
  std::string exe = exe_real ? exe_real : argv[1], path = argv[2];
  free(exe_real);
  int timeout_s = argc > 3 ? std::atoi(argv[3]) : 120;
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  std::string script = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string expected_path = path.substr(0, path.size() - 3) + ".expected";

  bool ok;
  std::string expected = read_file(expected_path, &ok);
  if (!ok) {
    std::printf("missing %s (run scripts/regen_expected.py)\n", expected_path.c_str());
    return 1;
  }
  size_t m = expected.rfind(kMarker);
  if (m == std::string::npos) {
    std::printf("malformed %s\n", expected_path.c_str());
    return 1;
  }
  std::string want_out = expected.substr(0, m);
  int want_status = std::atoi(expected.c_str() + m + sizeof(kMarker) - 1);
  size_t nl = expected.find('\n', m + 1);
  std::string want_err = nl == std::string::npos ? "" : expected.substr(nl + 1);

  bool have_source;
  Directives directives = read_directives(read_file(path, &have_source));
  Result r = run(exe, dir, script, timeout_s, directives.args);
  if (r.timed_out) {
    std::printf("timed out after %d s\n", timeout_s);
    return 1;
  }
  char* real = realpath(dir.c_str(), nullptr);
  std::string folder = real ? real : dir;
  free(real);
  std::string got_err = normalise_stderr(r.err, script, folder);
  bool pass = true;
  if (r.out != want_out) {
    show_diff("stdout", want_out, r.out);
    pass = false;
  }
  if (r.status != want_status) {
    std::printf("exit status %d, want %d\n", r.status, want_status);
    pass = false;
  }
  if (directives.stderr_regex ? !stderr_matches(want_err, got_err) : got_err != want_err) {
    show_diff("stderr", want_err, got_err);
    pass = false;
  }
  if (!pass && !r.err.empty()) std::printf("--- stderr ---\n%s\n", r.err.substr(0, 4000).c_str());
  return pass ? 0 : 1;
}
