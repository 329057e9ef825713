// Methods of str.
#include "runtime/abstract.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/str_internal.h"

namespace minipy {

static Ref str_encode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("encode", "encoding='utf-8', errors='strict'");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string_view enc = a[0] ? expect_str(a[0], "encode() argument 'encoding' must be str, not %s") : "utf-8";
  std::string_view err = a[1] ? expect_str(a[1], "encode() argument 'errors' must be str, not %s") : "strict";
  return codec_encode(self, enc, err);
}

extern const MethodDef kStrMethods[];
const MethodDef kStrMethods[] = {
    {"encode", str_encode},
    {nullptr, nullptr},
};

}  // namespace minipy
