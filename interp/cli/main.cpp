// The minipy program: CPython's command line (python3 [option] ... [-c cmd | -m mod | file | -]).
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "interp/cli/repl.h"
#include "interp/minipy.h"
#include "runtime/gil_runtime.h"
#include "runtime/gil_trace.h"
#include "runtime/signals.h"

namespace {

const char kUsageLine[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const char kHelp[] =
    "Options (and corresponding environment variables):\n"
    "-b     : issue warnings about str(bytes_instance), str(bytearray_instance)\n"
    "         and comparing bytes/bytearray with str. (accepted, no effect)\n"
    "-B     : don't write .pyc files on import (minipy never does)\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : turn on parser debugging output (accepted, no effect)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-I     : isolate Python from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements (accepted)\n"
    "-OO    : do -O changes and also discard docstrings (accepted)\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path (accepted)\n"
    "-S     : don't imply 'import site' on initialization (accepted)\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-v     : verbose (accepted, no effect)\n"
    "-V     : print the minipy version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option (stored in sys._xoptions;\n"
    "         -X dis prints the bytecode of the script instead of running it;\n"
    "         -X gil-trace=PATH records every GIL event (.json: Chrome trace, else text);\n"
    "         -X gil-stats prints GIL statistics at exit; -X gil-plot=PATH draws an SVG timeline;\n"
    "         -X gil-policy=NAME: interval, ticks, fifo, io-priority or deterministic;\n"
    "         -X gil-ticks=N: safe points per turn under ticks / deterministic, default 100)\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

int usage_error(const char* prog, const std::string& what) {
  std::fprintf(stderr, "%s\n", what.c_str());
  std::fprintf(stderr, kUsageLine, prog);
  std::fprintf(stderr, "Try `python -h' for more information.\n");
  return 2;
}

std::string script_dir(const std::string& script) {
  char resolved[PATH_MAX];
  std::string p = ::realpath(script.c_str(), resolved) ? std::string(resolved) : script;
  size_t slash = p.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : p.substr(0, slash);
}

std::string cwd() {
  char buf[PATH_MAX];
  return ::getcwd(buf, sizeof buf) ? std::string(buf) : std::string();
}

// Watching the GIL: -X gil-trace=PATH (or MINIPY_GIL_TRACE=PATH), -X gil-stats, -X gil-plot=PATH.
void configure_gil_monitor(const std::vector<std::string>& xoptions, bool ignore_env) {
  std::string trace, plot;
  bool stats = false;
  if (!ignore_env)
    if (const char* t = std::getenv("MINIPY_GIL_TRACE"); t && *t) trace = t;
  for (const std::string& x : xoptions) {
    if (x.rfind("gil-trace=", 0) == 0) trace = x.substr(10);
    else if (x.rfind("gil-plot=", 0) == 0) plot = x.substr(9);
    else if (x == "gil-stats" || x.rfind("gil-stats=", 0) == 0) stats = true;
  }
  minipy::gil_monitor_configure(trace, stats, plot);
}

// -X gil-policy=NAME and -X gil-ticks=N. Returns an error message, empty on success.
std::string configure_gil_policy(const std::vector<std::string>& xoptions) {
  std::string policy;
  int ticks = 0;
  for (const std::string& x : xoptions) {
    if (x.rfind("gil-policy=", 0) == 0) policy = x.substr(11);
    else if (x.rfind("gil-ticks=", 0) == 0) {
      std::string v = x.substr(10);
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end || n <= 0 || n > 1000000000) return "-X gil-ticks needs a positive integer, not '" + v + "'";
      ticks = int(n);
    }
  }
  if (policy.empty() && ticks == 0) return {};
  return minipy::set_gil_policy(policy.empty() ? minipy::gil_policy_name() : policy, ticks);
}

}  // namespace

