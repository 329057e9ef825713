// Expressions: names (scope-directed opcodes), calls, displays, comprehensions (nested functions,
// as in 3.11), comparisons and conditional jumps, f-strings, yield.
#include <set>

#include "interp/compiler_internal.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

using namespace ast;

uint32_t binop_arg(Operator op, bool inplace);  // compiler_stmt.cpp

void Compiler::nameop(const std::string& id, ExprContext ctx) {
  std::string name = mangled(id);
  SymbolBlock* ste = u().ste;
  bool fn = ste->is_function_like();
  enum { kFast, kGlobal, kDeref, kName } how = kName;
  switch (ste->scope_of(name)) {
    case SymScope::Free:
    case SymScope::Cell: how = kDeref; break;
    case SymScope::Local: how = fn ? kFast : kName; break;
    case SymScope::GlobalImplicit: how = fn ? kGlobal : kName; break;
    case SymScope::GlobalExplicit: how = kGlobal; break;
    case SymScope::Unknown: how = fn ? kGlobal : kName; break;
  }
  switch (how) {
    case kFast: {
      int i = add_varname(name);
      emit(ctx == ExprContext::Load ? LOAD_FAST : ctx == ExprContext::Store ? STORE_FAST : DELETE_FAST, uint32_t(i));
      break;
    }
    case kDeref: {
      int i = deref_index(name);
      Opcode op = ctx == ExprContext::Store ? STORE_DEREF : ctx == ExprContext::Del ? DELETE_DEREF
                  : ste->kind == BlockKind::Class ? LOAD_CLASSDEREF : LOAD_DEREF;
      emit(op, uint32_t(i));
      break;
    }
    case kGlobal:
      emit(ctx == ExprContext::Load ? LOAD_GLOBAL : ctx == ExprContext::Store ? STORE_GLOBAL : DELETE_GLOBAL,
           uint32_t(add_name(name)));
      break;
    case kName:
      emit(ctx == ExprContext::Load ? LOAD_NAME : ctx == ExprContext::Store ? STORE_NAME : DELETE_NAME,
           uint32_t(add_name(name)));
      break;
  }
}

namespace {
// Restores the instruction position when a sub-expression is done, so the instruction that
// completes an expression (CALL, BINARY_OP...) carries the whole expression's span.
struct PosGuard {
  SourcePos& slot;
  SourcePos saved;
  explicit PosGuard(SourcePos& s) : slot(s), saved(s) {}
  ~PosGuard() { slot = saved; }
};
}  // namespace

