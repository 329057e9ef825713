// Statements: definitions, assignments, control flow, exception handling (the canonical
// sequences of interp/opcodes.h), imports. Early exits (break/continue/return) unwind the frame
// blocks they leave: pop handler blocks, run finally bodies, call __exit__, drop loop iterators.
#include <algorithm>

#include "interp/compiler_internal.h"
#include "interp/match_support.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

using namespace ast;

static bool is_docstring(Stmt* s) {
  if (s->kind != StmtKind::Expr) return false;
  Expr* v = static_cast<ExprStmt*>(s)->value;
  return v->kind == ExprKind::Constant && static_cast<Constant*>(v)->ckind == ConstKind::Str;
}

void Compiler::stmts(const std::vector<Stmt*>& v) {
  for (Stmt* s : v) stmt(s);
}

void Compiler::body_with_docstring(const std::vector<Stmt*>& body, bool store_doc) {
  size_t i = 0;
  if (store_doc && !body.empty() && is_docstring(body[0])) {
    set_pos(*body[0]);
    expr(static_cast<ExprStmt*>(body[0])->value);
    emit(STORE_NAME, add_name("__doc__"));
    i = 1;
  }
  for (; i < body.size(); ++i) stmt(body[i]);
}

void Compiler::stmt(Stmt* s) {
  check_c_stack();
  set_pos(*s);
  switch (s->kind) {
    case StmtKind::FunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
    case StmtKind::AsyncFunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
    case StmtKind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
    case StmtKind::Return: return_stmt(static_cast<Return*>(s)); break;
    case StmtKind::Delete:
      for (Expr* t : static_cast<Delete*>(s)->targets) delete_target(t);
      break;
    case StmtKind::Assign: assign(static_cast<Assign*>(s)); break;
    case StmtKind::AugAssign: aug_assign(static_cast<AugAssign*>(s)); break;
    case StmtKind::AnnAssign: ann_assign(static_cast<AnnAssign*>(s)); break;
    case StmtKind::For: for_stmt(static_cast<For*>(s)); break;
    case StmtKind::AsyncFor: async_for_stmt(static_cast<For*>(s)); break;
    case StmtKind::While: while_stmt(static_cast<While*>(s)); break;
    case StmtKind::If: if_stmt(static_cast<If*>(s)); break;
    case StmtKind::With: with_stmt(static_cast<With*>(s), 0); break;
    case StmtKind::AsyncWith: with_stmt(static_cast<With*>(s), 0); break;
    case StmtKind::Match: match_stmt(static_cast<Match*>(s)); break;
    case StmtKind::Raise: raise_stmt(static_cast<Raise*>(s)); break;
    case StmtKind::Try: try_stmt(static_cast<Try*>(s)); break;
    case StmtKind::TryStar: try_stmt(static_cast<Try*>(s)); break;
    case StmtKind::Assert: assert_stmt(static_cast<Assert*>(s)); break;
    case StmtKind::Import: import_stmt(static_cast<Import*>(s)); break;
    case StmtKind::ImportFrom: import_from(static_cast<ImportFrom*>(s)); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass: break;
    case StmtKind::Break: break_stmt(s); break;
    case StmtKind::Continue: continue_stmt(s); break;
    case StmtKind::Expr: {
      Expr* v = static_cast<ExprStmt*>(s)->value;
      if (interactive_ && units_.size() == 1) {
        expr(v);
        emit(PRINT_EXPR);
      } else if (v->kind == ExprKind::Constant) {
        // A bare constant (a docstring-like string, `...`) has no effect.
      } else {
        expr(v);
        emit(POP_TOP);
      }
      break;
    }
  }
}

// ---- definitions -------------------------------------------------------------------------------

void Compiler::decorators(const std::vector<Expr*>& d) {
  for (Expr* e : d) expr(e);
}

