// The bytecode: the contract between the compiler (interp/compiler*.cpp) and the VM (interp/vm*.cpp).
//
// An instruction is one 32-bit word: opcode in the low 8 bits, argument in the high 24 bits.
// Jump targets are absolute instruction indices. The VM tests the eval breaker on every jump to a
// lower index, on every call, at function entry and on resumption after a yield.
//
// Exception handling uses a per-frame block stack (CPython <= 3.10 style, kept small and explicit):
//   SETUP_FINALLY h  pushes a handler block {h, stack level}.
//   When an exception is raised in the frame, the VM pops blocks:
//     - an EXCEPT_HANDLER block (see below) is unwound: the value stack is cut to its level and
//       the "handled exception" (sys.exc_info) is restored to what the block saved;
//     - the first SETUP_FINALLY/SETUP_WITH block found: the value stack is cut to its level, an
//       EXCEPT_HANDLER block is pushed saving the current handled exception, the raised exception
//       becomes the handled exception, the exception instance is pushed, and control goes to h.
//   If no handler block remains, the frame exits with the exception. A traceback entry for the
//   frame is added when an exception is raised by any instruction other than RERAISE.
//   POP_EXCEPT pops the EXCEPT_HANDLER block and restores the saved handled exception; the
//   compiler emits it when an except/finally handler completes normally (and before a
//   return/break/continue leaves one), with the value stack back at the block's level.
//
// Stack effects are written [before] -> [after], top of stack rightmost.
#pragma once

#include <cstdint>