void Compiler::expr(Expr* e) {
  check_c_stack();  // the parser bounds nesting, but stay safe on hand-built trees
  PosGuard guard(u().pos);
  set_pos(*e);
  switch (e->kind) {
    case ExprKind::BoolOp: bool_op(static_cast<BoolOp*>(e)); break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      expr(n->value);
      emit(COPY, 1);
      store(n->target);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<ast::BinOp*>(e);
      ConstVal folded;
      if (const_of(e, folded)) {
        load_const(std::move(folded));
        break;
      }
      expr(b->left);
      expr(b->right);
      emit(BINARY_OP, binop_arg(b->op, false));
      break;
    }
    case ExprKind::UnaryOp: {
      auto* un = static_cast<UnaryOp*>(e);
      ConstVal c;
      if (const_of(e, c)) {
        load_const(std::move(c));
        break;
      }
      expr(un->operand);
      switch (un->op) {
        case UnaryOpKind::Invert: emit(UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
      }
      break;
    }
    case ExprKind::Lambda: lambda(static_cast<Lambda*>(e)); break;
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      int orelse = new_label(), end = new_label();
      jump_if(i->test, false, orelse);
      expr(i->body);
      emit_jump(JUMP, end);
      bind(orelse);
      expr(i->orelse);
      bind(end);
      break;
    }
    case ExprKind::Dict: dict_display(static_cast<Dict*>(e)); break;
    case ExprKind::Set: starred_collection(static_cast<Set*>(e)->elts, BUILD_SET, SET_ADD, SET_UPDATE, false); break;
    case ExprKind::ListComp: {
      auto* c = static_cast<ListComp*>(e);
      comprehension(e, c->generators, c->elt, nullptr, "<listcomp>");
      break;
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<SetComp*>(e);
      comprehension(e, c->generators, c->elt, nullptr, "<setcomp>");
      break;
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<DictComp*>(e);
      comprehension(e, c->generators, c->key, c->value, "<dictcomp>");
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* c = static_cast<GeneratorExp*>(e);
      comprehension(e, c->generators, c->elt, nullptr, "<genexpr>");
      break;
    }
    case ExprKind::Await: {
      // The awaitable's iterator is driven like `yield from` (CPython's GET_AWAITABLE; SEND loop).
      expr(static_cast<Await*>(e)->value);
      emit(GET_AWAITABLE, 0);
      load_none();
      yield_from();
      break;
    }
    case ExprKind::Yield: {
      auto* y = static_cast<Yield*>(e);
      if (y->value) expr(y->value);
      else load_none();
      emit(YIELD_VALUE);
      break;
    }
    case ExprKind::YieldFrom: {
      expr(static_cast<YieldFrom*>(e)->value);
      emit(GET_YIELD_FROM_ITER);
      load_none();
      yield_from();
      break;
    }
    case ExprKind::Compare: compare(static_cast<Compare*>(e)); break;
    case ExprKind::Call: call(static_cast<Call*>(e)); break;
    case ExprKind::FormattedValue: formatted_value(static_cast<FormattedValue*>(e)); break;
    case ExprKind::JoinedStr: joined_str(static_cast<JoinedStr*>(e)); break;
    case ExprKind::Constant: load_const(const_from_ast(static_cast<Constant*>(e))); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      expr(a->value);
      emit(LOAD_ATTR, uint32_t(add_name(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      check_subscript(s);
      expr(s->value);
      expr(s->slice);
      emit(BINARY_SUBSCR);
      break;
    }
    case ExprKind::Starred: error("can't use starred expression here", *e);
    case ExprKind::Name:
      if (static_cast<Name*>(e)->id == "__debug__") {
        load_const(ConstVal{Ref(True()), "T"});  // CPython folds it (no -O here)
        break;
      }
      nameop(static_cast<Name*>(e)->id, ExprContext::Load);
      break;
    case ExprKind::List:
      starred_collection(static_cast<List*>(e)->elts, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
      break;
    case ExprKind::Tuple: {
      ConstVal c;
      if (const_of(e, c)) {
        load_const(std::move(c));
        break;
      }
      starred_collection(static_cast<Tuple*>(e)->elts, BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      if (s->lower) expr(s->lower);
      else load_none();
      if (s->upper) expr(s->upper);
      else load_none();
      if (s->step) expr(s->step);
      emit(BUILD_SLICE, s->step ? 3 : 2);
      break;
    }
  }
}

void Compiler::store(Expr* t) {
  PosGuard guard(u().pos);
  set_pos(*t);
  switch (t->kind) {
    case ExprKind::Name: nameop(static_cast<Name*>(t)->id, ExprContext::Store); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      expr(a->value);
      emit(STORE_ATTR, uint32_t(add_name(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      emit(STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple: unpack_targets(static_cast<Tuple*>(t)->elts, *t); break;
    case ExprKind::List: unpack_targets(static_cast<List*>(t)->elts, *t); break;
    case ExprKind::Starred: error("starred assignment target must be in a list or tuple", *t);
    default: error("cannot assign to expression", *t);
  }
}

void Compiler::unpack_targets(const std::vector<Expr*>& elts, const Pos& pos) {
  size_t star = elts.size();
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind != ExprKind::Starred) continue;
    if (star != elts.size()) error("multiple starred expressions in assignment", pos);
    star = i;
  }
  if (star != elts.size()) {
    size_t before = star, after = elts.size() - star - 1;
    if (before >= 256 || after >= (1u << 16)) error("too many expressions in star-unpacking assignment", pos);
    emit(UNPACK_EX, uint32_t(before | (after << 8)));
  } else {
    emit(UNPACK_SEQUENCE, uint32_t(elts.size()));
  }
  for (Expr* e : elts) store(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e);
}

// ---- boolean logic and comparisons -------------------------------------------------------------

void Compiler::bool_op(BoolOp* b) {
  int end = new_label();
  Opcode jump = b->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < b->values.size(); ++i) {
    expr(b->values[i]);
    emit_jump(jump, end);
  }
  expr(b->values.back());
  bind(end);
}

static uint32_t cmp_arg(CmpOpKind op, Opcode& opcode) {
  switch (op) {
    case CmpOpKind::Eq: opcode = COMPARE_OP; return uint32_t(CmpOp::Eq);
    case CmpOpKind::NotEq: opcode = COMPARE_OP; return uint32_t(CmpOp::Ne);
    case CmpOpKind::Lt: opcode = COMPARE_OP; return uint32_t(CmpOp::Lt);
    case CmpOpKind::LtE: opcode = COMPARE_OP; return uint32_t(CmpOp::Le);
    case CmpOpKind::Gt: opcode = COMPARE_OP; return uint32_t(CmpOp::Gt);
    case CmpOpKind::GtE: opcode = COMPARE_OP; return uint32_t(CmpOp::Ge);
    case CmpOpKind::Is: opcode = IS_OP; return 0;
    case CmpOpKind::IsNot: opcode = IS_OP; return 1;
    case CmpOpKind::In: opcode = CONTAINS_OP; return 0;
    case CmpOpKind::NotIn: opcode = CONTAINS_OP; return 1;
  }
  opcode = COMPARE_OP;
  return 0;
}

void Compiler::compare(Compare* c) {
  check_compare(c);
  size_t n = c->ops.size();
  expr(c->left);
  Opcode op;
  if (n == 1) {
    if (c->ops[0] == CmpOpKind::In || c->ops[0] == CmpOpKind::NotIn) iter_expr(c->comparators[0]);
    else expr(c->comparators[0]);
    uint32_t arg = cmp_arg(c->ops[0], op);
    emit(op, arg);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    expr(c->comparators[i]);
    emit(SWAP, 2);
    emit(COPY, 2);
    uint32_t arg = cmp_arg(c->ops[i], op);
    emit(op, arg);
    emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(c->comparators[n - 1]);
  uint32_t arg = cmp_arg(c->ops[n - 1], op);
  emit(op, arg);
  emit_jump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  bind(end);
}

static bool is_none_const(Expr* e) {
  return e->kind == ExprKind::Constant && static_cast<Constant*>(e)->ckind == ConstKind::None;
}

void Compiler::jump_if(Expr* e, bool cond, int label) {
  PosGuard guard(u().pos);
  set_pos(*e);
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* un = static_cast<UnaryOp*>(e);
      if (un->op == UnaryOpKind::Not) {
        jump_if(un->operand, !cond, label);
        return;
      }
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = static_cast<BoolOp*>(e);
      bool is_and = b->op == BoolOpKind::And;
      // `a and b` jumps when false as soon as one is false; when true only if all are.
      if (is_and != cond) {
        for (Expr* v : b->values) jump_if(v, cond, label);
      } else {
        int skip = new_label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, skip);
        jump_if(b->values.back(), cond, label);
        bind(skip);
      }
      return;
    }
    case ExprKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      size_t n = c->ops.size();
      if (n == 1 && (c->ops[0] == CmpOpKind::Is || c->ops[0] == CmpOpKind::IsNot) && is_none_const(c->comparators[0])) {
        check_compare(c);  // these two paths do not go through compare()
        expr(c->left);
        bool jump_on_none = (c->ops[0] == CmpOpKind::Is) == cond;
        emit_jump(jump_on_none ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, label);
        return;
      }
      if (n > 1) {
        check_compare(c);
        expr(c->left);
        int cleanup = new_label(), end = new_label();
        Opcode op;
        for (size_t i = 0; i + 1 < n; ++i) {
          expr(c->comparators[i]);
          emit(SWAP, 2);
          emit(COPY, 2);
          uint32_t arg = cmp_arg(c->ops[i], op);
          emit(op, arg);
          emit_jump(POP_JUMP_IF_FALSE, cleanup);
        }
        expr(c->comparators[n - 1]);
        uint32_t arg = cmp_arg(c->ops[n - 1], op);
        emit(op, arg);
        emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
        emit_jump(JUMP, end);
        bind(cleanup);
        emit(POP_TOP);
        if (!cond) emit_jump(JUMP, label);
        bind(end);
        return;
      }
      break;
    }
    case ExprKind::Constant: {
      auto* k = static_cast<Constant*>(e);
      int truth = -1;
      if (k->ckind == ConstKind::True || k->ckind == ConstKind::Ellipsis) truth = 1;
      else if (k->ckind == ConstKind::False || k->ckind == ConstKind::None) truth = 0;
      else if (k->ckind == ConstKind::Str || k->ckind == ConstKind::Bytes) truth = k->text.empty() ? 0 : 1;
      if (truth >= 0) {
        if (bool(truth) == cond) emit_jump(JUMP, label);
        return;
      }
      break;
    }
    default: break;
  }
  expr(e);
  emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
}

// ---- calls -------------------------------------------------------------------------------------

void Compiler::call(Call* c) {
  check_caller(c->func);
  bool simple = c->keywords.empty();
  for (Expr* a : c->args) simple = simple && a->kind != ExprKind::Starred;
  if (simple && c->func->kind == ExprKind::Attribute) {
    auto* a = static_cast<Attribute*>(c->func);
    expr(a->value);
    {
      PosGuard guard(u().pos);
      set_pos(*a);
      emit(LOAD_METHOD, uint32_t(add_name(mangled(a->attr))));
    }
    for (Expr* arg : c->args) expr(arg);
    emit(CALL_METHOD, uint32_t(c->args.size()));
    return;
  }
  expr(c->func);
  call_helper(0, c->args, c->keywords);
}

void Compiler::call_helper(int n_already, const std::vector<Expr*>& args, const std::vector<Keyword*>& kws) {
  bool has_star = false, has_dstar = false;
  for (Expr* a : args) has_star = has_star || a->kind == ExprKind::Starred;
  std::set<std::string> seen;
  for (Keyword* k : kws) {
    if (k->arg.empty()) {
      has_dstar = true;
      continue;
    }
    if (!seen.insert(k->arg).second) error("keyword argument repeated: " + k->arg, *k);
  }
  if (!has_star && !has_dstar) {
    for (Expr* a : args) expr(a);
    if (kws.empty()) {
      emit(CALL, uint32_t(n_already + args.size()));
      return;
    }
    std::vector<std::string> names;
    for (Keyword* k : kws) {
      expr(k->value);
      names.push_back(k->arg);
    }
    load_const(const_tuple_of_strs(names));
    emit(CALL_KW, uint32_t(n_already + args.size() + kws.size()));
    return;
  }
  // The general form: a positional tuple and a keyword dict.
  if (!has_star) {
    for (Expr* a : args) expr(a);
    emit(BUILD_TUPLE, uint32_t(n_already + args.size()));
  } else {
    size_t i = 0;
    for (; i < args.size() && args[i]->kind != ExprKind::Starred; ++i) expr(args[i]);
    emit(BUILD_LIST, uint32_t(n_already + i));
    for (; i < args.size(); ++i) {
      if (args[i]->kind == ExprKind::Starred) {
        expr(static_cast<Starred*>(args[i])->value);
        emit(LIST_EXTEND, 1);
      } else {
        expr(args[i]);
        emit(LIST_APPEND, 1);
      }
    }
    emit(LIST_TO_TUPLE);
  }
  if (kws.empty()) {
    emit(CALL_EX, 0);
    return;
  }
  bool have = false;
  int pending = 0;
  auto flush = [&] {
    if (!pending) return;
    emit(BUILD_MAP, uint32_t(pending));
    if (have) emit(DICT_MERGE, 1);
    have = true;
    pending = 0;
  };
  for (Keyword* k : kws) {
    if (k->arg.empty()) {
      flush();
      if (!have) {
        emit(BUILD_MAP, 0);
        have = true;
      }
      expr(k->value);
      emit(DICT_MERGE, 1);
    } else {
      load_const(const_str(k->arg));
      expr(k->value);
      ++pending;
    }
  }
  flush();
  emit(CALL_EX, 1);
}

// ---- displays ----------------------------------------------------------------------------------

// A frozenset constant for a set display whose elements are all constants (null otherwise).
Ref Compiler::const_frozenset(const std::vector<Expr*>& elts, std::string& key) {
  std::vector<ConstVal> items(elts.size());
  for (size_t i = 0; i < elts.size(); ++i)
    if (elts[i]->kind == ExprKind::Starred || !const_of(elts[i], items[i])) return Ref();
  Ref fs = set_new(&FrozenSetType);
  key = "fs(";
  for (auto& item : items) {
    set_add(fs, item.obj);
    key += item.key;
    key += '\x1f';
  }
  key += ")";
  // CPython's compiler re-creates every frozenset constant from its own iteration order when it
  // merges constants (merge_consts_recursive); the rebuild can change the order, so do the same.
  // (CPython rebuilds once more when interning replaces one of its strings by an equal string
  // interned earlier; that case is not modelled.)
  Ref again = set_new(&FrozenSetType);
  size_t pos = 0;
  Value item;
  while (set_next(fs, pos, item)) set_add(again, item);
  fs = std::move(again);
  return fs;
}

void Compiler::iter_expr(Expr* e) {
  // A list display of constants that is only iterated or searched becomes a constant tuple.
  if (e->kind == ExprKind::List && !static_cast<List*>(e)->elts.empty()) {
    Tuple t;
    static_cast<Pos&>(t) = *e;
    t.elts = static_cast<List*>(e)->elts;
    ConstVal c;
    if (const_of(&t, c)) {
      load_const(std::move(c));
      return;
    }
  }
  if (e->kind == ExprKind::Set) {
    std::string key;
    if (Ref fs = const_frozenset(static_cast<Set*>(e)->elts, key)) {
      load_const(ConstVal{std::move(fs), key});
      return;
    }
  }
  expr(e);
}

void Compiler::starred_collection(const std::vector<Expr*>& elts, Opcode build, Opcode add, Opcode extend, bool tuple) {
  bool has_star = false;
  for (Expr* e : elts) has_star = has_star || e->kind == ExprKind::Starred;
  // Like CPython 3.11, a display of 3+ constants becomes BUILD_SET 0 / LOAD_CONST frozenset /
  // SET_UPDATE: filling the set from a frozenset presizes its table, which decides the set's
  // iteration order ({'a', 'b', 'c', 'd', 'e'} prints as CPython prints it only this way).
  if (!has_star && build == BUILD_SET && elts.size() > 2) {
    std::string key;
    if (Ref fs = const_frozenset(elts, key)) {
      emit(BUILD_SET, 0);
      load_const(ConstVal{std::move(fs), key});
      emit(SET_UPDATE, 1);
      return;
    }
  }
  // A list of 3+ constants: BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND (CPython's shape; the
  // stack stays shallow however long the literal is).
  if (!has_star && build == BUILD_LIST && elts.size() > 2) {
    Tuple t;
    static_cast<Pos&>(t) = *elts[0];
    t.elts = elts;
    ConstVal c;
    if (const_of(&t, c)) {
      emit(BUILD_LIST, 0);
      load_const(std::move(c));
      emit(LIST_EXTEND, 1);
      return;
    }
  }
  if (!has_star) {
    for (Expr* e : elts) expr(e);
    emit(build, uint32_t(elts.size()));
    return;
  }
  Opcode b = tuple ? BUILD_LIST : build;
  size_t i = 0;
  for (; i < elts.size() && elts[i]->kind != ExprKind::Starred; ++i) expr(elts[i]);
  emit(b, uint32_t(i));
  for (; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) {
      expr(static_cast<Starred*>(elts[i])->value);
      emit(extend, 1);
    } else {
      expr(elts[i]);
      emit(add, 1);
    }
  }
  if (tuple) emit(LIST_TO_TUPLE);
}

