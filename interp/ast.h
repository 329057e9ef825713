// The abstract syntax tree. It mirrors CPython 3.11's `ast` module node for node and field for
// field (see `python3 -c "import ast; help(ast)"`), so the parser and the compiler share a spec
// everyone already knows. Differences: constants are a tagged union (the front end does not touch
// the object model), identifiers are std::string, and nodes live in an Arena freed all at once.
//
// Positions: lineno/end_lineno are 1-based; col_offset/end_col_offset are 0-based UTF-8 byte
// offsets, exactly as CPython reports them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy::ast {

// ---- arena ----
class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto owned = std::make_unique<Holder<T>>(std::forward<Args>(args)...);
    T* p = &owned->value;
    nodes_.push_back(std::move(owned));
    return p;
  }

 private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <class T>
  struct Holder : HolderBase {
    template <class... Args>
    explicit Holder(Args&&... args) : value(std::forward<Args>(args)...) {}
    T value;
  };
  std::vector<std::unique_ptr<HolderBase>> nodes_;
};

struct Pos {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// ---- expressions ----
enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
// Same order as runtime BinOp is NOT assumed; the compiler maps explicitly.
enum class Operator : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Pos {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
};
struct Stmt;
struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op; std::vector<Expr*> values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target; Expr* value; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left; Operator op; Expr* right; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op; Expr* operand; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args; Expr* body; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test; Expr* body; Expr* orelse; };
// keys[i] == nullptr means `**values[i]`
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} std::vector<Expr*> keys, values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} std::vector<Expr*> elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key; Expr* value; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left; std::vector<CmpOpKind> ops; std::vector<Expr*> comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func; std::vector<Expr*> args; std::vector<Keyword*> keywords; };
// conversion: -1 none, 's', 'r', 'a' (as CPython's ints)
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} std::vector<Expr*> values; };

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstKind ckind = ConstKind::None;
  std::string text;  // Int: the literal as written (prefix and underscores kept), Str: UTF-8, Bytes: raw bytes
  double number = 0;  // Float: the value; Complex: the imaginary part
  std::string kind_u;  // "u" for u"..." strings (ast.Constant.kind), else empty
};

struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value; Expr* slice; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// ---- helpers ----
struct Comprehension { Expr* target; Expr* iter; std::vector<Expr*> ifs; bool is_async = false; };
struct Arg : Pos { std::string arg; Expr* annotation = nullptr; };
// kw_defaults[i] == nullptr: keyword-only argument i has no default
struct Arguments {
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;
};
// arg empty: `**value`
struct Keyword : Pos { std::string arg; Expr* value; };
struct Alias : Pos { std::string name, asname; };
struct WithItem { Expr* context_expr; Expr* optional_vars = nullptr; };
struct ExceptHandler : Pos { Expr* type = nullptr; std::string name; std::vector<Stmt*> body; };

// ---- patterns (match statement) ----
enum class PatternKind : uint8_t { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
struct Pattern : Pos {
  explicit Pattern(PatternKind k) : kind(k) {}
  PatternKind kind;
};
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value; };
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstKind value; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} std::vector<Pattern*> patterns; };
struct MatchMapping : Pattern { MatchMapping() : Pattern(PatternKind::MatchMapping) {} std::vector<Expr*> keys; std::vector<Pattern*> patterns; std::string rest; };
struct MatchClass : Pattern { MatchClass() : Pattern(PatternKind::MatchClass) {} Expr* cls; std::vector<Pattern*> patterns; std::vector<std::string> kwd_attrs; std::vector<Pattern*> kwd_patterns; };
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} std::string name; };
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; std::string name; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} std::vector<Pattern*> patterns; };
struct MatchCase { Pattern* pattern; Expr* guard = nullptr; std::vector<Stmt*> body; };

// ---- statements ----
enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt : Pos {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

// FunctionDef and AsyncFunctionDef share a layout; `kind` tells them apart.
struct FunctionDef : Stmt {
  explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
  std::string name; Arguments* args; std::vector<Stmt*> body; std::vector<Expr*> decorator_list; Expr* returns = nullptr;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name; std::vector<Expr*> bases; std::vector<Keyword*> keywords; std::vector<Stmt*> body; std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} std::vector<Expr*> targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} std::vector<Expr*> targets; Expr* value; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target; Operator op; Expr* value; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target; Expr* annotation; Expr* value = nullptr; bool simple = false; };
// For and AsyncFor share a layout.
struct For : Stmt { explicit For(StmtKind k = StmtKind::For) : Stmt(k) {} Expr* target; Expr* iter; std::vector<Stmt*> body, orelse; };
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test; std::vector<Stmt*> body, orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test; std::vector<Stmt*> body, orelse; };
// With and AsyncWith share a layout.
struct With : Stmt { explicit With(StmtKind k = StmtKind::With) : Stmt(k) {} std::vector<WithItem*> items; std::vector<Stmt*> body; };
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject; std::vector<MatchCase*> cases; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
// Try and TryStar share a layout.
struct Try : Stmt { explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {} std::vector<Stmt*> body; std::vector<ExceptHandler*> handlers; std::vector<Stmt*> orelse, finalbody; };
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::string module; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {} Expr* value; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ---- modules ----
enum class ModKind : uint8_t { Module, Interactive, Expression };
struct Mod {
  ModKind kind = ModKind::Module;
  std::vector<Stmt*> body;  // Module, Interactive
  Expr* expr = nullptr;     // Expression (eval mode)
};

}  // namespace minipy::ast
