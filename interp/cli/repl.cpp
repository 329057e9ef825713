// The REPL: prompts '>>> ' and '... ', multi-line blocks ended by a blank line, values echoed by
// sys.displayhook, tracebacks printed and the loop continues, Ctrl-C discards the input,
// Ctrl-D exits. Line editing and history (~/.minipy_history) come from libedit when available.
#include "interp/cli/repl.h"

#include <setjmp.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/signals.h"

#ifdef MINIPY_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

namespace minipy {

namespace {

sigjmp_buf g_prompt_jmp;
volatile sig_atomic_t g_at_prompt = 0;

void on_sigint_at_prompt(int) {
  if (g_at_prompt) siglongjmp(g_prompt_jmp, 1);
}

std::string history_path() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.minipy_history" : std::string();
}

enum class ReadResult { Line, Eof, Interrupted };

ReadResult read_line(const char* prompt, std::string& out) {
  struct sigaction sa {}, old {};
  sa.sa_handler = on_sigint_at_prompt;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, &old);
  if (sigsetjmp(g_prompt_jmp, 1) != 0) {
    g_at_prompt = 0;
    ::sigaction(SIGINT, &old, nullptr);
    return ReadResult::Interrupted;
  }
  g_at_prompt = 1;
  ReadResult r = ReadResult::Line;
#ifdef MINIPY_HAVE_LIBEDIT
  if (::isatty(0)) {
    char* line = ::readline(prompt);
    if (!line) {
      r = ReadResult::Eof;
    } else {
      out = line;
      if (line[0] && line[std::strspn(line, " \t")]) ::add_history(line);
      std::free(line);
    }
    g_at_prompt = 0;
    ::sigaction(SIGINT, &old, nullptr);
    return r;
  }
#endif
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  out.clear();
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    out += char(c);
  }
  if (!any) r = ReadResult::Eof;
  g_at_prompt = 0;
  ::sigaction(SIGINT, &old, nullptr);
  return r;
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\f") == std::string::npos; }

// Does this first line open a compound statement (so that its block ends only at a blank line)?
bool opens_block(const std::string& line) {
  std::string s = line;
  size_t hash = s.find('#');
  if (hash != std::string::npos) s.erase(hash);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  size_t first = s.find_first_not_of(" \t");
  if (first != std::string::npos && s[first] == '@') return true;
  return !s.empty() && s.back() == ':';
}

}  // namespace

int run_repl(Interpreter& py, bool show_banner) {
  if (show_banner) {
    std::fprintf(stderr,
                 "minipy 0.1.0 (Python 3.11.7 compatible) [GCC 12.2.0] on linux\n"
                 "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
  }
#ifdef MINIPY_HAVE_LIBEDIT
  std::string hist = history_path();
  ::rl_readline_name = "minipy";
  ::rl_initialize();
  ::rl_bind_key('\t', ::rl_insert);  // Tab indents (no file-name completion inside Python code)
  ::stifle_history(1000);
  if (!hist.empty()) ::read_history(hist.c_str());
#endif
  Handle sys;
  try {
    sys = py.import("sys");
    py.set_attr(sys, "ps1", Handle(">>> "));
    py.set_attr(sys, "ps2", Handle("... "));
  } catch (const Error&) {
  }
  int status = 0;
  std::string source;
  bool continuation = false;
  bool block = false;
  for (;;) {
    std::string line;
    py.flush_std_streams();
    std::string prompt = continuation ? "... " : ">>> ";
    try {  // sys.ps1 / sys.ps2 (str() of any object), as CPython's REPL
      Handle p = py.get_attr(sys, continuation ? "ps2" : "ps1");
      prompt = p.to_string();
    } catch (const Error&) {
    }
    ReadResult r = read_line(prompt.c_str(), line);
    if (r == ReadResult::Interrupted) {
      std::fputs("\nKeyboardInterrupt\n", stderr);
      source.clear();
      continuation = block = false;
      g_pending_sigint = 0;
      continue;
    }
    if (r == ReadResult::Eof) {
      if (::isatty(0)) std::fputs("\n", stderr);
      break;
    }
    bool run_now;
    if (!continuation) {
      source = line;
      block = opens_block(line);
      run_now = true;
    } else {
      source += "\n" + line;
      run_now = !block || is_blank(line);
    }
    if (!continuation && is_blank(line)) continue;
    if (!run_now) continue;
    int exit_status = 0;
    Interpreter::Interactive res = py.run_interactive(source + "\n", &exit_status);
    if (res == Interpreter::Interactive::Incomplete && !(continuation && is_blank(line))) {
      continuation = true;
      continue;
    }
    if (res == Interpreter::Interactive::Incomplete) {
      // A blank line did not complete the input: report CPython's error by compiling as a file.
      py.run_interactive(source + "\n\n", &exit_status);
    }
    continuation = block = false;
    source.clear();
    if (res == Interpreter::Interactive::Exit) {
      status = exit_status;
      break;
    }
  }
#ifdef MINIPY_HAVE_LIBEDIT
  if (!hist.empty()) ::write_history(hist.c_str());
#endif
  return status;
}

}  // namespace minipy