namespace minipy {

#define MINIPY_OPCODES(X)                                                                        \
  X(NOP)                 /* */                                                                   \
  X(POP_TOP)             /* [v] -> [] */                                                         \
  X(COPY)                /* arg n>=1: [.. x (n-1 items)] -> [.. x .. x]  (push stack[-n]) */     \
  X(SWAP)                /* arg n>=2: swap top and stack[-n] */                                  \
  X(LOAD_CONST)          /* arg consts index: [] -> [v] */                                      \
  X(LOAD_FAST)           /* arg local: [] -> [v]; UnboundLocalError if unset */                  \
  X(STORE_FAST)          /* arg local: [v] -> [] */                                              \
  X(DELETE_FAST)         /* arg local; UnboundLocalError if unset */                             \
  X(LOAD_DEREF)          /* arg cell index (cellvars then freevars): [] -> [v]; NameError/UnboundLocalError */ \
  X(STORE_DEREF)         /* arg cell index: [v] -> [] */                                         \
  X(DELETE_DEREF)        /* arg cell index */                                                    \
  X(LOAD_CLASSDEREF)     /* arg cell index: class body: locals dict first, then the cell */      \
  X(LOAD_CLOSURE)        /* arg cell index: [] -> [cell object] (to build a closure tuple) */   \
  X(LOAD_GLOBAL)         /* arg name: globals, then builtins; NameError */                       \
  X(STORE_GLOBAL)        /* arg name: [v] -> [] */                                               \
  X(DELETE_GLOBAL)       /* arg name */                                                          \
  X(LOAD_NAME)           /* arg name: frame locals dict, globals, builtins; NameError */         \
  X(STORE_NAME)          /* arg name: [v] -> [] into the locals dict */                          \
  X(DELETE_NAME)         /* arg name */                                                          \
  X(LOAD_ATTR)           /* arg name: [obj] -> [obj.name] */                                     \
  X(STORE_ATTR)          /* arg name: [v obj] -> []  (obj.name = v) */                           \
  X(DELETE_ATTR)         /* arg name: [obj] -> [] */                                             \
  X(LOAD_METHOD)         /* arg name: [obj] -> [meth obj] when obj.name is a plain method found  \
                            on the type (no bound method is made), else [attr NULL] */          \
  X(CALL_METHOD)         /* arg n: [a b args*n] -> [r]: b non-null: a(b, *args), else a(*args) */ \
  X(CALL)                /* arg n: [f args*n] -> [r] */                                          \
  X(CALL_KW)             /* arg n: [f args*n kwnames] -> [r]; the last len(kwnames) args are keywords */ \
  X(CALL_EX)             /* arg flags: [f argtuple (kwdict if flags&1)] -> [r] */               \
  X(BUILD_TUPLE)         /* arg n: [v*n] -> [tuple] */                                          \
  X(BUILD_LIST)          /* arg n: [v*n] -> [list] */                                           \
  X(BUILD_SET)           /* arg n: [v*n] -> [set] */                                            \
  X(BUILD_MAP)           /* arg n: [k1 v1 .. kn vn] -> [dict] */                                 \
  X(BUILD_CONST_KEY_MAP) /* arg n: [v*n keytuple] -> [dict] */                                   \
  X(BUILD_STRING)        /* arg n: [str*n] -> [concatenation] */                                 \
  X(BUILD_SLICE)         /* arg 2|3: [start stop (step)] -> [slice] */                           \
  X(LIST_APPEND)         /* arg i: [.. list (i-1 items) v] -> [.. list (i-1 items)]; list at stack[-i] after pop */ \
  X(SET_ADD)             /* arg i: like LIST_APPEND for a set */                                 \
  X(MAP_ADD)             /* arg i: [.. dict .. k v] -> [.. dict ..]; dict at stack[-i] after popping k, v */ \
  X(LIST_EXTEND)         /* arg i: [.. list .. it] -> [.. list ..] */                            \
  X(SET_UPDATE)          /* arg i: [.. set .. it] -> [.. set ..] */                              \
  X(DICT_UPDATE)         /* arg i: [.. dict .. m] -> [.. dict ..]; TypeError "'X' object is not a mapping" */ \
  X(DICT_MERGE)          /* arg i: like DICT_UPDATE for f(**m): TypeError on a repeated keyword */ \
  X(LIST_TO_TUPLE)       /* [list] -> [tuple] */                                                 \
  X(FORMAT_VALUE)        /* arg: (conv & 3) 0 none 1 str 2 repr 3 ascii; arg & 4: a spec is on top: \
                            [v (spec)] -> [str] */                                              \
  X(UNARY_POSITIVE)      /* [v] -> [+v] */                                                       \
  X(UNARY_NEGATIVE)      /* [v] -> [-v] */                                                       \
  X(UNARY_NOT)           /* [v] -> [not v] */                                                    \
  X(UNARY_INVERT)        /* [v] -> [~v] */                                                       \
  X(BINARY_OP)           /* arg BinOp, or kInplace + BinOp for `op=`: [a b] -> [a op b] */      \
  X(COMPARE_OP)          /* arg CmpOp: [a b] -> [a cmp b] */                                     \
  X(IS_OP)               /* arg invert: [a b] -> [a is b / a is not b] */                        \
  X(CONTAINS_OP)         /* arg invert: [a b] -> [a in b / a not in b] */                        \
  X(BINARY_SUBSCR)       /* [c k] -> [c[k]] */                                                   \
  X(STORE_SUBSCR)        /* [v c k] -> []  (c[k] = v) */                                         \
  X(DELETE_SUBSCR)       /* [c k] -> [] */                                                       \
  X(JUMP)                /* arg target */                                                        \
  X(POP_JUMP_IF_FALSE)   /* arg target: [v] -> [] */                                             \
  X(POP_JUMP_IF_TRUE)    /* arg target: [v] -> [] */                                             \
  X(POP_JUMP_IF_NONE)    /* arg target: [v] -> [] */                                             \
  X(POP_JUMP_IF_NOT_NONE)/* arg target: [v] -> [] */                                             \
  X(JUMP_IF_FALSE_OR_POP)/* arg target: falsy: keep v and jump; else pop */                      \
  X(JUMP_IF_TRUE_OR_POP) /* arg target: truthy: keep v and jump; else pop */                     \
  X(GET_ITER)            /* [v] -> [iter(v)] */                                                  \
  X(FOR_ITER)            /* arg target: [it] -> [it next]; exhausted: [it] -> [] and jump */     \
  X(UNPACK_SEQUENCE)     /* arg n: [seq] -> [v_n-1 .. v_0] (v_0 on top); ValueError as CPython */ \
  X(UNPACK_EX)           /* arg before | after << 8: [seq] -> [after.. list before..] (first on top) */ \
  X(RETURN_VALUE)        /* [v] -> return v */                                                   \
  X(MAKE_FUNCTION)       /* arg flags: [(defaults tuple if &1) (kwdefaults dict if &2)           \
                            (annotations dict if &4) (closure tuple if &8) code] -> [function] */ \
  X(LOAD_BUILD_CLASS)    /* [] -> [builtins.__build_class__] */                                  \
  X(IMPORT_NAME)         /* arg name: [level fromlist] -> [module] */                            \
  X(IMPORT_FROM)         /* arg name: [module] -> [module attr]; ImportError "cannot import name" */ \
  X(IMPORT_STAR)         /* [module] -> []  (into the locals dict) */                            \
  X(RAISE_VARARGS)       /* arg 0: re-raise the handled exception; 1: [exc]; 2: [exc cause] */   \
  X(RERAISE)             /* [exc] -> raise exc again, its traceback unchanged */                 \
  X(SETUP_FINALLY)       /* arg handler: push a handler block at the current stack level */      \
  X(SETUP_WITH)          /* arg handler: the same, at level - 1 (keeps __exit__ below, drops the \
                            __enter__ result from the level) */                                 \
  X(POP_BLOCK)           /* pop a SETUP_FINALLY/SETUP_WITH block */                              \
  X(POP_EXCEPT)          /* pop the EXCEPT_HANDLER block; restore the handled exception */       \
  X(CHECK_EXC_MATCH)     /* [exc type] -> [exc bool]; TypeError "catching classes that do not    \
                            inherit from BaseException is not allowed" */                       \
  X(BEFORE_WITH)         /* [mgr] -> [bound __exit__, mgr.__enter__()]; TypeError "'X' object does \
                            not support the context manager protocol" */                        \
  X(WITH_EXCEPT_START)   /* [exit .. exc] (exit at stack[-2]... see note) -> [exit exc res]:     \
                            res = exit(type(exc), exc, exc.__traceback__) */                    \
  X(LOAD_ASSERTION_ERROR)/* [] -> [AssertionError] */                                            \
  X(SETUP_ANNOTATIONS)   /* create __annotations__ in the locals dict when missing */            \
  X(PRINT_EXPR)          /* [v] -> []: sys.displayhook(v) (interactive mode) */                  \
  X(YIELD_VALUE)         /* [v] -> suspend yielding v; on resume -> [sent value] */              \
  X(GET_YIELD_FROM_ITER) /* [v] -> [iter(v)] (a generator or coroutine passes through) */        \
  X(SEND)                /* arg target: [sub v] -> sub.send(v) (next() when v is None and sub is \
                            not a generator): yielded y -> [sub y]; returned r -> [r] and jump */ \
  X(GET_AWAITABLE)       /* reserved for async/await: [v] -> [awaitable iterator] */            \
  X(GET_AITER)           /* reserved */                                                          \
  X(GET_ANEXT)           /* reserved */                                                          \
  X(END_ASYNC_FOR)       /* reserved */                                                          \
  X(BEFORE_ASYNC_WITH)   /* reserved */                                                          \
  X(GET_LEN)             /* reserved for match: [v] -> [v len(v)] */                             \
  X(MATCH_MAPPING)       /* reserved */                                                          \
  X(MATCH_SEQUENCE)      /* reserved */                                                          \
  X(MATCH_KEYS)          /* reserved */                                                          \
  X(MATCH_CLASS)         /* reserved */

enum Opcode : uint8_t {
#define MINIPY_OPCODE_ENUM(name) name,
  MINIPY_OPCODES(MINIPY_OPCODE_ENUM)
#undef MINIPY_OPCODE_ENUM
      kOpcodeCount
};

const char* opcode_name(int op);  // for the disassembler and error reports

constexpr uint32_t kMaxOparg = (1u << 24) - 1;
inline uint32_t make_instr(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Opcode instr_op(uint32_t w) { return Opcode(w & 0xff); }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }

// MAKE_FUNCTION flags
enum MakeFunctionFlags : uint32_t {
  kFnDefaults = 1, kFnKwDefaults = 2, kFnAnnotations = 4, kFnClosure = 8
};

// WITH_EXCEPT_START note: the handler of a `with` block is entered with [exit exc] on the stack
// (the SETUP_WITH level keeps __exit__); WITH_EXCEPT_START leaves [exit exc res].
// The canonical `with` sequence the compiler emits:
//     <mgr>; BEFORE_WITH; SETUP_WITH H; <store target | POP_TOP>; <body>; POP_BLOCK;
//     LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 3; POP_TOP; JUMP END
//  H: WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE
//  S: POP_TOP; POP_EXCEPT; POP_TOP; END:
// (At H the stack is [exit exc]; RERAISE pops exc, and unwinding cuts [exit] away.
//  At S: POP_TOP drops exc, POP_EXCEPT restores the handled exception, POP_TOP drops exit.)
//
// A try/except:
//     SETUP_FINALLY H; <body>; POP_BLOCK; <else>; JUMP END
//  H: [exc] <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE NEXT;
//     (STORE_FAST e | POP_TOP); <handler body>; POP_EXCEPT; (e = None; del e); JUMP END
//  NEXT: ... ; RERAISE
// A try/finally:
//     SETUP_FINALLY H; <body>; POP_BLOCK; <finally body>; JUMP END
//  H: [exc] <finally body>; RERAISE
// (the finally body is emitted twice, and again before a return/break/continue that leaves it).
//
// Sequences the compiler emits with the reserved async opcodes (the VM implements them when it
// supports coroutines; `yield from`'s loop is  L: SEND X; YIELD_VALUE; JUMP L; X:):
//   await e:      <e>; GET_AWAITABLE 0; LOAD_CONST None; <SEND loop>
//   async with:   <mgr>; BEFORE_ASYNC_WITH ([aexit awaitable]); GET_AWAITABLE 1; LOAD_CONST None;
//                 <SEND loop>; SETUP_WITH H; ... exactly as `with`, each __aexit__ result
//                 followed by GET_AWAITABLE 2; LOAD_CONST None; <SEND loop>
//   async for:    <it>; GET_AITER;  T: SETUP_FINALLY E; GET_ANEXT; LOAD_CONST None; <SEND loop>;
//                 POP_BLOCK; <store>; <body>; JUMP T;
//                 E: END_ASYNC_FOR  ([aiter exc] -> []: a StopAsyncIteration ends the loop and
//                 pops the EXCEPT_HANDLER block like POP_EXCEPT; anything else is re-raised)
// The match statement and try/except* do not use MATCH_* or extra opcodes: the compiler loads
// native helper functions as constants and CALLs them (interp/match_support.h).

}  // namespace minipy
