// Traceback objects and CPython 3.11's report of an uncaught exception.
#include "interp/traceback.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "interp/frame_object.h"
#include "interp/function.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject TracebackType;

// ---- traceback objects ----

static TracebackObject* as_tb(Value v) { return static_cast<TracebackObject*>(v.as_object()); }

void traceback_add(Value exc, Frame* f) {
  if (f->code->hidden) return;
  Ref r = new_object<TracebackObject>(&TracebackType);
  auto* tb = r.as<TracebackObject>();
  Ref next = exc_traceback(exc);
  if (next && next.get().is_object() && next.obj()->type == &TracebackType) tb->next = std::move(next);
  tb->code = Ref(Value(static_cast<Object*>(f->code)));
  tb->globals = Ref(Value(f->globals));
  tb->lasti = f->lasti();
  tb->lineno = f->lineno();
  exc_set_traceback(exc, r);
}

static Ref tb_next(Value s) { return as_tb(s)->next ? Ref(as_tb(s)->next) : Ref(None()); }
static void tb_set_next(Value s, Value v) {
  if (v.is_null()) raise(exc::TypeError, "can't delete tb_next attribute");
  if (is_none(v)) {
    as_tb(s)->next.reset();
    return;
  }
  if (!v.is_object() || v.as_object()->type != &TracebackType)
    raisef(exc::TypeError, "expected traceback object or None, got '%s'", std::string(type_name(v)).c_str());
  for (Value c = v; c; c = as_tb(c)->next)
    if (c == s) raise(exc::ValueError, "traceback loop detected");
  as_tb(s)->next = Ref(v);
}
static Ref tb_lineno(Value s) { return int_from_i64(as_tb(s)->lineno); }
static Ref tb_lasti(Value s) { return int_from_i64(int64_t(as_tb(s)->lasti) * 2); }
static Ref tb_frame(Value s) {
  auto* tb = as_tb(s);
  return frame_object_snapshot(tb->code, tb->globals, tb->lineno);
}
static void tb_traverse(Object* o, VisitFn visit, void* arg) {
  auto* tb = static_cast<TracebackObject*>(o);
  if (tb->next) visit(tb->next, arg);
  if (tb->code) visit(tb->code, arg);
  if (tb->globals) visit(tb->globals, arg);
}
static void tb_clear(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  tb->next.reset();
  tb->globals.reset();
}
static void tb_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  // Long chains: unlink iteratively to avoid deep recursion.
  auto* tb = static_cast<TracebackObject*>(o);
  Ref next = std::move(tb->next);
  while (next && next.obj()->refcnt == 1 && next.obj()->type == &TracebackType) {
    Ref after = std::move(as_tb(next)->next);
    next = std::move(after);
  }
  dealloc_as<TracebackObject>(o);
}

static const GetSetDef kTbGetSets[] = {
    {"tb_next", tb_next, tb_set_next}, {"tb_lineno", tb_lineno}, {"tb_lasti", tb_lasti}, {"tb_frame", tb_frame}, {},
};

static void init_traceback_types() {
  TypeObject& t = TracebackType;
  t.name = "traceback";
  t.basicsize = sizeof(TracebackObject);
  t.flags = kTypeGC;
  t.dealloc = tb_dealloc;
  t.traverse = tb_traverse;
  t.clear = tb_clear;
  t.getsets = kTbGetSets;
  t.base = &ObjectType;
  static_type_declare(&t);
  g_traceback_type = &TracebackType;
}

static TypeInitHook hook(&init_traceback_types);

// ---- source lines ----

std::string source_line(const std::string& filename, int lineno) {
  static std::unordered_map<std::string, std::vector<std::string>> cache;
  if (filename.empty() || filename[0] == '<') return "";
  auto it = cache.find(filename);
  if (it == cache.end()) {
    std::vector<std::string> lines;
    std::ifstream in(filename, std::ios::binary);
    std::string line;
    while (in && std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    it = cache.emplace(filename, std::move(lines)).first;
  }
  if (lineno < 1 || size_t(lineno) > it->second.size()) return "";
  return it->second[size_t(lineno) - 1];
}

static std::string strip(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) b++;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\f')) e--;
  return s.substr(b, e - b);
}

