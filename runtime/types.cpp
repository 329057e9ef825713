// runtime_init: fill in the static built-in types, once per process (see object.h: two phases).
#include <mutex>
#include <vector>

#include "runtime/runtime.h"

#include "runtime/object.h"

namespace minipy {

static std::vector<void (*)()>& type_init_hooks() {
  static std::vector<void (*)()> hooks;  // filled during static initialization
  return hooks;
}
TypeInitHook::TypeInitHook(void (*init)()) { type_init_hooks().push_back(init); }

void runtime_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    init_object_type();  // object and type first: every other type links to them
    init_str_type();     // names are interned strs
    init_int_type();
    init_float_type();
    init_tuple_type();
    init_list_type();
    init_dict_type();
    init_set_type();
    init_bytes_type();
    init_range_slice_types();
    init_iterator_types();
    init_descriptor_types();
    init_exception_types();
    for (auto init : type_init_hooks()) init();  // interp/ and stdlib/ types
    static_types_ready();
  });
}

}  // namespace minipy
