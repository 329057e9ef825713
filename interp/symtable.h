// Symbol tables: the compiler's first pass. It walks the AST once, records every name each scope
// binds, uses or declares, then resolves each name to one of Python's scopes (local, global
// explicit/implicit, free, cell) exactly as CPython 3.11's symtable.c does, so closures, class
// bodies, comprehensions and `super()` behave identically.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"

namespace minipy {

enum class BlockKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Per-name facts gathered while walking a block (CPython's DEF_* flags).
enum SymFlag : uint32_t {
  kDefLocal = 1u << 0,      // assigned/bound in this block
  kDefGlobal = 1u << 1,     // `global name`
  kDefNonlocal = 1u << 2,   // `nonlocal name`
  kDefParam = 1u << 3,      // a parameter
  kUse = 1u << 4,           // read in this block
  kDefFreeClass = 1u << 5,  // a class-local name that a method also needs from an outer function
  kDefImport = 1u << 6,
  kDefAnnot = 1u << 7,      // annotated (`x: int`)
  kDefCompIter = 1u << 8,   // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Thrown by the symbol table pass; the compiler turns it into a Python SyntaxError.
struct CompileError {
  std::string msg;
  ast::Pos pos;
};

struct SymbolBlock {
  BlockKind kind = BlockKind::Module;
  std::string name;
  ast::Pos pos;
  std::map<std::string, uint32_t> flags;   // name (mangled) -> SymFlag bits
  std::map<std::string, SymScope> scopes;  // filled by the analysis
  std::vector<std::string> params;         // parameter names in co_varnames order
  std::vector<SymbolBlock*> children;
  SymbolBlock* parent = nullptr;
  std::string private_name;  // enclosing class name for __mangling (empty: none)
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_varargs = false, has_varkeywords = false;
  bool needs_class_closure = false;  // class block: methods use __class__ / super()
  bool is_nested = false;            // a function inside a function
  bool has_annotations = false;      // module/class: an annotated simple name appears
  bool child_free = false;

  SymScope scope_of(const std::string& mangled) const {
    auto it = scopes.find(mangled);
    return it == scopes.end() ? SymScope::Unknown : it->second;
  }
  uint32_t flags_of(const std::string& mangled) const {
    auto it = flags.find(mangled);
    return it == flags.end() ? 0 : it->second;
  }
  bool is_function_like() const {
    return kind == BlockKind::Function || kind == BlockKind::Lambda || kind == BlockKind::Comprehension;
  }
};

class SymbolTable {
 public:
  // Build and analyse the tables for a module. Throws CompileError.
  void build(ast::Mod* mod);

  SymbolBlock* module() const { return top_; }
  // The block opened by a FunctionDef, ClassDef, Lambda or comprehension node.
  SymbolBlock* block_for(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  SymbolBlock* enter(BlockKind kind, const std::string& name, const void* node, const ast::Pos& pos);
  void leave();
  void add_def(const std::string& name, uint32_t flag, const ast::Pos& pos);
  void visit_stmt(ast::Stmt* s);
  void visit_stmts(const std::vector<ast::Stmt*>& v);
  void visit_expr(ast::Expr* e);
  void visit_exprs(const std::vector<ast::Expr*>& v);
  void visit_arguments_defaults(ast::Arguments* a);
  void visit_annotations(ast::Arguments* a, ast::Expr* returns);
  void visit_params(ast::Arguments* a);
  void visit_comprehension(ast::Expr* e, const std::vector<ast::Comprehension*>& gens,
                           ast::Expr* elt, ast::Expr* value, const char* name);
  void visit_pattern(ast::Pattern* p);
  void visit_named_expr_target(ast::NamedExpr* ne);
  void analyze();

  std::vector<std::unique_ptr<SymbolBlock>> blocks_;
  std::unordered_map<const void*, SymbolBlock*> by_node_;
  SymbolBlock* top_ = nullptr;
  SymbolBlock* cur_ = nullptr;
  bool comp_target_ = false;  // visiting a comprehension's `for` target
  std::vector<SymbolBlock*> stack_;
};

// CPython's private name mangling: inside class `Foo`, `__x` becomes `_Foo__x` (not dunder names,
// not dotted names; leading underscores of the class name are stripped; an all-underscore class
// name does not mangle).
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace minipy