void Compiler::dict_display(Dict* d) {
  size_t n = d->keys.size();
  bool has_dstar = false;
  for (Expr* k : d->keys) has_dstar = has_dstar || !k;
  if (!has_dstar) {
    if (n > 1) {
      std::vector<ConstVal> keys(n);
      bool all_const = true;
      for (size_t i = 0; i < n && all_const; ++i) all_const = const_of(d->keys[i], keys[i]);
      if (all_const) {
        for (Expr* v : d->values) expr(v);
        Ref t = tuple_new(n);
        std::string key = "t(";
        for (size_t i = 0; i < n; ++i) {
          key += keys[i].key;
          key += '\x1f';
          tuple_init_item(t, i, std::move(keys[i].obj));
        }
        load_const(ConstVal{std::move(t), key + ")"});
        emit(BUILD_CONST_KEY_MAP, uint32_t(n));
        return;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      expr(d->keys[i]);
      expr(d->values[i]);
    }
    emit(BUILD_MAP, uint32_t(n));
    return;
  }
  bool have = false;
  int pending = 0;
  auto flush = [&] {
    if (!pending) return;
    emit(BUILD_MAP, uint32_t(pending));
    if (have) emit(DICT_UPDATE, 1);
    have = true;
    pending = 0;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!d->keys[i]) {
      flush();
      if (!have) {
        emit(BUILD_MAP, 0);
        have = true;
      }
      expr(d->values[i]);
      emit(DICT_UPDATE, 1);
    } else {
      expr(d->keys[i]);
      expr(d->values[i]);
      ++pending;
    }
  }
  flush();
}