uint32_t Compiler::function_defaults(Arguments* a) {
  uint32_t flags = 0;
  if (!a->defaults.empty()) {
    bool all_const = true;
    std::vector<ConstVal> vals(a->defaults.size());
    for (size_t i = 0; i < a->defaults.size() && all_const; ++i) all_const = const_of(a->defaults[i], vals[i]);
    if (all_const) {
      Ref t = tuple_new(vals.size());
      std::string key = "t(";
      for (size_t i = 0; i < vals.size(); ++i) {
        key += vals[i].key;
        key += '\x1f';
        tuple_init_item(t, i, std::move(vals[i].obj));
      }
      load_const(ConstVal{std::move(t), key + ")"});
    } else {
      for (Expr* e : a->defaults) expr(e);
      emit(BUILD_TUPLE, uint32_t(a->defaults.size()));
    }
    flags |= kFnDefaults;
  }
  std::vector<std::string> kwnames;
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    expr(d);
    kwnames.push_back(mangled(a->kwonlyargs[i]->arg));
  }
  if (!kwnames.empty()) {
    load_const(const_tuple_of_strs(kwnames));
    emit(BUILD_CONST_KEY_MAP, uint32_t(kwnames.size()));
    flags |= kFnKwDefaults;
  }
  return flags;
}

bool Compiler::function_annotations(Arguments* a, Expr* returns) {
  std::vector<std::string> names;
  auto ann = [&](Arg* arg) {
    if (!arg || !arg->annotation) return;
    annotation(arg->annotation);
    names.push_back(mangled(arg->arg));
  };
  // CPython's order: args, posonlyargs, *vararg, kwonlyargs, **kwarg, return.
  for (Arg* x : a->args) ann(x);
  for (Arg* x : a->posonlyargs) ann(x);
  ann(a->vararg);
  for (Arg* x : a->kwonlyargs) ann(x);
  ann(a->kwarg);
  if (returns) {
    annotation(returns);
    names.push_back("return");
  }
  if (names.empty()) return false;
  load_const(const_tuple_of_strs(names));
  emit(BUILD_CONST_KEY_MAP, uint32_t(names.size()));
  return true;
}

// With `from __future__ import annotations` an annotation is its source text (PEP 563), so
// forward references never fail; otherwise it is evaluated.
void Compiler::annotation(Expr* e) {
  if (!future_annotations_ || source_.empty()) {
    expr(e);
    return;
  }
  std::string text;
  int line = 1;
  size_t pos = 0;
  while (line < e->lineno && pos < source_.size()) {
    size_t nl = source_.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++line;
  }
  size_t start = pos + size_t(e->col_offset);
  size_t end = start;
  // Walk to (end_lineno, end_col_offset); newlines inside brackets become single spaces.
  size_t p = pos;
  for (int l = e->lineno; l < e->end_lineno && p < source_.size(); ++l) {
    size_t nl = source_.find('\n', p);
    if (nl == std::string_view::npos) break;
    p = nl + 1;
  }
  end = p + size_t(e->end_col_offset);
  if (start > source_.size() || end > source_.size() || end < start) {
    expr(e);
    return;
  }
  if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->ckind == ConstKind::Str) {
    load_const(const_str(str_repr_utf8(static_cast<Constant*>(e)->text)));
    return;
  }
  bool pending_space = false;
  for (char ch : source_.substr(start, end - start)) {
    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
      pending_space = pending_space || ch == ' ' || ch == '\n';
      continue;
    }
    if (pending_space && !text.empty() && text.back() != '(' && text.back() != '[' && text.back() != '{' &&
        ch != ')' && ch != ']' && ch != '}' && ch != ',')
      text += ' ';
    pending_space = false;
    text += ch;
  }
  load_const(const_str(text));
}

void Compiler::make_closure(Ref code, uint32_t flags, SymbolBlock* child) {
  auto* co = code.as<CodeObject>();
  if (!co->freevars.empty()) {
    for (const Ref& fv : co->freevars) emit(LOAD_CLOSURE, uint32_t(deref_index(std::string(str_view(fv)))));
    emit(BUILD_TUPLE, uint32_t(co->freevars.size()));
    flags |= kFnClosure;
  }
  load_const(ConstVal{std::move(code), "code#" + std::to_string(code_counter_++)});
  emit(MAKE_FUNCTION, flags);
}

static void set_arg_counts(Unit& unit, Arguments* a) {
  unit.argcount = int(a->posonlyargs.size() + a->args.size());
  unit.posonlyargcount = int(a->posonlyargs.size());
  unit.kwonlyargcount = int(a->kwonlyargs.size());
}

