// Symbol tables: see symtable.h. The walk records flags per name; analyze() then resolves scopes
// top-down (which names each block may see from its enclosing functions) and bottom-up (which of
// its locals inner blocks capture, making them cells), following CPython 3.11's symtable.c.
#include "interp/symtable.h"

#include <set>

namespace minipy {

using namespace ast;

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = 0;
  while (i < private_name.size() && private_name[i] == '_') ++i;
  if (i == private_name.size()) return name;
  return "_" + private_name.substr(i) + name;
}

namespace {

[[noreturn]] void error_at(const std::string& msg, const Pos& pos) { throw CompileError{msg, pos}; }

// Where each global/nonlocal directive was written, for the error location.
struct DirectiveKey {
  const SymbolBlock* block;
  std::string name;
  bool operator<(const DirectiveKey& o) const {
    return block != o.block ? block < o.block : name < o.name;
  }
};
thread_local std::map<DirectiveKey, Pos>* directives = nullptr;

}  // namespace

SymbolBlock* SymbolTable::enter(BlockKind kind, const std::string& name, const void* node, const Pos& pos) {
  auto b = std::make_unique<SymbolBlock>();
  b->kind = kind;
  b->name = name;
  b->pos = pos;
  b->parent = cur_;
  if (cur_) {
    b->private_name = cur_->private_name;
    cur_->children.push_back(b.get());
    b->is_nested = cur_->is_function_like() || cur_->is_nested;
  }
  SymbolBlock* raw = b.get();
  blocks_.push_back(std::move(b));
  if (node) by_node_[node] = raw;
  if (cur_) stack_.push_back(cur_);
  cur_ = raw;
  return raw;
}

void SymbolTable::leave() {
  if (stack_.empty()) {
    cur_ = nullptr;
  } else {
    cur_ = stack_.back();
    stack_.pop_back();
  }
}

void SymbolTable::add_def(const std::string& raw_name, uint32_t flag, const Pos& pos) {
  std::string name = mangle(cur_->private_name, raw_name);
  uint32_t& f = cur_->flags[name];
  if ((flag & kDefParam) && (f & kDefParam)) error_at("duplicate argument '" + raw_name + "' in function definition", pos);
  f |= flag;
}

void SymbolTable::build(Mod* mod) {
  std::map<DirectiveKey, Pos> dirs;
  directives = &dirs;
  struct Reset {
    ~Reset() { directives = nullptr; }
  } reset;
  top_ = enter(BlockKind::Module, "top", nullptr, Pos{});
  if (mod->kind == ModKind::Expression) {
    visit_expr(mod->expr);
  } else {
    visit_stmts(mod->body);
  }
  leave();
  analyze();
}

void SymbolTable::visit_stmts(const std::vector<Stmt*>& v) {
  for (Stmt* s : v) visit_stmt(s);
}

void SymbolTable::visit_exprs(const std::vector<Expr*>& v) {
  for (Expr* e : v)
    if (e) visit_expr(e);
}

void SymbolTable::visit_arguments_defaults(Arguments* a) {
  visit_exprs(a->defaults);
  visit_exprs(a->kw_defaults);
}

void SymbolTable::visit_annotations(Arguments* a, Expr* returns) {
  auto ann = [&](Arg* arg) {
    if (arg && arg->annotation) visit_expr(arg->annotation);
  };
  for (Arg* x : a->posonlyargs) ann(x);
  for (Arg* x : a->args) ann(x);
  ann(a->vararg);
  for (Arg* x : a->kwonlyargs) ann(x);
  ann(a->kwarg);
  if (returns) visit_expr(returns);
}

void SymbolTable::visit_params(Arguments* a) {
  auto param = [&](Arg* arg) {
    add_def(arg->arg, kDefParam, *arg);
    cur_->params.push_back(mangle(cur_->private_name, arg->arg));
  };
  for (Arg* x : a->posonlyargs) param(x);
  for (Arg* x : a->args) param(x);
  for (Arg* x : a->kwonlyargs) param(x);
  if (a->vararg) {
    param(a->vararg);
    cur_->has_varargs = true;
  }
  if (a->kwarg) {
    param(a->kwarg);
    cur_->has_varkeywords = true;
  }
}

