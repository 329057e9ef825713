// The handler behind runtime/warn.h: native warnings go through the warnings module, like
// warnings.warn called at the same spot. warnings is frozen Python and imported lazily; a warning
// that the default filters would drop anyway does not import it (CPython's C core decides that
// without importing anything either).
#include "interp/frame.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/warn.h"

namespace minipy {

namespace {

// The default filters of a release build, for when warnings is not loaded (so nobody changed
// them): DeprecationWarning shows only for __main__; Pending/Import/ResourceWarning never.
bool dropped_by_default_filters(TypeObject* category, int stacklevel) {
  if (is_subtype(category, exc::PendingDeprecationWarning) || is_subtype(category, exc::ImportWarning) ||
      is_subtype(category, exc::ResourceWarning))
    return true;
  if (!is_subtype(category, exc::DeprecationWarning)) return false;
  Frame* f = current_frame();
  for (int i = 1; f && i < stacklevel; i++) f = f->back;
  if (!f) return true;  // blamed on "sys"
  Value n = dict_get_str(Value(f->globals), "__name__");
  return !(n && is_str(n) && str_view(n) == "__main__");
}

void warn_through_module(TypeObject* category, const std::string& message, int stacklevel) {
  Ref mod;
  if (Value w = dict_get_str(sys_modules(), "warnings")) {
    mod = Ref(w);
  } else {
    if (dropped_by_default_filters(category, stacklevel)) return;
    mod = import_module("warnings");
  }
  Ref fn = getattr(mod, name("warn"));
  Ref text = str_new(message), level = int_from_i64(stacklevel);
  call(fn, {text.get(), Value(static_cast<Object*>(category)), level.get()});
}

struct Install {
  Install() { g_warn_handler = &warn_through_module; }
} install;

}  // namespace

}  // namespace minipy