void Compiler::function_def(FunctionDef* f) {
  decorators(f->decorator_list);
  uint32_t flags = function_defaults(f->args);
  if (function_annotations(f->args, f->returns)) flags |= kFnAnnotations;
  SymbolBlock* ste = symtable_.block_for(f);
  int firstline = f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno;
  enter_unit(ste, f->name, firstline);
  set_arg_counts(u(), f->args);
  size_t start = 0;
  if (!f->body.empty() && is_docstring(f->body[0])) {
    add_const(const_from_ast(static_cast<Constant*>(static_cast<ExprStmt*>(f->body[0])->value)));
    start = 1;
  } else {
    add_const(const_none());
  }
  for (size_t i = start; i < f->body.size(); ++i) stmt(f->body[i]);
  load_none();
  emit(RETURN_VALUE);
  Ref code = leave_unit();
  set_pos(*f);
  make_closure(std::move(code), flags, ste);
  for (size_t i = 0; i < f->decorator_list.size(); ++i) emit(CALL, 1);
  nameop(f->name, ExprContext::Store);
}

void Compiler::class_def(ClassDef* c) {
  decorators(c->decorator_list);
  set_pos(*c);
  emit(LOAD_BUILD_CLASS);
  SymbolBlock* ste = symtable_.block_for(c);
  int firstline = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
  enter_unit(ste, c->name, firstline);
  add_const(const_none());  // the body function has no docstring (code.h: consts[0])
  set_pos(*c);
  emit(LOAD_NAME, add_name("__name__"));
  emit(STORE_NAME, add_name("__module__"));
  load_const(const_str(u().qualname));
  emit(STORE_NAME, add_name("__qualname__"));
  if (ste->has_annotations) emit(SETUP_ANNOTATIONS);
  body_with_docstring(c->body, true);
  if (ste->needs_class_closure) {
    emit(LOAD_CLOSURE, 0);
    emit(COPY, 1);
    emit(STORE_NAME, add_name("__classcell__"));
  } else {
    load_none();
  }
  emit(RETURN_VALUE);
  Ref code = leave_unit();
  set_pos(*c);
  make_closure(std::move(code), 0, ste);
  load_const(const_str(c->name));
  call_helper(2, c->bases, c->keywords);
  for (size_t i = 0; i < c->decorator_list.size(); ++i) emit(CALL, 1);
  nameop(c->name, ExprContext::Store);
}

void Compiler::lambda(Lambda* l) {
  uint32_t flags = function_defaults(l->args);
  SymbolBlock* ste = symtable_.block_for(l);
  enter_unit(ste, "<lambda>", l->lineno);
  set_arg_counts(u(), l->args);
  add_const(const_none());
  set_pos(*l->body);
  expr(l->body);
  if (ste->is_generator) {
    emit(POP_TOP);
    load_none();
  }
  emit(RETURN_VALUE);
  Ref code = leave_unit();
  make_closure(std::move(code), flags, ste);
}

// ---- assignments -------------------------------------------------------------------------------

void Compiler::assign(Assign* a) {
  // a, b = b, a: no tuple is built (the values are swapped on the stack).
  if (a->targets.size() == 1 && a->value->kind == ExprKind::Tuple &&
      (a->targets[0]->kind == ExprKind::Tuple || a->targets[0]->kind == ExprKind::List)) {
    auto* vt = static_cast<Tuple*>(a->value);
    const std::vector<Expr*>& telts = a->targets[0]->kind == ExprKind::Tuple
                                          ? static_cast<Tuple*>(a->targets[0])->elts
                                          : static_cast<List*>(a->targets[0])->elts;
    size_t n = vt->elts.size();
    bool plain = (n == 2 || n == 3) && telts.size() == n;
    for (Expr* e : vt->elts) plain = plain && e->kind != ExprKind::Starred;
    for (Expr* e : telts) plain = plain && e->kind != ExprKind::Starred;
    ConstVal dummy;
    if (plain && !const_of(vt, dummy)) {
      for (Expr* e : vt->elts) expr(e);
      emit(SWAP, uint32_t(n));
      for (Expr* t : telts) store(t);
      return;
    }
  }
  expr(a->value);
  for (size_t i = 0; i < a->targets.size(); ++i) {
    if (i + 1 < a->targets.size()) emit(COPY, 1);
    store(a->targets[i]);
  }
}

