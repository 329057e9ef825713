// The io module: StringIO, open and the file types (the objects themselves live in runtime/).
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/file_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

static Ref make_io_module() {
  Ref mod = module_new("io");
  Value d = module_dict(mod);
  auto type = [](TypeObject* t) { return Value(static_cast<Object*>(t)); };
  dict_set_str(d, "StringIO", type(&StringIOType));
  dict_set_str(d, "BytesIO", type(&BytesIOType));
  dict_set_str(d, "TextIOWrapper", type(&TextIOWrapperType));
  dict_set_str(d, "BufferedReader", type(&BufferedReaderType));
  dict_set_str(d, "BufferedWriter", type(&BufferedWriterType));
  dict_set_str(d, "BufferedRandom", type(&BufferedRandomType));
  dict_set_str(d, "FileIO", type(&FileIOType));
  dict_set_str(d, "UnsupportedOperation", type(unsupported_operation_type()));
  if (InterpreterState* is = current_interp()) {
    if (Value open = dict_get_str(is->builtins, "open")) dict_set_str(d, "open", open);
  }
  dict_set_str(d, "SEEK_SET", Value::small_int(0));
  dict_set_str(d, "SEEK_CUR", Value::small_int(1));
  dict_set_str(d, "SEEK_END", Value::small_int(2));
  dict_set_str(d, "DEFAULT_BUFFER_SIZE", Value::small_int(8192));
  return mod;
}

static BuiltinModule reg_io("io", &make_io_module);
static BuiltinModule reg__io("_io", &make_io_module);

}  // namespace minipy
