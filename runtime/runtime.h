// Process-wide runtime start-up: fills in the static built-in types once, in dependency order.
#pragma once

namespace minipy {

void runtime_init();  // idempotent, thread-safe

// Types defined above runtime/ (function, generator, code, traceback, file objects...) declare
// themselves through a hook that runtime_init runs after the core types and before
// static_types_ready():  static TypeInitHook hook(&init_function_type);
struct TypeInitHook {
  explicit TypeInitHook(void (*init)());
};

// Each core type file provides one initializer; types.cpp calls them in order.
void init_object_type();   // object, type, NoneType, NotImplementedType, ellipsis  (type_object.cpp)
void init_str_type();      // str (and the intern table)                           (str_object.cpp)
void init_int_type();      // int, bool                                            (int_object.cpp)
void init_float_type();    // float                                                (float_object.cpp)
void init_bytes_type();    // bytes, bytearray                                     (bytes_object.cpp)
void init_tuple_type();    // tuple                                                (tuple_object.cpp)
void init_list_type();     // list                                                 (list_object.cpp)
void init_dict_type();     // dict and its views                                   (dict_object.cpp)
void init_set_type();      // set, frozenset                                       (set_object.cpp)
void init_range_slice_types();  // range, slice                                    (range_slice.cpp)
void init_iterator_types();     // enumerate, zip, map, filter, reversed, seq iterators (iterators.cpp)
void init_descriptor_types();   // method/property/classmethod/staticmethod/super/cell/module (descriptors.cpp)
void init_exception_types();    // the exception hierarchy                         (exceptions.cpp)

}  // namespace minipy
