// Python exceptions in C++: a raised Python exception travels as a C++ exception (PyException)
// carrying the exception instance. Native code simply throws; the VM catches at the boundary of
// each native call and continues with Python's own unwinding (handlers, tracebacks).
//
// Hot paths avoid throwing by protocol, not by catching: iteration ends with a null Ref from
// `iternext`, attribute misses return a null Ref from `getattr_opt`, dict misses return null.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

struct PyException {
  Ref value;  // the exception instance (a BaseException subclass instance)
};

// The built-in exception classes, created by runtime_init (exceptions.cpp).
namespace exc {
extern TypeObject *BaseException, *Exception, *BaseExceptionGroup, *ExceptionGroup;
extern TypeObject *SystemExit, *KeyboardInterrupt, *GeneratorExit, *StopIteration,
    *StopAsyncIteration;
extern TypeObject *ArithmeticError, *FloatingPointError, *OverflowError, *ZeroDivisionError;
extern TypeObject *AssertionError, *AttributeError, *BufferError, *EOFError;
extern TypeObject *ImportError, *ModuleNotFoundError;
extern TypeObject *LookupError, *IndexError, *KeyError;
extern TypeObject *MemoryError, *NameError, *UnboundLocalError;
extern TypeObject *OSError, *BlockingIOError, *ChildProcessError, *ConnectionError,
    *BrokenPipeError, *ConnectionAbortedError, *ConnectionRefusedError, *ConnectionResetError,
    *FileExistsError, *FileNotFoundError, *InterruptedError, *IsADirectoryError,
    *NotADirectoryError, *PermissionError, *ProcessLookupError, *TimeoutError;
extern TypeObject *ReferenceError, *RuntimeError, *NotImplementedError, *RecursionError;
extern TypeObject *SyntaxError, *IndentationError, *TabError, *SystemError, *TypeError;
extern TypeObject *ValueError, *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError,
    *UnicodeTranslateError;
extern TypeObject *Warning, *UserWarning, *DeprecationWarning, *PendingDeprecationWarning,
    *SyntaxWarning, *RuntimeWarning, *FutureWarning, *ImportWarning, *UnicodeWarning,
    *BytesWarning, *ResourceWarning, *EncodingWarning;
}  // namespace exc

// Create an exception instance: type(msg) (one str argument), or type() when msg is empty.
Ref new_exception(TypeObject* type, std::string_view msg);
Ref new_exception_args(TypeObject* type, const Value* args, size_t nargs);

[[noreturn]] void throw_exception(Ref exc_instance);
[[noreturn]] void raise(TypeObject* type, std::string_view msg);
[[noreturn]] void raise_empty(TypeObject* type);  // type() with no args, e.g. StopIteration
// printf-style message; `%s` takes const char*, `%d` int, `%lld` long long, `%zu` size_t.
[[noreturn]] void raisef(TypeObject* type, const char* fmt, ...)
    __attribute__((format(printf, 2, 3)));

// Common messages, spelled as CPython spells them.
[[noreturn]] void raise_type_error_not(Value v, const char* what);  // "'X' object is not <what>"
[[noreturn]] void raise_memory_error();

// Is `e` an instance of exception class `t` (or a subclass)?
bool exception_matches(Value e, TypeObject* t);

}  // namespace minipy