// ---- the report ----

static std::string safe_str(Value v) {
  try {
    return str_utf8(v);
  } catch (PyException&) {
    return "<exception str() failed>";
  }
}

static std::string type_display_name(TypeObject* t) {
  std::string qn;
  Ref q = getattr_opt(Value(static_cast<Object*>(t)), name("__qualname__"));
  qn = q && is_str(q) ? std::string(str_view(q)) : std::string(t->type_name());
  Ref m = getattr_opt(Value(static_cast<Object*>(t)), name("__module__"));
  if (!m || !is_str(m)) return "<unknown>." + qn;
  std::string mod(str_view(m));
  if (mod == "builtins" || mod == "__main__") return qn;
  return mod + "." + qn;
}

static void format_tb(Value tb, std::string& out) {
  std::string last_file, last_name;
  int last_line = -1, count = 0;
  auto flush_repeats = [&]() {
    if (count > 3) {
      int n = count - 3;
      out += "  [Previous line repeated " + std::to_string(n) + " more time" + (n > 1 ? "s" : "") + "]\n";
    }
  };
  for (Value t = tb; t && t.is_object() && t.as_object()->type == &TracebackType; t = as_tb(t)->next) {
    auto* e = as_tb(t);
    auto* co = e->code.as<CodeObject>();
    std::string file(str_view(co->filename)), fname(str_view(co->name));
    if (file == last_file && fname == last_name && e->lineno == last_line) {
      count++;
      if (count > 3) continue;
    } else {
      flush_repeats();
      last_file = file;
      last_name = fname;
      last_line = e->lineno;
      count = 1;
    }
    out += "  File \"" + file + "\", line " + std::to_string(e->lineno) + ", in " + fname + "\n";
    std::string src = strip(source_line(file, e->lineno));
    if (!src.empty()) {
      out += "    " + src + "\n";
      // 3.11's caret line under the failing expression.
      if (size_t(e->lasti) < co->positions.size()) {
        const SourcePos& p = co->positions[size_t(e->lasti)];
        std::string full = source_line(file, e->lineno);
        if (p.col >= 0 && p.end_col >= 0 && p.lineno == e->lineno && p.end_lineno == p.lineno) {
          size_t indent = full.find_first_not_of(" \t\f");
          if (indent == std::string::npos) indent = 0;
          int start = p.col - int(indent), end = p.end_col - int(indent);
          if (start >= 0 && end > start && !(start == 0 && size_t(end) >= src.size())) {
            out += "    " + std::string(size_t(start), ' ') + std::string(size_t(end - start), '^') + "\n";
          }
        }
      }
    }
  }
  flush_repeats();
}

static void format_syntax_error(Value exc, std::string& out) {
  Ref fn = getattr_opt(exc, name("filename"));
  Ref ln = getattr_opt(exc, name("lineno"));
  Ref text = getattr_opt(exc, name("text"));
  Ref off = getattr_opt(exc, name("offset"));
  Ref endoff = getattr_opt(exc, name("end_offset"));
  Ref endln = getattr_opt(exc, name("end_lineno"));
  std::string file = fn && !is_none(fn) ? str_utf8(fn) : "<string>";
  int lineno = ln && ln.get().is_small_int() ? int(ln.get().small_int_value()) : 0;
  out += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
  if (text && is_str(text)) {
    std::string t(str_view(text));
    // CPython strips the line and adjusts the caret offset by the removed indentation.
    size_t b = 0;
    while (b < t.size() && (t[b] == ' ' || t[b] == '\t' || t[b] == '\f')) b++;
    std::string line = t.substr(b);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    size_t e2 = line.size();
    while (e2 > 0 && line[e2 - 1] == ' ') e2--;
    std::string shown = line.substr(0, e2);
    out += "    " + shown + "\n";
    if (off && off.get().is_small_int()) {
      long o = long(off.get().small_int_value());
      long eo = endoff && endoff.get().is_small_int() ? long(endoff.get().small_int_value()) : o;
      long el = endln && endln.get().is_small_int() ? long(endln.get().small_int_value()) : lineno;
      if (el != lineno || eo <= o) eo = o + 1;
      long col = o - 1 - long(b);
      long ecol = eo - 1 - long(b);
      if (col < 0) col = 0;
      if (col > long(shown.size())) col = long(shown.size());
      if (ecol > long(shown.size()) + 1) ecol = long(shown.size()) + 1;
      if (ecol <= col) ecol = col + 1;
      out += "    " + std::string(size_t(col), ' ') + std::string(size_t(ecol - col), '^') + "\n";
    }
  }
}