void SymbolTable::visit_stmt(Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* f = static_cast<FunctionDef*>(s);
      add_def(f->name, kDefLocal, *s);
      visit_arguments_defaults(f->args);
      visit_annotations(f->args, f->returns);
      visit_exprs(f->decorator_list);
      SymbolBlock* b = enter(BlockKind::Function, f->name, f, *s);
      b->is_coroutine = s->kind == StmtKind::AsyncFunctionDef;
      visit_params(f->args);
      visit_stmts(f->body);
      leave();
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<ClassDef*>(s);
      add_def(c->name, kDefLocal, *s);
      visit_exprs(c->bases);
      for (Keyword* k : c->keywords) visit_expr(k->value);
      visit_exprs(c->decorator_list);
      SymbolBlock* b = enter(BlockKind::Class, c->name, c, *s);
      b->private_name = c->name;
      visit_stmts(c->body);
      leave();
      break;
    }
    case StmtKind::Return: {
      auto* r = static_cast<Return*>(s);
      if (r->value) visit_expr(r->value);
      break;
    }
    case StmtKind::Delete: visit_exprs(static_cast<Delete*>(s)->targets); break;
    case StmtKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      visit_exprs(a->targets);
      visit_expr(a->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* a = static_cast<AugAssign*>(s);
      visit_expr(a->target);
      visit_expr(a->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      if (a->target->kind == ExprKind::Name) {
        auto* n = static_cast<Name*>(a->target);
        uint32_t cur = cur_->flags_of(mangle(cur_->private_name, n->id));
        if ((cur & (kDefGlobal | kDefNonlocal)) && a->simple) {
          error_at("annotated name '" + n->id + "' can't be " + ((cur & kDefGlobal) ? "global" : "nonlocal"), *s);
        }
        if (a->simple) {
          add_def(n->id, kDefAnnot | kDefLocal, *a->target);
          if (cur_->kind == BlockKind::Module || cur_->kind == BlockKind::Class) cur_->has_annotations = true;
        } else if (a->value) {
          add_def(n->id, kDefLocal, *a->target);
        }
      } else {
        visit_expr(a->target);
      }
      visit_expr(a->annotation);
      if (a->value) visit_expr(a->value);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* f = static_cast<For*>(s);
      if (s->kind == StmtKind::AsyncFor && !cur_->is_coroutine) error_at("'async for' outside async function", *s);
      visit_expr(f->target);
      visit_expr(f->iter);
      visit_stmts(f->body);
      visit_stmts(f->orelse);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<While*>(s);
      visit_expr(w->test);
      visit_stmts(w->body);
      visit_stmts(w->orelse);
      break;
    }
    case StmtKind::If: {
      auto* i = static_cast<If*>(s);
      visit_expr(i->test);
      visit_stmts(i->body);
      visit_stmts(i->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* w = static_cast<With*>(s);
      if (s->kind == StmtKind::AsyncWith && !cur_->is_coroutine) error_at("'async with' outside async function", *s);
      for (WithItem* item : w->items) {
        visit_expr(item->context_expr);
        if (item->optional_vars) visit_expr(item->optional_vars);
      }
      visit_stmts(w->body);
      break;
    }
    case StmtKind::Match: {
      auto* m = static_cast<Match*>(s);
      visit_expr(m->subject);
      for (MatchCase* c : m->cases) {
        visit_pattern(c->pattern);
        if (c->guard) visit_expr(c->guard);
        visit_stmts(c->body);
      }
      break;
    }
    case StmtKind::Raise: {
      auto* r = static_cast<Raise*>(s);
      if (r->exc) visit_expr(r->exc);
      if (r->cause) visit_expr(r->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<Try*>(s);
      visit_stmts(t->body);
      for (ExceptHandler* h : t->handlers) {
        if (h->type) visit_expr(h->type);
        if (!h->name.empty()) add_def(h->name, kDefLocal, *h);
        visit_stmts(h->body);
      }
      visit_stmts(t->orelse);
      visit_stmts(t->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* a = static_cast<Assert*>(s);
      visit_expr(a->test);
      if (a->msg) visit_expr(a->msg);
      break;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
      const std::vector<Alias*>& names = s->kind == StmtKind::Import ? static_cast<Import*>(s)->names
                                                                     : static_cast<ImportFrom*>(s)->names;
      for (Alias* a : names) {
        if (a->name == "*") {
          if (cur_->kind != BlockKind::Module)
            error_at("import * only allowed at module level", a->lineno > 0 ? Pos(*a) : Pos(*s));
          continue;
        }
        std::string stored = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
        add_def(stored, kDefImport, *a);
      }
      break;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
      bool is_global = s->kind == StmtKind::Global;
      const std::vector<std::string>& names =
          is_global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
      const char* what = is_global ? "global" : "nonlocal";
      for (const std::string& n : names) {
        std::string m = mangle(cur_->private_name, n);
        uint32_t cur = cur_->flags_of(m);
        if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
          std::string msg;
          if (cur & kDefParam) msg = "name '" + n + "' is parameter and " + what;
          else if (cur & kUse) msg = "name '" + n + "' is used prior to " + what + " declaration";
          else if (cur & kDefAnnot) msg = "annotated name '" + n + "' can't be " + what;
          else msg = "name '" + n + "' is assigned to before " + what + " declaration";
          error_at(msg, *s);
        }
        if (!is_global && cur_->kind == BlockKind::Module)
          error_at("nonlocal declaration not allowed at module level", *s);
        add_def(n, is_global ? kDefGlobal : kDefNonlocal, *s);
        directives->emplace(DirectiveKey{cur_, m}, Pos(*s));
      }
      break;
    }
    case StmtKind::Expr: visit_expr(static_cast<ExprStmt*>(s)->value); break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
}

void SymbolTable::visit_pattern(Pattern* p) {
  switch (p->kind) {
    case PatternKind::MatchValue: visit_expr(static_cast<MatchValue*>(p)->value); break;
    case PatternKind::MatchSingleton: break;
    case PatternKind::MatchSequence:
      for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) visit_pattern(q);
      break;
    case PatternKind::MatchMapping: {
      auto* m = static_cast<MatchMapping*>(p);
      visit_exprs(m->keys);
      for (Pattern* q : m->patterns) visit_pattern(q);
      if (!m->rest.empty()) add_def(m->rest, kDefLocal, *p);
      break;
    }
    case PatternKind::MatchClass: {
      auto* m = static_cast<MatchClass*>(p);
      visit_expr(m->cls);
      for (Pattern* q : m->patterns) visit_pattern(q);
      for (Pattern* q : m->kwd_patterns) visit_pattern(q);
      break;
    }
    case PatternKind::MatchStar: {
      auto* m = static_cast<MatchStar*>(p);
      if (!m->name.empty()) add_def(m->name, kDefLocal, *p);
      break;
    }
    case PatternKind::MatchAs: {
      auto* m = static_cast<MatchAs*>(p);
      if (m->pattern) visit_pattern(m->pattern);
      if (!m->name.empty()) add_def(m->name, kDefLocal, *p);
      break;
    }
    case PatternKind::MatchOr:
      for (Pattern* q : static_cast<MatchOr*>(p)->patterns) visit_pattern(q);
      break;
  }
}

void SymbolTable::visit_named_expr_target(NamedExpr* ne) {
  auto* target = static_cast<Name*>(ne->target);
  // The walrus in a comprehension binds in the nearest enclosing non-comprehension block.
  for (size_t i = stack_.size() + 1; i-- > 0;) {
    SymbolBlock* b = i == stack_.size() ? cur_ : stack_[i];
    std::string m = mangle(b->private_name, target->id);
    if (b->kind == BlockKind::Comprehension) {
      if (b->flags_of(m) & kDefCompIter)
        error_at("assignment expression cannot rebind comprehension iteration variable '" + target->id + "'", *target);
      continue;
    }
    if (b->kind == BlockKind::Class)
      error_at("assignment expression within a comprehension cannot be used in a class body", *target);
    uint32_t mark = b->kind == BlockKind::Module ? kDefGlobal : kDefNonlocal;
    // Every comprehension between here and the target block passes the name through.
    for (size_t j = i + 1; j <= stack_.size(); ++j) {
      SymbolBlock* c = j == stack_.size() ? cur_ : stack_[j];
      c->flags[mangle(c->private_name, target->id)] |= mark;
      if (mark == kDefNonlocal) directives->emplace(DirectiveKey{c, m}, Pos(*ne));
    }
    b->flags[m] |= kDefLocal;
    return;
  }
}

void SymbolTable::visit_comprehension(Expr* e, const std::vector<Comprehension*>& gens, Expr* elt,
                                      Expr* value, const char* name) {
  // The outermost iterable is evaluated in the enclosing scope.
  visit_expr(gens[0]->iter);
  SymbolBlock* b = enter(BlockKind::Comprehension, name, e, *e);
  b->is_generator = e->kind == ExprKind::GeneratorExp;
  if (gens[0]->is_async) b->is_coroutine = true;
  add_def(".0", kDefParam, *e);
  b->params.push_back(".0");
  for (size_t i = 0; i < gens.size(); ++i) {
    Comprehension* g = gens[i];
    if (i > 0) visit_expr(g->iter);
    comp_target_ = true;
    visit_expr(g->target);
    comp_target_ = false;
    visit_exprs(g->ifs);
  }
  if (elt) visit_expr(elt);
  if (value) visit_expr(value);
  leave();
}

void SymbolTable::visit_expr(Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: visit_exprs(static_cast<BoolOp*>(e)->values); break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      visit_expr(n->value);
      if (cur_->kind == BlockKind::Comprehension) visit_named_expr_target(n);
      else visit_expr(n->target);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      break;
    }
    case ExprKind::UnaryOp: visit_expr(static_cast<UnaryOp*>(e)->operand); break;
    case ExprKind::Lambda: {
      auto* l = static_cast<Lambda*>(e);
      visit_arguments_defaults(l->args);
      enter(BlockKind::Lambda, "lambda", l, *e);
      visit_params(l->args);
      visit_expr(l->body);
      leave();
      break;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      visit_expr(i->test);
      visit_expr(i->body);
      visit_expr(i->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* d = static_cast<Dict*>(e);
      visit_exprs(d->keys);
      visit_exprs(d->values);
      break;
    }
    case ExprKind::Set: visit_exprs(static_cast<Set*>(e)->elts); break;
    case ExprKind::ListComp: {
      auto* c = static_cast<ListComp*>(e);
      visit_comprehension(e, c->generators, c->elt, nullptr, "listcomp");
      break;
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<SetComp*>(e);
      visit_comprehension(e, c->generators, c->elt, nullptr, "setcomp");
      break;
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<DictComp*>(e);
      visit_comprehension(e, c->generators, c->key, c->value, "dictcomp");
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* c = static_cast<GeneratorExp*>(e);
      visit_comprehension(e, c->generators, c->elt, nullptr, "genexpr");
      break;
    }
    case ExprKind::Await: {
      if (!cur_->is_function_like()) error_at("'await' outside function", *e);
      if (!cur_->is_coroutine) {
        // A comprehension inside a coroutine may await; anything else must be `async def`.
        SymbolBlock* b = cur_;
        size_t i = stack_.size();
        while (b->kind == BlockKind::Comprehension && i > 0) b = stack_[--i];
        if (b->kind == BlockKind::Comprehension || !b->is_coroutine) error_at("'await' outside async function", *e);
        if (cur_->kind == BlockKind::Comprehension) cur_->is_coroutine = true;
      }
      visit_expr(static_cast<Await*>(e)->value);
      break;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      if (cur_->kind == BlockKind::Module || cur_->kind == BlockKind::Class)
        error_at("'yield' outside function", *e);
      if (cur_->kind == BlockKind::Comprehension) {
        static const std::map<std::string, std::string> what = {
            {"listcomp", "list comprehension"}, {"setcomp", "set comprehension"},
            {"dictcomp", "dict comprehension"}, {"genexpr", "generator expression"}};
        error_at("'yield' inside " + what.at(cur_->name), *e);
      }
      if (e->kind == ExprKind::YieldFrom && cur_->is_coroutine) error_at("'yield from' inside async function", *e);
      cur_->is_generator = true;
      Expr* v = e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value : static_cast<YieldFrom*>(e)->value;
      if (v) visit_expr(v);
      break;
    }
    case ExprKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      visit_expr(c->left);
      visit_exprs(c->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<Call*>(e);
      visit_expr(c->func);
      visit_exprs(c->args);
      for (Keyword* k : c->keywords) visit_expr(k->value);
      break;
    }
    case ExprKind::FormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      visit_expr(f->value);
      if (f->format_spec) visit_expr(f->format_spec);
      break;
    }
    case ExprKind::JoinedStr: visit_exprs(static_cast<JoinedStr*>(e)->values); break;
    case ExprKind::Constant: break;
    case ExprKind::Attribute: visit_expr(static_cast<Attribute*>(e)->value); break;
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      visit_expr(s->value);
      visit_expr(s->slice);
      break;
    }
    case ExprKind::Starred: visit_expr(static_cast<Starred*>(e)->value); break;
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(e);
      if (n->ctx == ExprContext::Load) {
        add_def(n->id, kUse, *e);
        // Zero-argument super() needs the implicit __class__ cell of the enclosing class.
        if (cur_->is_function_like() && n->id == "super") add_def("__class__", kUse, *e);
      } else {
        add_def(n->id, kDefLocal | (comp_target_ ? uint32_t(kDefCompIter) : 0u), *e);
      }
      break;
    }
    case ExprKind::List: visit_exprs(static_cast<List*>(e)->elts); break;
    case ExprKind::Tuple: visit_exprs(static_cast<Tuple*>(e)->elts); break;
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      if (s->lower) visit_expr(s->lower);
      if (s->upper) visit_expr(s->upper);
      if (s->step) visit_expr(s->step);
      break;
    }
  }
}