minipy::BinOp binop_enum(Operator op) {
  switch (op) {
    case Operator::Add: return minipy::BinOp::Add;
    case Operator::Sub: return minipy::BinOp::Sub;
    case Operator::Mult: return minipy::BinOp::Mul;
    case Operator::MatMult: return minipy::BinOp::MatMul;
    case Operator::Div: return minipy::BinOp::TrueDiv;
    case Operator::Mod: return minipy::BinOp::Mod;
    case Operator::Pow: return minipy::BinOp::Pow;
    case Operator::LShift: return minipy::BinOp::LShift;
    case Operator::RShift: return minipy::BinOp::RShift;
    case Operator::BitOr: return minipy::BinOp::Or;
    case Operator::BitXor: return minipy::BinOp::Xor;
    case Operator::BitAnd: return minipy::BinOp::And;
    case Operator::FloorDiv: return minipy::BinOp::FloorDiv;
  }
  return minipy::BinOp::Add;
}

uint32_t binop_arg(Operator op, bool inplace) { return uint32_t(binop_enum(op)) + (inplace ? kInplace : 0); }

void Compiler::aug_assign(AugAssign* a) {
  Expr* t = a->target;
  switch (t->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(t);
      nameop(n->id, ExprContext::Load);
      expr(a->value);
      set_pos(*a);
      emit(BINARY_OP, binop_arg(a->op, true));
      nameop(n->id, ExprContext::Store);
      break;
    }
    case ExprKind::Attribute: {
      auto* at = static_cast<Attribute*>(t);
      expr(at->value);
      emit(COPY, 1);
      set_pos(*at);
      emit(LOAD_ATTR, add_name(mangled(at->attr)));
      expr(a->value);
      set_pos(*a);
      emit(BINARY_OP, binop_arg(a->op, true));
      emit(SWAP, 2);
      set_pos(*at);
      emit(STORE_ATTR, add_name(mangled(at->attr)));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      emit(COPY, 2);
      emit(COPY, 2);
      set_pos(*s);
      emit(BINARY_SUBSCR);
      expr(a->value);
      set_pos(*a);
      emit(BINARY_OP, binop_arg(a->op, true));
      emit(SWAP, 3);
      emit(SWAP, 2);
      set_pos(*s);
      emit(STORE_SUBSCR);
      break;
    }
    default: error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", *t);
  }
}

void Compiler::ann_assign(AnnAssign* a) {
  Expr* t = a->target;
  if (a->value) {
    expr(a->value);
    store(t);
  }
  switch (t->kind) {
    case ExprKind::Name:
      if (a->simple && (u().ste->kind == BlockKind::Module || u().ste->kind == BlockKind::Class)) {
        annotation(a->annotation);
        set_pos(*a);
        emit(LOAD_NAME, add_name("__annotations__"));
        load_const(const_str(mangled(static_cast<Name*>(t)->id)));
        emit(STORE_SUBSCR);
      }
      break;
    case ExprKind::Attribute:
      if (!a->value) {
        expr(static_cast<Attribute*>(t)->value);
        emit(POP_TOP);
      }
      break;
    case ExprKind::Subscript:
      if (!a->value) {
        expr(static_cast<Subscript*>(t)->value);
        emit(POP_TOP);
        expr(static_cast<Subscript*>(t)->slice);
        emit(POP_TOP);
      }
      break;
    default: break;
  }
}

void Compiler::delete_target(Expr* e) {
  set_pos(*e);
  switch (e->kind) {
    case ExprKind::Name: nameop(static_cast<Name*>(e)->id, ExprContext::Del); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      expr(a->value);
      set_pos(*e);
      emit(DELETE_ATTR, add_name(mangled(a->attr)));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      expr(s->value);
      expr(s->slice);
      set_pos(*e);
      emit(DELETE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts) delete_target(x);
      break;
    case ExprKind::List:
      for (Expr* x : static_cast<List*>(e)->elts) delete_target(x);
      break;
    default: error("cannot delete expression", *e);
  }
}