// 3.11's "Did you mean: 'x'?" for AttributeError/NameError; a NameError searches the innermost
// frame's local names, then its globals, then builtins (runtime/suggestions.cpp).
static std::string suggestion_for(Value exc, Value tb) {
  Value last;
  for (Value t = tb; t && t.is_object() && t.as_object()->type == &TracebackType; t = as_tb(t)->next) last = t;
  Ref local_names, globals, builtins;
  if (last) {
    auto* e = as_tb(last);
    auto* co = e->code.as<CodeObject>();
    local_names = list_new();
    for (const Ref& v : co->varnames) list_append(local_names, v);
    globals = e->globals;
    if (globals && is_dict(globals)) {
      Value b = dict_get_str(globals, "__builtins__");
      if (b && b.is_object() && b.as_object()->type == &ModuleType) b = module_dict(b);
      builtins = Ref(b);
    }
  }
  if (!builtins && tstate() && tstate()->interp) builtins = tstate()->interp->builtins;
  return exception_suggestion(exc, local_names, globals, builtins);
}

// The state of one report (CPython's exception_print_context in pythonrun.c): exceptions already
// shown (chains stop there) and, inside an exception group, the nesting depth that sets each
// line's indent and "| " margin.
struct ReportCtx {
  std::unordered_set<Object*> seen;
  int depth = 0;
  bool need_close = false;
};

constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;

static std::string indent_of(const ReportCtx& c) { return std::string(size_t(2 * c.depth), ' '); }

// Append `text` line by line, each behind the current indent and margin.
static void emit(const ReportCtx& c, std::string& out, const std::string& text, const char* margin = "| ") {
  std::string prefix = indent_of(c);
  if (c.depth) prefix += margin;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out += prefix;
    out.append(text, pos, end - pos);
    pos = end;
  }
}

// "ValueError: msg" (after the SyntaxError location block, with any notes), behind the margin.
// As in CPython, the SyntaxError's source and caret lines get no margin inside a group.
static void emit_exception_only(const ReportCtx& c, std::string& dest, Value exc, Value tb) {
  std::string out;
  TypeObject* t = type_of(exc);
  bool syntax = is_subtype(t, exc::SyntaxError);
  if (syntax) {
    std::string block;
    format_syntax_error(exc, block);
    size_t nl = block.find('\n');
    emit(c, dest, block.substr(0, nl + 1));
    dest += block.substr(nl + 1);
  }
  out += type_display_name(t);
  std::string msg;
  if (syntax) {
    Ref m = getattr_opt(exc, name("msg"));
    msg = m && !is_none(m) ? safe_str(m) : safe_str(exc);
  } else {
    msg = safe_str(exc);
  }
  if (!msg.empty()) out += ": " + msg;
  if (!syntax) out += suggestion_for(exc, tb);
  out += "\n";
  Ref notes = getattr_opt(exc, name("__notes__"));
  if (notes && (is_list(notes) || is_tuple(notes))) {
    Ref it = get_iter(notes);
    while (Ref n = iter_next(it)) out += (is_str(n) ? std::string(str_view(n)) : safe_str(n)) + "\n";
  }
  emit(c, dest, out);
}

static void format_one(Value exc, std::string& out, ReportCtx& c);