static int run_main(int argc, char** argv) {
  const char* prog = argc > 0 ? argv[0] : "minipy";
  bool unbuffered = false, inspect = false, quiet = false, ignore_env = false, safe_path = false;
  bool skip_first_line = false;
  int optimize = 0;
  std::vector<std::string> xoptions, warnoptions;
  std::string command, module;
  bool have_command = false, have_module = false;
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (a[0] != '-' || std::strcmp(a, "-") == 0) break;
    if (std::strcmp(a, "--") == 0) {
      ++i;
      break;
    }
    if (a[1] == '-') {
      std::string opt(a);
      if (opt == "--help" || opt == "--help-all" || opt == "--help-env" || opt == "--help-xoptions") {
        std::printf(kUsageLine, prog);
        std::fputs(kHelp, stdout);
        return 0;
      }
      if (opt == "--version") {
        std::printf("minipy 0.1.0 (Python 3.11 compatible)\n");
        return 0;
      }
      if (opt == "--check-hash-based-pycs") {
        if (i + 1 >= argc) return usage_error(prog, "Argument expected for the --check-hash-based-pycs option");
        ++i;
        continue;
      }
      return usage_error(prog, "unknown option " + opt);
    }
    bool stop = false;
    for (int k = 1; a[k] && !stop; ++k) {
      char c = a[k];
      switch (c) {
        case 'c':
        case 'm':
        case 'X':
        case 'W': {
          std::string arg;
          if (a[k + 1]) {
            arg = a + k + 1;
          } else if (i + 1 < argc) {
            arg = argv[++i];
          } else {
            return usage_error(prog, std::string("Argument expected for the -") + c + " option");
          }
          if (c == 'c') { command = arg; have_command = true; }
          else if (c == 'm') { module = arg; have_module = true; }
          else if (c == 'X') xoptions.push_back(arg);
          else warnoptions.push_back(arg);
          stop = true;
          break;
        }
        case 'h':
        case '?':
          std::printf(kUsageLine, prog);
          std::fputs(kHelp, stdout);
          return 0;
        case 'V':
          std::printf("minipy 0.1.0 (Python 3.11 compatible)\n");
          return 0;
        case 'u': unbuffered = true; break;
        case 'i': inspect = true; break;
        case 'q': quiet = true; break;
        case 'O': ++optimize; break;
        case 'E': ignore_env = true; break;
        case 'I': ignore_env = true; safe_path = true; break;
        case 'P': safe_path = true; break;
        case 'x': skip_first_line = true; break;
        case 'b': case 'B': case 'd': case 's': case 'S': case 'v': break;
        default:
          return usage_error(prog, std::string("Unknown option: -") + c);
      }
    }
    if (have_command || have_module) {
      ++i;
      break;
    }
  }
  if (!ignore_env) {
    const char* u = std::getenv("PYTHONUNBUFFERED");
    if (u && *u) unbuffered = true;
    const char* ins = std::getenv("PYTHONINSPECT");
    if (ins && *ins) inspect = true;
  }
  (void)skip_first_line;
  configure_gil_monitor(xoptions, ignore_env);
  if (std::string err = configure_gil_policy(xoptions); !err.empty()) {
    std::fprintf(stderr, "%s: %s\n", prog, err.c_str());
    return 2;
  }

  minipy::Interpreter py;
  std::vector<std::string> orig(argv, argv + argc);
  py.set_orig_argv(orig);
  py.set_flags(unbuffered, inspect, optimize, quiet);
  py.set_xoptions(xoptions);
  if (!ignore_env) {
    // PYTHONWARNINGS comes before the -W options in sys.warnoptions, so -W wins (it is applied
    // later and filters go to the front).
    if (const char* pw = std::getenv("PYTHONWARNINGS")) {
      std::vector<std::string> env_opts;
      std::string s(pw);
      size_t start = 0;
      while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string::npos) comma = s.size();
        if (comma > start) env_opts.push_back(s.substr(start, comma - start));
        start = comma + 1;
      }
      warnoptions.insert(warnoptions.begin(), env_opts.begin(), env_opts.end());
    }
  }
  py.set_warnoptions(warnoptions);
  if (!warnoptions.empty()) {
    // As CPython: with warning options, warnings is imported at startup, so the filters are in
    // place before any code runs and a bad option is reported at once.
    try {
      py.eval("__import__('warnings') and None");
    } catch (minipy::Error&) {
    }
  }
  if (!ignore_env) {
    if (const char* pp = std::getenv("PYTHONPATH")) {
      std::string s(pp);
      std::vector<std::string> parts;
      size_t start = 0;
      while (start <= s.size()) {
        size_t colon = s.find(':', start);
        if (colon == std::string::npos) colon = s.size();
        if (colon > start) parts.push_back(s.substr(start, colon - start));
        start = colon + 1;
      }
      for (auto it = parts.rbegin(); it != parts.rend(); ++it) py.set_path0(*it);
    }
  }

  std::vector<std::string> rest(argv + i, argv + argc);
  int status = 0;
  bool stdin_tty = ::isatty(0);
  bool run_repl_after = inspect;
  // Ctrl-C raises KeyboardInterrupt in the main thread (the VM polls at its safe points, and
  // blocking waits return EINTR); an uncaught one ends the process by SIGINT, as CPython does.
  minipy::install_sigint_handler();
  ::signal(SIGPIPE, SIG_IGN);  // as CPython: a closed pipe is a BrokenPipeError, not a silent death
  if (have_command) {
    rest.insert(rest.begin(), "-c");
    py.set_argv(rest);
    if (!safe_path) py.set_path0("");
    status = py.main_run_command(command + "\n");
  } else if (have_module) {
    rest.insert(rest.begin(), "-m");
    py.set_argv(rest);
    if (!safe_path) py.set_path0(cwd());
    status = py.main_run_module(module);
  } else if (!rest.empty() && rest[0] != "-") {
    py.set_argv(rest);
    if (!safe_path) py.set_path0(script_dir(rest[0]));
    status = py.main_run_file(rest[0]);
  } else {
    if (rest.empty()) rest.push_back("");
    py.set_argv(rest);
    if (!safe_path) py.set_path0("");
    if (stdin_tty && rest[0].empty()) {
      status = minipy::run_repl(py, !quiet);
      run_repl_after = false;
    } else {
      status = py.main_run_stdin();
    }
  }
  if (run_repl_after && !py.exited_by_keyboard_interrupt()) {
    status = minipy::run_repl(py, false);
  }
  py.wait_for_threads();  // CPython joins non-daemon threads before it finalizes
  if (!py.flush_std_streams() && status == 0) status = 120;
  std::fflush(stdout);
  if (py.exited_by_keyboard_interrupt()) {
    ::signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    ::sigprocmask(SIG_UNBLOCK, &set, nullptr);  // a parent may have blocked it
    std::fflush(nullptr);
    minipy::gil_monitor_at_exit();
    ::kill(::getpid(), SIGINT);
    status = 130;
  }
  return status & 0xff;  // the interpreter is torn down here (open files flushed and closed)
}

int main(int argc, char** argv) {
  int status = run_main(argc, argv);
  minipy::gil_monitor_at_exit();  // -X gil-trace / gil-plot files, -X gil-stats summary
  // Leave without running static destructors: the built-in types are immortal (as in CPython,
  // which never tears them down either); everything the program can observe is flushed by now.
  std::fflush(nullptr);
  std::_Exit(status);
}