void Compiler::clear_name(const std::string& name) {
  load_none();
  nameop(name, ExprContext::Store);
  nameop(name, ExprContext::Del);
}

// ---- control flow ------------------------------------------------------------------------------

void Compiler::if_stmt(If* i) {
  int orelse = new_label(), end = new_label();
  ConstVal c;
  jump_if(i->test, false, i->orelse.empty() ? end : orelse);
  stmts(i->body);
  if (!i->orelse.empty()) {
    emit_jump(JUMP, end);
    bind(orelse);
    stmts(i->orelse);
  }
  bind(end);
}

// The test is compiled twice (before the loop and at its bottom) so that each iteration costs one
// conditional jump instead of a conditional and an unconditional one, as CPython 3.11 does.
void Compiler::while_stmt(While* w) {
  int body = new_label(), test = new_label(), orelse = new_label(), end = new_label();
  jump_if(w->test, false, orelse);
  bind(body);
  u().fblocks.push_back(FBlock{FBlockKind::WhileLoop, test, end});
  stmts(w->body);
  u().fblocks.pop_back();
  bind(test);
  set_pos(*w);
  jump_if(w->test, true, body);
  bind(orelse);
  stmts(w->orelse);
  bind(end);
}

void Compiler::for_stmt(For* f) {
  int top = new_label(), cleanup = new_label(), end = new_label();
  iter_expr(f->iter);
  set_pos(*f);
  emit(GET_ITER);
  bind(top);
  emit_jump(FOR_ITER, cleanup);
  store(f->target);
  u().fblocks.push_back(FBlock{FBlockKind::ForLoop, top, end});
  stmts(f->body);
  u().fblocks.pop_back();
  set_pos(*f);
  emit_jump(JUMP, top);
  bind(cleanup);
  stmts(f->orelse);
  bind(end);
}

// async for: each step awaits __anext__() under a handler; StopAsyncIteration ends the loop
// (END_ASYNC_FOR: [aiter exc] -> [] when exc is a StopAsyncIteration, popping the handler block
// like POP_EXCEPT; otherwise it re-raises exc).
void Compiler::async_for_stmt(For* f) {
  int top = new_label(), except = new_label(), end = new_label();
  expr(f->iter);
  set_pos(*f);
  emit(GET_AITER);
  bind(top);
  emit_jump(SETUP_FINALLY, except);
  emit(GET_ANEXT);
  load_none();
  yield_from();
  emit(POP_BLOCK);
  store(f->target);
  u().fblocks.push_back(FBlock{FBlockKind::ForLoop, top, end});
  stmts(f->body);
  u().fblocks.pop_back();
  set_pos(*f);
  emit_jump(JUMP, top);
  bind(except);
  emit(END_ASYNC_FOR);
  stmts(f->orelse);
  bind(end);
}

void Compiler::unwind_fblock(FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptHandler:
    case FBlockKind::ExceptStar: break;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      break;
    case FBlockKind::TryExcept: emit(POP_BLOCK); break;
    case FBlockKind::FinallyTry: {
      emit(POP_BLOCK);
      SourcePos saved = u().pos;
      stmts(*b.finalbody);
      u().pos = saved;
      break;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      emit(POP_EXCEPT);
      break;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
      u().pos = b.pos;
      emit(POP_BLOCK);
      if (preserve_tos) emit(SWAP, 2);
      load_none();
      load_none();
      load_none();
      emit(CALL, 3);
      if (b.kind == FBlockKind::AsyncWith) {
        emit(GET_AWAITABLE, 2);
        load_none();
        yield_from();
      }
      emit(POP_TOP);
      break;
    case FBlockKind::HandlerCleanup:
      if (!b.name.empty()) emit(POP_BLOCK);
      emit(POP_EXCEPT);
      if (!b.name.empty()) clear_name(b.name);
      break;
  }
}