static void format_chained(Value exc, const char* message, std::string& out, ReportCtx& c) {
  bool need_close = c.need_close;
  format_one(exc, out, c);
  c.need_close = need_close;
  emit(c, out, "\n");
  emit(c, out, message);
  emit(c, out, "\n");
}

static bool is_exception_group(Value exc) { return isinstance(exc, exc::BaseExceptionGroup); }

static void format_group(Value exc, std::string& out, ReportCtx& c) {
  if (c.depth > kMaxGroupDepth) {
    emit(c, out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  if (c.depth == 0) c.depth = 1;
  Ref tb = exc_traceback(exc);
  if (tb) {
    emit(c, out, "Exception Group Traceback (most recent call last):\n", c.depth == 1 ? "+ " : "| ");
    std::string frames;
    format_tb(tb, frames);
    emit(c, out, frames);
  }
  emit_exception_only(c, out, exc, tb);
  Ref excs = getattr_opt(exc, name("exceptions"));
  size_t num = excs && is_tuple(excs) ? tuple_size(excs) : 0;
  size_t n = num <= size_t(kMaxGroupWidth) ? num : size_t(kMaxGroupWidth) + 1;
  c.need_close = false;
  for (size_t i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) c.need_close = true;  // a nested group may draw the closing line instead
    bool truncated = i >= size_t(kMaxGroupWidth);
    out += indent_of(c) + (i == 0 ? "+-" : "  ") + "+---------------- " +
           (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
    c.depth++;
    if (!truncated) {
      check_c_stack();
      format_one(tuple_item(excs, i), out, c);
    } else {
      size_t remaining = num - size_t(kMaxGroupWidth);
      emit(c, out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && c.need_close) {
      out += indent_of(c) + "+------------------------------------\n";
      c.need_close = false;
    }
    c.depth--;
  }
  if (c.depth == 1) c.depth = 0;
}

static void format_one(Value exc, std::string& out, ReportCtx& c) {
  c.seen.insert(exc.as_object());
  Ref cause = exc_cause(exc);
  Ref context = exc_context(exc);
  if (cause && cause.get().is_object()) {
    if (!c.seen.count(cause.obj()))
      format_chained(cause, "The above exception was the direct cause of the following exception:\n", out, c);
  } else if (context && context.get().is_object() && !exc_suppress_context(exc) && !c.seen.count(context.obj())) {
    format_chained(context, "During handling of the above exception, another exception occurred:\n", out, c);
  }
  if (is_exception_group(exc)) {
    format_group(exc, out, c);
    return;
  }
  Ref tb = exc_traceback(exc);
  if (tb) {
    std::string frames = "Traceback (most recent call last):\n";
    format_tb(tb, frames);
    emit(c, out, frames);
  }
  emit_exception_only(c, out, exc, tb);
}

std::string format_exception(Value exc, bool chain) {
  std::string out;
  ReportCtx ctx;
  if (!chain) {  // mark the cause and context as already shown
    if (Ref c = exc_cause(exc); c && c.get().is_object()) ctx.seen.insert(c.obj());
    if (Ref c = exc_context(exc); c && c.get().is_object()) ctx.seen.insert(c.obj());
  }
  format_one(exc, out, ctx);
  return out;
}

void print_exception(Value exc, bool chain) {
  std::string text;
  try {
    text = format_exception(exc, chain);
  } catch (PyException&) {
    text = std::string(type_name(exc)) + "\n";
  }
  ThreadState* ts = tstate();
  if (ts && ts->interp && ts->interp->sys) {
    try {
      Ref err = getattr_opt(ts->interp->sys, name("stderr"));
      if (err && !is_none(err)) {
        Ref s = str_new(text);
        call_method(err, "write", {s});
        Ref fl = getattr_opt(err, name("flush"));
        if (fl) call(fl, nullptr, 0);
        return;
      }
    } catch (PyException&) {
    }
  }
  size_t off = 0;
  while (off < text.size()) {
    ssize_t n = ::write(2, text.data() + off, text.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
}

}  // namespace minipy
