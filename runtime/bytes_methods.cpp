// Methods of bytes and bytearray.
#include "runtime/abstract.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/str_internal.h"

namespace minipy {

static std::string_view self_view(Value v) {
  return is_bytes(v) ? bytes_view(v) : std::string_view(bytearray_buffer(v));
}

static Ref bytes_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("decode", "encoding='utf-8', errors='strict'");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string_view enc = a[0] ? expect_str(a[0], "decode() argument 'encoding' must be str, not %s") : "utf-8";
  std::string_view err = a[1] ? expect_str(a[1], "decode() argument 'errors' must be str, not %s") : "strict";
  return codec_decode(self_view(self), enc, err);
}

extern const MethodDef kBytesMethods[], kByteArrayMethods[];
const MethodDef kBytesMethods[] = {
    {"decode", bytes_decode},
    {nullptr, nullptr},
};
const MethodDef kByteArrayMethods[] = {
    {"decode", bytes_decode},
    {nullptr, nullptr},
};

}  // namespace minipy