FBlock* Compiler::unwind_fblocks(bool preserve_tos, bool stop_at_loop) {
  std::vector<FBlock>& blocks = u().fblocks;
  if (blocks.empty()) return nullptr;
  if (stop_at_loop && (blocks.back().kind == FBlockKind::WhileLoop || blocks.back().kind == FBlockKind::ForLoop))
    return &blocks.back();
  FBlock top = blocks.back();
  blocks.pop_back();
  unwind_fblock(top, preserve_tos);
  FBlock* found = unwind_fblocks(preserve_tos, stop_at_loop);
  // The vector may reallocate on push_back: remember the index, not the pointer.
  long idx = found ? long(found - u().fblocks.data()) : -1;
  u().fblocks.push_back(top);
  return idx >= 0 ? &u().fblocks[size_t(idx)] : nullptr;
}

static bool in_loop(const std::vector<FBlock>& blocks) {
  for (const FBlock& b : blocks)
    if (b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop) return true;
  return false;
}

// break/continue/return may not leave an except* clause (CPython's compile-time check).
static bool leaves_except_star(const std::vector<FBlock>& blocks, bool to_loop) {
  for (size_t i = blocks.size(); i-- > 0;) {
    if (blocks[i].kind == FBlockKind::ExceptStar) return true;
    if (to_loop && (blocks[i].kind == FBlockKind::WhileLoop || blocks[i].kind == FBlockKind::ForLoop)) return false;
  }
  return false;
}

void Compiler::break_stmt(Stmt* s) {
  if (!in_loop(u().fblocks)) error("'break' outside loop", *s);
  if (leaves_except_star(u().fblocks, true))
    error("'break', 'continue' and 'return' cannot appear in an except* block", *s);
  FBlock* loop = unwind_fblocks(false, true);
  FBlock copy = *loop;
  set_pos(*s);
  unwind_fblock(copy, false);  // a for loop drops its iterator
  emit_jump(JUMP, copy.exit_label);
}

void Compiler::continue_stmt(Stmt* s) {
  if (!in_loop(u().fblocks)) error("'continue' not properly in loop", *s);
  if (leaves_except_star(u().fblocks, true))
    error("'break', 'continue' and 'return' cannot appear in an except* block", *s);
  FBlock* loop = unwind_fblocks(false, true);
  int target = loop->continue_label;
  set_pos(*s);
  emit_jump(JUMP, target);
}

void Compiler::return_stmt(Return* r) {
  if (!u().ste->is_function_like()) error("'return' outside function", *r);
  if (r->value && u().ste->is_generator && u().ste->is_coroutine)
    error("'return' with value in async generator", *r);
  if (leaves_except_star(u().fblocks, false))
    error("'break', 'continue' and 'return' cannot appear in an except* block", *r);
  if (r->value) {
    expr(r->value);
    set_pos(*r);
    unwind_fblocks(true, false);
  } else {
    unwind_fblocks(false, false);
    set_pos(*r);
    load_none();
  }
  set_pos(*r);
  emit(RETURN_VALUE);
}

// ---- exceptions --------------------------------------------------------------------------------

void Compiler::try_stmt(Try* t) {
  if (!t->finalbody.empty()) try_finally(t);
  else try_except(t);
}

void Compiler::try_finally(Try* t) {
  int handler = new_label(), end = new_label();
  emit_jump(SETUP_FINALLY, handler);
  u().fblocks.push_back(FBlock{FBlockKind::FinallyTry, -1, -1, &t->finalbody});
  if (!t->handlers.empty()) try_except(t);
  else stmts(t->body);
  u().fblocks.pop_back();
  emit(POP_BLOCK);
  stmts(t->finalbody);
  emit_jump(JUMP, end);
  bind(handler);
  u().fblocks.push_back(FBlock{FBlockKind::FinallyEnd});
  stmts(t->finalbody);
  u().fblocks.pop_back();
  emit(RERAISE);
  bind(end);
}