// ---- comprehensions ----------------------------------------------------------------------------

void Compiler::comprehension(Expr* e, const std::vector<Comprehension*>& gens, Expr* elt, Expr* value,
                             const char* name) {
  for (Comprehension* g : gens) {
    if (!g->is_async) continue;
    // CPython rejects an async list/set/dict comprehension outside an async function (or an
    // enclosing comprehension) at compile time, whatever the runtime support.
    SymbolBlock* outer = u().ste;
    bool async_ok = e->kind == ExprKind::GeneratorExp || outer->kind == BlockKind::Comprehension ||
                    (outer->kind == BlockKind::Function && outer->is_coroutine);
    if (!async_ok) error("asynchronous comprehension outside of an asynchronous function", *e);
    error("asynchronous comprehensions are not supported yet", *e);
  }
  SymbolBlock* ste = symtable_.block_for(e);
  enter_unit(ste, name, e->lineno);
  u().argcount = 1;
  add_const(const_none());
  set_pos(*e);
  switch (e->kind) {
    case ExprKind::ListComp: emit(BUILD_LIST, 0); break;
    case ExprKind::SetComp: emit(BUILD_SET, 0); break;
    case ExprKind::DictComp: emit(BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(gens, 0, elt, value, e->kind, int(gens.size()));
  set_pos(*e);
  if (e->kind != ExprKind::GeneratorExp) {
    emit(RETURN_VALUE);
  } else {
    load_none();
    emit(RETURN_VALUE);
  }
  Ref code = leave_unit();
  make_closure(std::move(code), 0, ste);
  iter_expr(gens[0]->iter);
  set_pos(*e);
  emit(GET_ITER);
  emit(CALL, 1);
}

void Compiler::comprehension_generator(const std::vector<Comprehension*>& gens, size_t i, Expr* elt, Expr* value,
                                       ExprKind kind, int depth) {
  Comprehension* g = gens[i];
  int start = new_label(), anchor = new_label();
  if (i == 0) {
    emit(LOAD_FAST, 0);  // .0: the iterator the caller passed in
  } else {
    iter_expr(g->iter);
    emit(GET_ITER);
  }
  bind(start);
  emit_jump(FOR_ITER, anchor);
  store(g->target);
  for (Expr* cond : g->ifs) jump_if(cond, false, start);
  if (i + 1 < gens.size()) {
    comprehension_generator(gens, i + 1, elt, value, kind, depth);
  } else {
    switch (kind) {
      case ExprKind::GeneratorExp:
        expr(elt);
        emit(YIELD_VALUE);
        emit(POP_TOP);
        break;
      case ExprKind::ListComp:
        expr(elt);
        emit(LIST_APPEND, uint32_t(depth + 1));
        break;
      case ExprKind::SetComp:
        expr(elt);
        emit(SET_ADD, uint32_t(depth + 1));
        break;
      case ExprKind::DictComp:
        expr(elt);
        expr(value);
        emit(MAP_ADD, uint32_t(depth + 1));
        break;
      default: break;
    }
  }
  emit_jump(JUMP, start);
  bind(anchor);
}

// ---- f-strings and yield from ------------------------------------------------------------------

void Compiler::formatted_value(FormattedValue* f) {
  expr(f->value);
  uint32_t flags = 0;
  switch (f->conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: flags = 0; break;
  }
  if (f->format_spec) {
    expr(f->format_spec);
    flags |= 4;
  }
  emit(FORMAT_VALUE, flags);
}

void Compiler::joined_str(JoinedStr* j) {
  if (j->values.empty()) {
    load_const(const_str(""));
    return;
  }
  for (Expr* v : j->values) expr(v);
  if (j->values.size() > 1 || j->values[0]->kind != ExprKind::FormattedValue) {
    if (j->values.size() > 1) emit(BUILD_STRING, uint32_t(j->values.size()));
  }
}

void Compiler::yield_from() {
  // [sub v]: SEND passes v in; a yielded value goes out through YIELD_VALUE and the value sent
  // back loops into SEND; when the sub-iterator returns, SEND leaves its result and exits.
  int loop = new_label(), exit = new_label();
  bind(loop);
  emit_jump(SEND, exit);
  emit(YIELD_VALUE);
  emit_jump(JUMP, loop);
  bind(exit);
}

}  // namespace minipy
