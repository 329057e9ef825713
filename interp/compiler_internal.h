// The compiler's private state, shared by compiler.cpp (driver, units, names, constants),
// compiler_stmt.cpp, compiler_expr.cpp and compiler_assemble.cpp (jumps, stack depth).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/opcodes.h"
#include "interp/symtable.h"

namespace minipy {

struct Instr {
  Opcode op;
  uint32_t arg;  // for jumps: a label id until assembly
  SourcePos pos;
};

bool is_jump_op(Opcode op);
BinOp binop_enum(ast::Operator op);  // the runtime numbering of an AST operator
int stack_effect(Opcode op, uint32_t arg, bool jump);  // jump: the effect along the taken branch

// A compile-time constant: the object and a key that tells equal-but-distinct constants apart
// (1, 1.0, True and "1" are four constants).
struct ConstVal {
  Ref obj;
  std::string key;
};

// Frame blocks the compiler tracks to unwind correctly on break/continue/return.
enum class FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, ExceptHandler, ExceptStar };
struct FBlock {
  FBlockKind kind;
  int continue_label = -1, exit_label = -1;
  const std::vector<ast::Stmt*>* finalbody = nullptr;
  std::string name;  // HandlerCleanup: the `as` name to clear (may be empty)
  SourcePos pos{};   // With: the statement (its __exit__ call is attributed to it)
};

struct Unit {
  SymbolBlock* ste = nullptr;
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> instruction index (-1 until bound)
  std::vector<Ref> consts;
  std::map<std::string, int> const_index;
  std::vector<std::string> names, varnames, cellvars, freevars;
  std::map<std::string, int> name_index, varname_index;
  std::vector<FBlock> fblocks;
  std::string name, qualname;
  int firstlineno = 1;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  SourcePos pos;  // position given to emitted instructions
  bool in_class_body() const { return ste->kind == BlockKind::Class; }
};

class Compiler {
 public:
  Compiler(const std::string& filename, std::string_view source) : filename_(filename), source_(source) {}
  Ref compile_mod(ast::Mod* mod, ParseMode mode);

  // ---- errors ----
  [[noreturn]] void error(const std::string& msg, const ast::Pos& pos);
  Ref make_syntax_error(const std::string& msg, const ast::Pos& pos, const char* type = "SyntaxError");

 private:
  friend struct UnitScope;
  // ---- units ----
  void enter_unit(SymbolBlock* ste, const std::string& name, int firstlineno);
  Ref leave_unit();  // assemble the current unit into a code object
  Unit& u() { return *units_.back(); }
  std::string child_qualname(const std::string& name);

  // ---- emission ----
  int emit(Opcode op, uint32_t arg = 0);
  int new_label();
  void bind(int label);
  void emit_jump(Opcode op, int label) { emit(op, uint32_t(label)); }
  void set_pos(const ast::Pos& p);
  int add_const(ConstVal c);
  void load_const(ConstVal c) { emit(LOAD_CONST, add_const(std::move(c))); }
  void load_none();
  int add_name(const std::string& n);
  int add_varname(const std::string& n);
  int deref_index(const std::string& n);
  std::string mangled(const std::string& n) { return mangle(u().ste->private_name, n); }

  // ---- compile-time SyntaxWarnings (compiler_warnings.cpp; CPython's compiler_warn) ----
  void warn(const std::string& msg, const ast::Pos& pos);
  void check_compare(ast::Compare* c);     // `x is 1`
  void check_caller(ast::Expr* func);      // `(1, 2)(3)`: a missing comma
  void check_subscript(ast::Subscript* s);  // `5[0]`, `[1, 2][3, 4]`
  const char* inferred_type(ast::Expr* e);  // CPython's infer_type: null when unknown

  // ---- constants ----
  ConstVal const_none();
  ConstVal const_str(const std::string& s);
  ConstVal const_int(int64_t v);
  ConstVal const_tuple_of_strs(const std::vector<std::string>& v);
  bool const_of(ast::Expr* e, ConstVal& out);  // fold a constant expression, if it is one
  ConstVal const_from_ast(ast::Constant* c);