// try/except*: the handler keeps a state list on the stack; each clause takes the matching part
// of the (still unhandled) exception group; what escapes the clauses is re-raised at the end.
void Compiler::try_except_star(Try* t) {
  int handler = new_label(), end = new_label(), done = new_label();
  set_pos(*t);
  emit_jump(SETUP_FINALLY, handler);
  u().fblocks.push_back(FBlock{FBlockKind::TryExcept});
  stmts(t->body);
  u().fblocks.pop_back();
  emit(POP_BLOCK);
  stmts(t->orelse);
  emit_jump(JUMP, end);
  bind(handler);  // [exc]
  load_const(ConstVal{except_star_helper(ExceptStarHelper::Start), "eg:start"});
  emit(SWAP, 2);
  emit(CALL, 1);  // [state]
  for (ExceptHandler* h : t->handlers) {
    set_pos(*h);
    int nomatch = new_label(), next = new_label(), failed = new_label();
    load_const(ConstVal{except_star_helper(ExceptStarHelper::Match), "eg:match"});
    emit(COPY, 2);
    expr(h->type);
    set_pos(*h);
    emit(CALL, 2);  // [state match]
    emit(COPY, 1);
    emit_jump(POP_JUMP_IF_NONE, nomatch);
    if (!h->name.empty()) nameop(h->name, ExprContext::Store);
    else emit(POP_TOP);
    emit_jump(SETUP_FINALLY, failed);
    u().fblocks.push_back(FBlock{FBlockKind::ExceptStar});
    stmts(h->body);
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    if (!h->name.empty()) clear_name(h->name);
    emit_jump(JUMP, next);
    bind(failed);  // [state exc]: remember what escaped the clause
    set_pos(*h);
    load_const(ConstVal{except_star_helper(ExceptStarHelper::Record), "eg:record"});
    emit(SWAP, 2);
    emit(COPY, 3);
    emit(SWAP, 2);
    emit(CALL, 2);
    emit(POP_TOP);
    emit(POP_EXCEPT);
    if (!h->name.empty()) clear_name(h->name);
    emit_jump(JUMP, next);
    bind(nomatch);
    emit(POP_TOP);
    bind(next);
  }
  set_pos(*t);
  load_const(ConstVal{except_star_helper(ExceptStarHelper::Finish), "eg:finish"});
  emit(SWAP, 2);
  emit(CALL, 1);
  emit(COPY, 1);
  emit_jump(POP_JUMP_IF_NONE, done);
  emit(RERAISE);
  bind(done);
  emit(POP_TOP);
  emit(POP_EXCEPT);
  bind(end);
}

void Compiler::try_except(Try* t) {
  if (t->kind == StmtKind::TryStar) {
    try_except_star(t);
    return;
  }
  int handler = new_label(), end = new_label();
  set_pos(*t);
  emit_jump(SETUP_FINALLY, handler);
  u().fblocks.push_back(FBlock{FBlockKind::TryExcept});
  stmts(t->body);
  u().fblocks.pop_back();
  emit(POP_BLOCK);
  stmts(t->orelse);
  emit_jump(JUMP, end);
  bind(handler);
  for (size_t i = 0; i < t->handlers.size(); ++i) {
    ExceptHandler* h = t->handlers[i];
    set_pos(*h);
    if (!h->type && i + 1 < t->handlers.size()) error("default 'except:' must be last", *h);
    int next = new_label();
    if (h->type) {
      expr(h->type);
      set_pos(*h);
      emit(CHECK_EXC_MATCH);
      emit_jump(POP_JUMP_IF_FALSE, next);
    }
    if (!h->name.empty()) {
      nameop(h->name, ExprContext::Store);
      int cleanup = new_label();
      emit_jump(SETUP_FINALLY, cleanup);
      u().fblocks.push_back(FBlock{FBlockKind::HandlerCleanup, -1, -1, nullptr, h->name});
      stmts(h->body);
      u().fblocks.pop_back();
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      clear_name(h->name);
      emit_jump(JUMP, end);
      bind(cleanup);
      set_pos(*h);
      clear_name(h->name);
      emit(RERAISE);
    } else {
      emit(POP_TOP);
      u().fblocks.push_back(FBlock{FBlockKind::HandlerCleanup});
      stmts(h->body);
      u().fblocks.pop_back();
      emit(POP_EXCEPT);
      emit_jump(JUMP, end);
    }
    bind(next);
  }
  set_pos(*t);
  emit(RERAISE);
  bind(end);
}

