// Struct sequences: tuple subclasses whose items are also named attributes, as CPython's
// sys.version_info, sys.float_info, time.struct_time. Instances are real tuples (indexing,
// comparison, len, hashing), so version_info >= (3, 8) works.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace minipy {

struct StructSeqType : TypeObject {
  const char* const* fields = nullptr;  // n_fields names
  int n_visible = 0;                    // fields that are tuple items (the rest: attributes only)
  int n_fields = 0;
  bool namespace_repr = false;          // repr as "namespace(a=..., b=...)" (sys.implementation)
};

// Declare a struct-sequence type (call from an init hook before static_types_ready).
void struct_seq_declare(StructSeqType& t, const char* dotted_name, const char* const* fields, int n_visible,
                        int n_fields);
// A new instance with `values` (n_fields of them; extra attribute-only fields may be omitted -> None).
Ref struct_seq_new(StructSeqType& t, std::initializer_list<Value> values);
Ref struct_seq_new_array(StructSeqType& t, const Value* values, size_t n);

// The struct sequences of sys and time (declared by init_struct_seq_types, from init_io_types).
extern StructSeqType VersionInfoType, FlagsType, FloatInfoType, IntInfoType, HashInfoType, ThreadInfoType,
    ImplementationType, StructTimeType, ClockInfoType;
void init_struct_seq_types();

}  // namespace minipy