  // ---- statements (compiler_stmt.cpp) ----
  void stmts(const std::vector<ast::Stmt*>& v);
  void stmt(ast::Stmt* s);
  void body_with_docstring(const std::vector<ast::Stmt*>& body, bool store_doc);
  void function_def(ast::FunctionDef* f);
  void class_def(ast::ClassDef* c);
  void make_closure(Ref code, uint32_t flags, SymbolBlock* child);
  uint32_t function_defaults(ast::Arguments* a);
  bool function_annotations(ast::Arguments* a, ast::Expr* returns);
  void decorators(const std::vector<ast::Expr*>& d);
  void annotation(ast::Expr* e);
  void assign(ast::Assign* a);
  void aug_assign(ast::AugAssign* a);
  void ann_assign(ast::AnnAssign* a);
  void for_stmt(ast::For* f);
  void async_for_stmt(ast::For* f);
  void while_stmt(ast::While* w);
  void if_stmt(ast::If* i);
  void with_stmt(ast::With* w, size_t item);
  void try_stmt(ast::Try* t);
  void try_except(ast::Try* t);
  void try_except_star(ast::Try* t);
  void try_finally(ast::Try* t);
  void raise_stmt(ast::Raise* r);
  void assert_stmt(ast::Assert* a);
  void import_stmt(ast::Import* i);
  void import_from(ast::ImportFrom* i);
  void return_stmt(ast::Return* r);
  void break_stmt(ast::Stmt* s);
  void continue_stmt(ast::Stmt* s);
  void delete_target(ast::Expr* e);
  // Emit the cleanup of frame blocks when leaving them early; stops at the innermost loop when
  // `stop_at_loop` (break/continue), returning it (or nullptr). preserve_tos keeps a return value.
  FBlock* unwind_fblocks(bool preserve_tos, bool stop_at_loop);
  void unwind_fblock(FBlock& b, bool preserve_tos);
  void clear_name(const std::string& name);  // name = None; del name

  // ---- expressions (compiler_expr.cpp) ----
  void expr(ast::Expr* e);
  void store(ast::Expr* target);
  void nameop(const std::string& id, ast::ExprContext ctx);
  void jump_if(ast::Expr* e, bool cond, int label);  // jump to label when bool(e) == cond
  void bool_op(ast::BoolOp* b);
  void compare(ast::Compare* c);
  void call(ast::Call* c);
  void call_helper(int n_already, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& kws);
  void starred_collection(const std::vector<ast::Expr*>& elts, Opcode build, Opcode add, Opcode extend, bool tuple);
  // The iterable of a for loop or comprehension: a constant set display becomes a frozenset constant
  // (CPython's AST optimizer does so, and it decides the iteration order).
  void iter_expr(ast::Expr* e);
  Ref const_frozenset(const std::vector<ast::Expr*>& elts, std::string& key);  // null unless all constant
  void dict_display(ast::Dict* d);
  void subscript_slice(ast::Expr* slice);
  void lambda(ast::Lambda* l);
  void comprehension(ast::Expr* e, const std::vector<ast::Comprehension*>& gens, ast::Expr* elt,
                     ast::Expr* value, const char* name);
  void comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t i, ast::Expr* elt,
                               ast::Expr* value, ast::ExprKind kind, int depth);
  void joined_str(ast::JoinedStr* j);
  void formatted_value(ast::FormattedValue* f);
  void unpack_targets(const std::vector<ast::Expr*>& elts, const ast::Pos& pos);
  void yield_from();

  // ---- match (compiler_match.cpp) ----
  // While a pattern is compiled, the values being matched sit on the stack above the subject.
  // `match_depth_` counts them; a failing check jumps to a label that pops the right number of
  // them (one label per depth, chained) and continues at the failure target of the innermost
  // MatchFail (the next case, or the next alternative of an or-pattern).
  struct MatchFail {
    int base;
    std::vector<int> labels;
  };
  void match_stmt(ast::Match* m);
  void pattern(ast::Pattern* p, std::vector<std::string>& names);
  void pattern_capture(const std::string& name, const ast::Pos& pos, std::vector<std::string>& names);
  void jump_to_fail(Opcode op);
  int fail_label();
  void emit_fail_chain(MatchFail& f);
  void load_match_helper(int which);
  std::vector<MatchFail> match_fail_;
  int match_depth_ = 0;

  std::string filename_;
  std::string_view source_;
  SymbolTable symtable_;
  std::vector<std::unique_ptr<Unit>> units_;
  bool interactive_ = false;
  bool future_annotations_ = false;  // from __future__ import annotations
  int code_counter_ = 0;
};

// Assemble a finished unit into a CodeObject (compiler_assemble.cpp).
Ref assemble_unit(Unit& u, const std::string& filename, uint32_t flags);

}  // namespace minipy
