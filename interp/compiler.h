// The compiler: AST -> code objects (symbol tables, scopes and closures, then bytecode).
#pragma once

#include <string>
#include <string_view>

#include "interp/ast.h"
#include "interp/parser.h"
#include "runtime/object.h"

namespace minipy {

// Compile a parsed module. `mode` picks the code shape: Exec (module), Eval (expression returns
// its value), Single (interactive: expression statements are echoed with PRINT_EXPR).
// Throws PyException(SyntaxError) for errors found at this stage ("'return' outside function",
// "nonlocal declaration not allowed at module level", ...).
Ref compile_ast(ast::Mod* mod, const std::string& filename, ParseMode mode);

// Parse and compile source text; a ParseError becomes a Python SyntaxError (PyException) with
// filename, lineno, offset, text, end_lineno, end_offset set as CPython sets them.
Ref compile_source(std::string_view source, const std::string& filename, ParseMode mode);

// Disassemble a code object (and nested ones) for debugging: `minipy -X dis script.py`.
std::string disassemble(Value code);

}  // namespace minipy
