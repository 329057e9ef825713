# Turns one Python source file into a C++ file that registers it as a frozen module
# (runtime/module_registry.h). Run by the build:
#   cmake -DNAME=a.b -DPACKAGE=true|false -DSRC=path.py -DOUT=frozen_x.cpp -P this
# The source is written as a byte array, so no character in it needs escaping.
file(READ "${SRC}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Break the array into lines of 32 bytes so compiler diagnostics stay readable.
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}.tmp"
"// Generated from ${SRC} by cmake/embed_frozen.cmake: edit the .py, not this file.
#include \"runtime/module_registry.h\"

namespace minipy {
namespace {

const char kSource[] = {
${bytes}0x00};

FrozenModule reg(\"${NAME}\", kSource, ${PACKAGE});

}  // namespace
}  // namespace minipy
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
