// Opcode names, for the disassembler and error reports.
#include "interp/opcodes.h"

namespace minipy {

const char* opcode_name(int op) {
  static const char* const kNames[] = {
#define MINIPY_OPCODE_NAME(name) #name,
      MINIPY_OPCODES(MINIPY_OPCODE_NAME)
#undef MINIPY_OPCODE_NAME
  };
  if (op < 0 || op >= int(kOpcodeCount)) return "<invalid>";
  return kNames[op];
}

}  // namespace minipy
