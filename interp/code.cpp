// The code type: immutable compiled code, what the VM runs. Python sees it as `code` with CPython's
// co_* attributes and repr.
#include "interp/code.h"

#include <cstdio>
#include <mutex>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject CodeType;

static Ref tuple_of(const std::vector<Ref>& v) {
  Ref t = tuple_new(v.size());
  for (size_t i = 0; i < v.size(); ++i) tuple_init_item(t, i, v[i]);
  return t;
}

static Ref code_repr(Value self) {
  auto* co = static_cast<CodeObject*>(self.as_object());
  std::string name(co->name ? str_view(co->name) : std::string_view("?"));
  std::string file(co->filename ? str_view(co->filename) : std::string_view("?"));
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(co));
  std::string s = "<code object " + name + " at " + addr + ", file \"" + file + "\", line " +
                  std::to_string(co->firstlineno) + ">";
  return str_new(s);
}

// co_* attributes. The type is not in the static type list (the interp layer starts after the
// runtime's types are readied), so attributes are served by this slot directly.
static Ref code_getattr(Value self, Value name) {
  auto* co = static_cast<CodeObject*>(self.as_object());
  std::string_view n = str_view(name);
  if (n == "co_name") return co->name;
  if (n == "co_qualname") return co->qualname;
  if (n == "co_filename") return co->filename;
  if (n == "co_firstlineno") return int_from_i64(co->firstlineno);
  if (n == "co_argcount") return int_from_i64(co->argcount);
  if (n == "co_posonlyargcount") return int_from_i64(co->posonlyargcount);
  if (n == "co_kwonlyargcount") return int_from_i64(co->kwonlyargcount);
  if (n == "co_nlocals") return int_from_i64(co->nlocals());
  if (n == "co_flags") return int_from_i64(co->flags);
  if (n == "co_stacksize") return int_from_i64(co->stacksize);
  if (n == "co_varnames") return tuple_of(co->varnames);
  if (n == "co_cellvars") return tuple_of(co->cellvars);
  if (n == "co_freevars") return tuple_of(co->freevars);
  if (n == "co_names") return tuple_of(co->names);
  if (n == "co_consts") return tuple_of(co->consts);
  if (CodeType.mro) return generic_getattr(self, name);
  return Ref();
}

static int64_t code_hash(Value self) {
  return int64_t(reinterpret_cast<uintptr_t>(self.as_object()) >> 4);
}

static void init_code_type_once() {
  CodeType.refcnt = kImmortalRefcnt;
  CodeType.type = &TypeType;
  CodeType.name = "code";
  CodeType.basicsize = sizeof(CodeObject);
  CodeType.flags = kTypeImmutable;
  CodeType.dealloc = dealloc_as<CodeObject>;
  CodeType.repr = code_repr;
  CodeType.getattr = code_getattr;
  CodeType.hash = code_hash;
}

void init_code_type() {
  static std::once_flag once;
  std::call_once(once, init_code_type_once);
}

// Declared with the other static types during runtime_init, so `code` gets its __dict__ and MRO.
static TypeInitHook code_type_hook([] {
  init_code_type();
  static_type_declare(&CodeType);
});

Ref code_new() {
  init_code_type();
  return new_object<CodeObject>(&CodeType);
}

void code_hide_from_tracebacks(CodeObject* co) {
  co->hidden = true;
  for (const Ref& c : co->consts)
    if (c.get().is_object() && c.obj()->type == &CodeType) code_hide_from_tracebacks(c.as<CodeObject>());
}

}  // namespace minipy
