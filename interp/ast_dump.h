// ast_dump(): the exact text of Python's `ast.dump(tree)` (no attributes), for testing the parser
// against CPython.
#pragma once

#include <string>

#include "interp/ast.h"

namespace minipy {

// include_attributes: as ast.dump(tree, include_attributes=True) (positions of every node).
std::string ast_dump(const ast::Mod* mod, bool include_attributes = false);

// Python's repr() of a str given as UTF-8 (used by ast_dump; handy elsewhere for tests).
std::string py_str_repr(const std::string& utf8);

}  // namespace minipy