// ---- analysis --------------------------------------------------------------------------------

namespace {

using NameSet = std::set<std::string>;

[[noreturn]] void directive_error(const SymbolBlock* b, const std::string& mangled, const std::string& msg) {
  Pos pos = b->pos;
  if (directives) {
    auto it = directives->find(DirectiveKey{b, mangled});
    if (it != directives->end()) pos = it->second;
  }
  error_at(msg, pos);
}

void analyze_name(SymbolBlock* b, const std::string& name, uint32_t flags, NameSet* bound,
                  NameSet& local, NameSet& free, NameSet& global) {
  if (flags & kDefGlobal) {
    if (flags & kDefNonlocal) directive_error(b, name, "name '" + name + "' is nonlocal and global");
    b->scopes[name] = SymScope::GlobalExplicit;
    global.insert(name);
    if (bound) bound->erase(name);
    return;
  }
  if (flags & kDefNonlocal) {
    if (!bound) directive_error(b, name, "nonlocal declaration not allowed at module level");
    if (!bound->count(name)) directive_error(b, name, "no binding for nonlocal '" + name + "' found");
    b->scopes[name] = SymScope::Free;
    free.insert(name);
    return;
  }
  if (flags & kDefBound) {
    b->scopes[name] = SymScope::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  if (bound && bound->count(name)) {
    b->scopes[name] = SymScope::Free;
    free.insert(name);
    return;
  }
  b->scopes[name] = SymScope::GlobalImplicit;
}

void analyze_block(SymbolBlock* b, NameSet* bound, NameSet& global, NameSet& free) {
  NameSet local, newglobal, newfree, newbound;
  if (b->kind == BlockKind::Class) {
    newglobal = global;
    if (bound) newbound = *bound;
  }
  for (auto& [name, flags] : b->flags) analyze_name(b, name, flags, bound, local, free, global);
  if (b->kind != BlockKind::Class) {
    if (b->is_function_like()) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }
  for (SymbolBlock* child : b->children) {
    NameSet child_bound = newbound, child_global = newglobal, child_free;
    analyze_block(child, &child_bound, child_global, child_free);
    if (!child_free.empty()) b->child_free = true;
    newfree.insert(child_free.begin(), child_free.end());
  }
  if (b->is_function_like()) {
    for (auto it = newfree.begin(); it != newfree.end();) {
      auto s = b->scopes.find(*it);
      if (s != b->scopes.end() && s->second == SymScope::Local) {
        s->second = SymScope::Cell;
        it = newfree.erase(it);
      } else {
        ++it;
      }
    }
  } else if (b->kind == BlockKind::Class) {
    if (newfree.erase("__class__")) b->needs_class_closure = true;
  }
  // Names free in children but not resolved here pass through this block.
  for (const std::string& name : newfree) {
    auto f = b->flags.find(name);
    if (f != b->flags.end()) {
      if (b->kind == BlockKind::Class && (f->second & (kDefBound | kDefGlobal))) f->second |= kDefFreeClass;
      continue;
    }
    if (bound && !bound->count(name)) continue;
    b->flags[name] = 0;
    b->scopes[name] = SymScope::Free;
  }
  free.insert(newfree.begin(), newfree.end());
}

}  // namespace

void SymbolTable::analyze() {
  NameSet global, free;
  analyze_block(top_, nullptr, global, free);
}

}  // namespace minipy
