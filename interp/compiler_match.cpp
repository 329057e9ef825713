// The match statement. Each case copies the subject and runs its pattern against the copy; the
// structural checks (is it a sequence / mapping / instance with these attributes?) call the native
// helpers of match_support.cpp, loaded as constants. Names are bound as the pattern proceeds.
#include <algorithm>

#include "interp/compiler_internal.h"
#include "interp/match_support.h"
#include "runtime/abstract.h"
#include "runtime/tuple_object.h"

namespace minipy {

using namespace ast;

void Compiler::load_match_helper(int which) {
  static const char* const kKeys[] = {"match:seq", "match:map", "match:keys", "match:rest", "match:class"};
  load_const(ConstVal{match_helper(MatchHelper(which)), kKeys[which]});
}

int Compiler::fail_label() {
  MatchFail& f = match_fail_.back();
  size_t pops = size_t(match_depth_ - f.base);
  while (f.labels.size() <= pops) f.labels.push_back(new_label());
  return f.labels[pops];
}

void Compiler::jump_to_fail(Opcode op) { emit_jump(op, fail_label()); }

void Compiler::emit_fail_chain(MatchFail& f) {
  for (size_t k = f.labels.size(); k-- > 1;) {
    bind(f.labels[k]);
    emit(POP_TOP);
  }
  if (!f.labels.empty()) bind(f.labels[0]);
}

void Compiler::pattern_capture(const std::string& name, const Pos& pos, std::vector<std::string>& names) {
  if (std::find(names.begin(), names.end(), name) != names.end())
    error("multiple assignments to name '" + name + "' in pattern", pos);
  names.push_back(name);
  nameop(name, ExprContext::Store);
  --match_depth_;
}

static bool irrefutable(Pattern* p) {
  if (p->kind == PatternKind::MatchAs) {
    auto* a = static_cast<MatchAs*>(p);
    return !a->pattern || irrefutable(a->pattern);
  }
  if (p->kind == PatternKind::MatchOr) {
    for (Pattern* q : static_cast<MatchOr*>(p)->patterns)
      if (irrefutable(q)) return true;
  }
  return false;
}

void Compiler::match_stmt(Match* m) {
  expr(m->subject);
  int end = new_label();
  for (size_t i = 0; i < m->cases.size(); ++i) {
    MatchCase* c = m->cases[i];
    if (i + 1 < m->cases.size() && !c->guard && irrefutable(c->pattern)) {
      Pattern* p = c->pattern;
      while (p->kind == PatternKind::MatchAs && static_cast<MatchAs*>(p)->pattern && static_cast<MatchAs*>(p)->name.empty())
        p = static_cast<MatchAs*>(p)->pattern;
      if (p->kind == PatternKind::MatchAs && !static_cast<MatchAs*>(p)->name.empty())
        error("name capture '" + static_cast<MatchAs*>(p)->name + "' makes remaining patterns unreachable", *c->pattern);
      error("wildcard makes remaining patterns unreachable", *c->pattern);
    }
    set_pos(*c->pattern);
    emit(COPY, 1);
    match_fail_.push_back(MatchFail{0, {}});
    match_depth_ = 1;
    std::vector<std::string> names;
    pattern(c->pattern, names);
    if (c->guard) jump_if(c->guard, false, fail_label());
    emit(POP_TOP);  // the subject
    stmts(c->body);
    emit_jump(JUMP, end);
    emit_fail_chain(match_fail_.back());
    match_fail_.pop_back();
  }
  set_pos(*m);
  emit(POP_TOP);
  bind(end);
}

void Compiler::pattern(Pattern* p, std::vector<std::string>& names) {
  set_pos(*p);
  switch (p->kind) {
    case PatternKind::MatchValue: {
      expr(static_cast<MatchValue*>(p)->value);
      emit(COMPARE_OP, uint32_t(CmpOp::Eq));
      --match_depth_;
      jump_to_fail(POP_JUMP_IF_FALSE);
      break;
    }
    case PatternKind::MatchSingleton: {
      Constant c;
      c.ckind = static_cast<MatchSingleton*>(p)->value;
      load_const(const_from_ast(&c));
      emit(IS_OP, 0);
      --match_depth_;
      jump_to_fail(POP_JUMP_IF_FALSE);
      break;
    }
    case PatternKind::MatchAs: {
      auto* a = static_cast<MatchAs*>(p);
      if (a->pattern) {
        emit(COPY, 1);
        ++match_depth_;
        pattern(a->pattern, names);
        set_pos(*p);
      }
      if (!a->name.empty()) {
        pattern_capture(a->name, *p, names);
      } else {
        emit(POP_TOP);
        --match_depth_;
      }
      break;
    }
    case PatternKind::MatchStar: error("can't use starred name here", *p);
    case PatternKind::MatchOr: {
      auto* o = static_cast<MatchOr*>(p);
      int success = new_label();
      int depth = match_depth_;
      std::vector<std::string> first_names;
      for (size_t i = 0; i < o->patterns.size(); ++i) {
        emit(COPY, 1);
        match_depth_ = depth + 1;
        match_fail_.push_back(MatchFail{depth, {}});
        std::vector<std::string> alt_names = names;
        pattern(o->patterns[i], alt_names);
        std::vector<std::string> bound(alt_names.begin() + long(names.size()), alt_names.end());
        std::sort(bound.begin(), bound.end());
        if (i == 0) first_names = bound;
        else if (bound != first_names) error("alternative patterns bind different names", *p);
        emit(POP_TOP);  // the value this or-pattern matched
        emit_jump(JUMP, success);
        emit_fail_chain(match_fail_.back());
        match_fail_.pop_back();
      }
      match_depth_ = depth;
      jump_to_fail(JUMP);
      bind(success);
      match_depth_ = depth - 1;
      names.insert(names.end(), first_names.begin(), first_names.end());
      break;
    }
    case PatternKind::MatchSequence: {
      auto* sq = static_cast<MatchSequence*>(p);
      size_t n = sq->patterns.size(), star = n;
      for (size_t i = 0; i < n; ++i) {
        if (sq->patterns[i]->kind != PatternKind::MatchStar) continue;
        if (star != n) error("multiple starred names in sequence pattern", *p);
        star = i;
      }
      bool has_star = star != n;
      load_match_helper(int(MatchHelper::Seq));
      emit(COPY, 2);
      load_const(const_int(int64_t(has_star ? n - 1 : n)));
      load_const(ConstVal{Ref(bool_value(has_star)), has_star ? "T" : "F"});
      emit(CALL, 3);
      jump_to_fail(POP_JUMP_IF_FALSE);
      if (has_star) {
        emit(UNPACK_EX, uint32_t(star | ((n - star - 1) << 8)));
      } else {
        emit(UNPACK_SEQUENCE, uint32_t(n));
      }
      match_depth_ += int(n) - 1;
      for (Pattern* sub : sq->patterns) {
        if (sub->kind == PatternKind::MatchStar) {
          auto* st = static_cast<MatchStar*>(sub);
          set_pos(*sub);
          if (!st->name.empty()) {
            pattern_capture(st->name, *sub, names);
          } else {
            emit(POP_TOP);
            --match_depth_;
          }
        } else {
          pattern(sub, names);
        }
      }
      break;
    }
    case PatternKind::MatchMapping: {
      auto* mp = static_cast<MatchMapping*>(p);
      size_t nk = mp->keys.size();
      load_match_helper(int(MatchHelper::Map));
      emit(COPY, 2);
      emit(CALL, 1);
      jump_to_fail(POP_JUMP_IF_FALSE);
      // Constant keys must be distinct (checked at compile time like CPython).
      std::vector<std::string> const_keys;
      for (Expr* k : mp->keys) {
        ConstVal cv;
        if (const_of(k, cv)) {
          if (std::find(const_keys.begin(), const_keys.end(), cv.key) != const_keys.end())
            error("mapping pattern checks duplicate key (" + repr_utf8(cv.obj) + ")", *p);
          const_keys.push_back(cv.key);
        }
      }
      for (Expr* k : mp->keys) expr(k);
      emit(BUILD_TUPLE, uint32_t(nk));
      ++match_depth_;  // [v keys]
      if (nk > 0) {
        load_match_helper(int(MatchHelper::Keys));
        emit(COPY, 3);
        emit(COPY, 3);
        emit(CALL, 2);
        ++match_depth_;  // [v keys values]
        emit(COPY, 1);
        jump_to_fail(POP_JUMP_IF_NONE);
        emit(UNPACK_SEQUENCE, uint32_t(nk));
        match_depth_ += int(nk) - 1;
        for (Pattern* sub : mp->patterns) pattern(sub, names);
      }
      set_pos(*p);
      if (!mp->rest.empty()) {
        load_match_helper(int(MatchHelper::Rest));
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(CALL, 2);
        --match_depth_;  // [rest]
        pattern_capture(mp->rest, *p, names);
      } else {
        emit(POP_TOP);
        emit(POP_TOP);
        match_depth_ -= 2;
      }
      break;
    }
    case PatternKind::MatchClass: {
      auto* mc = static_cast<MatchClass*>(p);
      for (size_t i = 0; i < mc->kwd_attrs.size(); ++i)
        for (size_t j = 0; j < i; ++j)
          if (mc->kwd_attrs[i] == mc->kwd_attrs[j])
            error("attribute name repeated in class pattern: " + mc->kwd_attrs[i], *mc->kwd_patterns[i]);
      load_match_helper(int(MatchHelper::Class));
      emit(COPY, 2);
      expr(mc->cls);
      load_const(const_int(int64_t(mc->patterns.size())));
      load_const(const_tuple_of_strs(mc->kwd_attrs));
      emit(CALL, 4);
      ++match_depth_;  // [v attrs]
      emit(COPY, 1);
      jump_to_fail(POP_JUMP_IF_NONE);
      emit(SWAP, 2);
      emit(POP_TOP);
      --match_depth_;  // [attrs]
      size_t total = mc->patterns.size() + mc->kwd_patterns.size();
      emit(UNPACK_SEQUENCE, uint32_t(total));
      match_depth_ += int(total) - 1;
      for (Pattern* sub : mc->patterns) pattern(sub, names);
      for (Pattern* sub : mc->kwd_patterns) pattern(sub, names);
      break;
    }
  }
}

}  // namespace minipy