void Compiler::with_stmt(With* w, size_t item_index) {
  WithItem* item = w->items[item_index];
  bool is_async = w->kind == StmtKind::AsyncWith;
  expr(item->context_expr);
  set_pos(*w);
  if (is_async) {
    emit(BEFORE_ASYNC_WITH);  // [aexit awaitable(aenter)]
    emit(GET_AWAITABLE, 1);
    load_none();
    yield_from();
  } else {
    emit(BEFORE_WITH);
  }
  int handler = new_label(), end = new_label(), suppress = new_label();
  emit_jump(SETUP_WITH, handler);
  u().fblocks.push_back(FBlock{is_async ? FBlockKind::AsyncWith : FBlockKind::With});
  u().fblocks.back().pos = u().pos;
  if (item->optional_vars) store(item->optional_vars);
  else emit(POP_TOP);
  if (item_index + 1 < w->items.size()) with_stmt(w, item_index + 1);
  else stmts(w->body);
  u().fblocks.pop_back();
  set_pos(*w);
  emit(POP_BLOCK);
  load_none();
  load_none();
  load_none();
  emit(CALL, 3);
  if (is_async) {
    emit(GET_AWAITABLE, 2);
    load_none();
    yield_from();
  }
  emit(POP_TOP);
  emit_jump(JUMP, end);
  bind(handler);
  emit(WITH_EXCEPT_START);
  if (is_async) {
    emit(GET_AWAITABLE, 2);
    load_none();
    yield_from();
  }
  emit_jump(POP_JUMP_IF_TRUE, suppress);
  emit(RERAISE);
  bind(suppress);
  emit(POP_TOP);
  emit(POP_EXCEPT);
  emit(POP_TOP);
  bind(end);
}

void Compiler::raise_stmt(Raise* r) {
  uint32_t n = 0;
  if (r->exc) {
    expr(r->exc);
    ++n;
    if (r->cause) {
      expr(r->cause);
      ++n;
    }
  }
  set_pos(*r);
  emit(RAISE_VARARGS, n);
}

void Compiler::assert_stmt(Assert* a) {
  int end = new_label();
  jump_if(a->test, true, end);
  set_pos(*a->test);  // CPython attributes the failure to the test expression
  emit(LOAD_ASSERTION_ERROR);
  if (a->msg) {
    expr(a->msg);
    emit(CALL, 1);
  }
  emit(RAISE_VARARGS, 1);
  bind(end);
}

// ---- imports -----------------------------------------------------------------------------------

void Compiler::import_stmt(Import* im) {
  for (Alias* a : im->names) {
    set_pos(*im);
    load_const(const_int(0));
    load_none();
    emit(IMPORT_NAME, add_name(a->name));
    if (!a->asname.empty()) {
      // import a.b.c as d: d is the submodule c.
      size_t dot = a->name.find('.');
      while (dot != std::string::npos) {
        size_t next = a->name.find('.', dot + 1);
        std::string part = a->name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
        emit(IMPORT_FROM, add_name(part));
        emit(SWAP, 2);
        emit(POP_TOP);
        dot = next;
      }
      nameop(a->asname, ExprContext::Store);
    } else {
      nameop(a->name.substr(0, a->name.find('.')), ExprContext::Store);
    }
  }
}

void Compiler::import_from(ImportFrom* im) {
  if (im->module == "__future__" && im->level == 0) {
    static const char* const kFeatures[] = {"nested_scopes", "generators", "division", "absolute_import",
                                            "with_statement", "print_function", "unicode_literals",
                                            "barry_as_FLUFL", "generator_stop", "annotations"};
    for (Alias* a : im->names) {
      bool known = std::any_of(std::begin(kFeatures), std::end(kFeatures),
                               [&](const char* f) { return a->name == f; });
      if (a->name == "braces") error("not a chance", *im);
      if (!known) error("future feature " + a->name + " is not defined", *im);
    }
    return;  // features are compile-time switches; all of them are on (or ignored) here
  }
  std::vector<std::string> names;
  for (Alias* a : im->names) names.push_back(a->name);
  load_const(const_int(im->level));
  load_const(const_tuple_of_strs(names));
  emit(IMPORT_NAME, add_name(im->module));
  if (names.size() == 1 && names[0] == "*") {
    emit(IMPORT_STAR);
    return;
  }
  for (Alias* a : im->names) {
    emit(IMPORT_FROM, add_name(a->name));
    nameop(a->asname.empty() ? a->name : a->asname, ExprContext::Store);
  }
  emit(POP_TOP);
}

}  // namespace minipy
