// TEMPORARY integration aid while the parts of issue #2 are built in parallel: a weak definition
// of every declared runtime/front-end entry point, so that the tree links before each part lands.
// A real (strong) definition anywhere replaces the stub at link time. Calling a stub aborts with
// the function's name. Delete an entry's line once its real definition exists; delete the file
// once it is empty.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/opcodes.h"
#include "interp/parser.h"
#include "runtime/abstract.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

#pragma GCC diagnostic ignored "-Wreturn-type"

namespace minipy {

[[noreturn]] static void unimplemented(const char* what) {
  std::fprintf(stderr, "minipy: internal: %s is not implemented yet\n", what);
  std::abort();
}

__attribute__((weak)) Ref new_exception(TypeObject* type, std::string_view msg) { unimplemented("new_exception"); }
__attribute__((weak)) Ref new_exception_args(TypeObject* type, const Value* args, size_t nargs) { unimplemented("new_exception_args"); }
__attribute__((weak)) void throw_exception(Ref exc_instance) { unimplemented("throw_exception"); }
__attribute__((weak)) void raise(TypeObject* type, std::string_view msg) { unimplemented("raise"); }
__attribute__((weak)) void raise_empty(TypeObject* type) { unimplemented("raise_empty"); }
__attribute__((weak)) void raisef(TypeObject* type, const char* fmt, ...) { unimplemented("raisef"); }
__attribute__((weak)) void raise_type_error_not(Value v, const char* what) { unimplemented("raise_type_error_not"); }
__attribute__((weak)) void raise_memory_error() { unimplemented("raise_memory_error"); }
__attribute__((weak)) bool exception_matches(Value e, TypeObject* t) { unimplemented("exception_matches"); }
__attribute__((weak)) bool is_true(Value v) { unimplemented("is_true"); }
__attribute__((weak)) Ref repr(Value v) { unimplemented("repr"); }
__attribute__((weak)) Ref str_of(Value v) { unimplemented("str_of"); }
__attribute__((weak)) Ref ascii_of(Value v) { unimplemented("ascii_of"); }
__attribute__((weak)) std::string repr_utf8(Value v) { unimplemented("repr_utf8"); }
__attribute__((weak)) std::string str_utf8(Value v) { unimplemented("str_utf8"); }
__attribute__((weak)) int64_t hash_of(Value v) { unimplemented("hash_of"); }
__attribute__((weak)) Ref format_value(Value v, Value spec) { unimplemented("format_value"); }
__attribute__((weak)) Ref binary_op(Value a, Value b, BinOp op) { unimplemented("binary_op"); }
__attribute__((weak)) Ref inplace_op(Value a, Value b, BinOp op) { unimplemented("inplace_op"); }
__attribute__((weak)) Ref power3(Value base, Value exp, Value mod) { unimplemented("power3"); }
__attribute__((weak)) Ref negative(Value v) { unimplemented("negative"); }
__attribute__((weak)) Ref positive(Value v) { unimplemented("positive"); }
__attribute__((weak)) Ref invert(Value v) { unimplemented("invert"); }
__attribute__((weak)) Ref absolute(Value v) { unimplemented("absolute"); }
__attribute__((weak)) Ref number_index(Value v) { unimplemented("number_index"); }
__attribute__((weak)) int64_t index_as_int64(Value v, TypeObject* overflow_exc) { unimplemented("index_as_int64"); }
__attribute__((weak)) int64_t as_ssize(Value v) { unimplemented("as_ssize"); }
__attribute__((weak)) Ref number_int(Value v) { unimplemented("number_int"); }
__attribute__((weak)) Ref number_float(Value v) { unimplemented("number_float"); }
__attribute__((weak)) Ref rich_compare(Value a, Value b, CmpOp op) { unimplemented("rich_compare"); }
__attribute__((weak)) bool rich_compare_bool(Value a, Value b, CmpOp op) { unimplemented("rich_compare_bool"); }
__attribute__((weak)) bool equals(Value a, Value b) { unimplemented("equals"); }
__attribute__((weak)) Ref getattr(Value obj, Value name) { unimplemented("getattr"); }
__attribute__((weak)) Ref getattr_opt(Value obj, Value name) { unimplemented("getattr_opt"); }
__attribute__((weak)) Ref getattr_str(Value obj, std::string_view name) { unimplemented("getattr_str"); }
__attribute__((weak)) void setattr(Value obj, Value name, Value v) { unimplemented("setattr"); }
__attribute__((weak)) void delattr(Value obj, Value name) { unimplemented("delattr"); }
__attribute__((weak)) bool hasattr(Value obj, Value name) { unimplemented("hasattr"); }
__attribute__((weak)) Ref generic_getattr(Value obj, Value name) { unimplemented("generic_getattr"); }
__attribute__((weak)) void generic_setattr(Value obj, Value name, Value v) { unimplemented("generic_setattr"); }
__attribute__((weak)) Value type_lookup(TypeObject* type, Value name) { unimplemented("type_lookup"); }
__attribute__((weak)) Ref call(Value callable, const Value* args, size_t nargs, Value kwnames) { unimplemented("call"); }
__attribute__((weak)) Ref call(Value callable, std::initializer_list<Value> args) { unimplemented("call"); }
__attribute__((weak)) Ref call_method(Value obj, Value name, std::initializer_list<Value> args) { unimplemented("call_method"); }
__attribute__((weak)) Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args) { unimplemented("call_method"); }
__attribute__((weak)) bool is_callable(Value v) { unimplemented("is_callable"); }
__attribute__((weak)) Ref get_iter(Value v) { unimplemented("get_iter"); }
__attribute__((weak)) Ref iter_next(Value it) { unimplemented("iter_next"); }
__attribute__((weak)) int64_t length(Value v) { unimplemented("length"); }
__attribute__((weak)) Ref getitem(Value obj, Value key) { unimplemented("getitem"); }
__attribute__((weak)) void setitem(Value obj, Value key, Value v) { unimplemented("setitem"); }
__attribute__((weak)) void delitem(Value obj, Value key) { unimplemented("delitem"); }
__attribute__((weak)) bool contains(Value container, Value item) { unimplemented("contains"); }
__attribute__((weak)) bool isinstance(Value v, TypeObject* t) { unimplemented("isinstance"); }
__attribute__((weak)) bool is_subtype(TypeObject* a, TypeObject* b) { unimplemented("is_subtype"); }
__attribute__((weak)) bool isinstance_generic(Value v, Value cls) { unimplemented("isinstance_generic"); }
__attribute__((weak)) bool issubclass_generic(Value derived, Value cls) { unimplemented("issubclass_generic"); }
__attribute__((weak)) void check_no_kwargs(const char* fname, Value kwnames) { unimplemented("check_no_kwargs"); }
__attribute__((weak)) void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) { unimplemented("check_nargs"); }
__attribute__((weak)) Ref int_from_i64(int64_t v) { unimplemented("int_from_i64"); }
__attribute__((weak)) Ref int_from_u64(uint64_t v) { unimplemented("int_from_u64"); }
__attribute__((weak)) Ref int_from_double(double d) { unimplemented("int_from_double"); }
__attribute__((weak)) Ref int_from_string(std::string_view s, int base) { unimplemented("int_from_string"); }
__attribute__((weak)) Ref int_from_literal(std::string_view s) { unimplemented("int_from_literal"); }
__attribute__((weak)) bool is_int(Value v) { unimplemented("is_int"); }
__attribute__((weak)) bool is_exact_int(Value v) { unimplemented("is_exact_int"); }
__attribute__((weak)) std::optional<int64_t> int_as_i64(Value v) { unimplemented("int_as_i64"); }
__attribute__((weak)) double int_as_double(Value v) { unimplemented("int_as_double"); }
__attribute__((weak)) std::string int_to_decimal(Value v) { unimplemented("int_to_decimal"); }
__attribute__((weak)) int int_sign(Value v) { unimplemented("int_sign"); }
__attribute__((weak)) Ref int_add(Value a, Value b) { unimplemented("int_add"); }
__attribute__((weak)) Ref int_sub(Value a, Value b) { unimplemented("int_sub"); }
__attribute__((weak)) Ref int_mul(Value a, Value b) { unimplemented("int_mul"); }
__attribute__((weak)) Ref int_floordiv(Value a, Value b) { unimplemented("int_floordiv"); }
__attribute__((weak)) Ref int_mod(Value a, Value b) { unimplemented("int_mod"); }
__attribute__((weak)) int int_compare(Value a, Value b) { unimplemented("int_compare"); }
__attribute__((weak)) int64_t hash_int(Value v) { unimplemented("hash_int"); }
__attribute__((weak)) int64_t hash_double(double d) { unimplemented("hash_double"); }
__attribute__((weak)) Ref float_new(double d) { unimplemented("float_new"); }
__attribute__((weak)) bool is_float(Value v) { unimplemented("is_float"); }
__attribute__((weak)) double as_double(Value v) { unimplemented("as_double"); }
__attribute__((weak)) std::string float_repr(double d) { unimplemented("float_repr"); }
__attribute__((weak)) Ref str_new(std::string_view utf8) { unimplemented("str_new"); }
__attribute__((weak)) Ref str_from_ascii(std::string_view ascii) { unimplemented("str_from_ascii"); }
__attribute__((weak)) Ref str_from_codepoint(uint32_t cp) { unimplemented("str_from_codepoint"); }
__attribute__((weak)) Ref str_concat(Value a, Value b) { unimplemented("str_concat"); }
__attribute__((weak)) bool is_str(Value v) { unimplemented("is_str"); }
__attribute__((weak)) int64_t str_hash(Value v) { unimplemented("str_hash"); }
__attribute__((weak)) bool str_equal(Value a, Value b) { unimplemented("str_equal"); }
__attribute__((weak)) Ref intern(std::string_view utf8) { unimplemented("intern"); }
__attribute__((weak)) Ref intern_str(Value s) { unimplemented("intern_str"); }
__attribute__((weak)) Value name(const char* s) { unimplemented("name"); }
__attribute__((weak)) bool utf8_valid(std::string_view s) { unimplemented("utf8_valid"); }
__attribute__((weak)) size_t utf8_length(std::string_view s) { unimplemented("utf8_length"); }
__attribute__((weak)) void utf8_append(std::string& out, uint32_t cp) { unimplemented("utf8_append"); }
__attribute__((weak)) std::string str_repr_utf8(std::string_view s) { unimplemented("str_repr_utf8"); }
__attribute__((weak)) Ref tuple_new(size_t n) { unimplemented("tuple_new"); }
__attribute__((weak)) Ref tuple_from(std::initializer_list<Value> items) { unimplemented("tuple_from"); }
__attribute__((weak)) Ref tuple_from_array(const Value* items, size_t n) { unimplemented("tuple_from_array"); }
__attribute__((weak)) Ref tuple_from_iterable(Value iterable) { unimplemented("tuple_from_iterable"); }
__attribute__((weak)) Ref empty_tuple() { unimplemented("empty_tuple"); }
__attribute__((weak)) bool is_tuple(Value v) { unimplemented("is_tuple"); }
__attribute__((weak)) Ref list_new(size_t reserve) { unimplemented("list_new"); }
__attribute__((weak)) Ref list_from_array(const Value* items, size_t n) { unimplemented("list_from_array"); }
__attribute__((weak)) Ref list_from_iterable(Value iterable) { unimplemented("list_from_iterable"); }
__attribute__((weak)) void list_append(Value list, Value item) { unimplemented("list_append"); }
__attribute__((weak)) void list_extend(Value list, Value iterable) { unimplemented("list_extend"); }
__attribute__((weak)) Ref list_as_tuple(Value list) { unimplemented("list_as_tuple"); }
__attribute__((weak)) void list_sort(Value list, Value key, bool reverse) { unimplemented("list_sort"); }
__attribute__((weak)) bool is_list(Value v) { unimplemented("is_list"); }
__attribute__((weak)) Ref dict_new() { unimplemented("dict_new"); }
__attribute__((weak)) bool is_dict(Value v) { unimplemented("is_dict"); }
__attribute__((weak)) size_t dict_size(Value d) { unimplemented("dict_size"); }
__attribute__((weak)) Value dict_get(Value d, Value key) { unimplemented("dict_get"); }
__attribute__((weak)) Value dict_get_str(Value d, std::string_view key) { unimplemented("dict_get_str"); }
__attribute__((weak)) void dict_set(Value d, Value key, Value v) { unimplemented("dict_set"); }
__attribute__((weak)) void dict_set_str(Value d, std::string_view key, Value v) { unimplemented("dict_set_str"); }
__attribute__((weak)) bool dict_del(Value d, Value key) { unimplemented("dict_del"); }
__attribute__((weak)) void dict_clear(Value d) { unimplemented("dict_clear"); }
__attribute__((weak)) Ref dict_copy(Value d) { unimplemented("dict_copy"); }
__attribute__((weak)) void dict_update(Value d, Value other) { unimplemented("dict_update"); }
__attribute__((weak)) bool dict_next(Value d, size_t& pos, Value& key, Value& value) { unimplemented("dict_next"); }
__attribute__((weak)) uint64_t dict_version(Value d) { unimplemented("dict_version"); }
__attribute__((weak)) Ref set_new(TypeObject* type) { unimplemented("set_new"); }
__attribute__((weak)) void set_add(Value set, Value key) { unimplemented("set_add"); }
__attribute__((weak)) bool set_contains(Value set, Value key) { unimplemented("set_contains"); }
__attribute__((weak)) bool set_discard(Value set, Value key) { unimplemented("set_discard"); }
__attribute__((weak)) size_t set_size(Value set) { unimplemented("set_size"); }
__attribute__((weak)) bool set_next(Value set, size_t& pos, Value& key) { unimplemented("set_next"); }
__attribute__((weak)) Ref slice_new(Value start, Value stop, Value step) { unimplemented("slice_new"); }
__attribute__((weak)) int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step) { unimplemented("slice_indices"); }
__attribute__((weak)) Ref range_new(int64_t start, int64_t stop, int64_t step) { unimplemented("range_new"); }
__attribute__((weak)) Ref module_new(std::string_view name) { unimplemented("module_new"); }
__attribute__((weak)) void module_add_function(Value module, const MethodDef& def) { unimplemented("module_add_function"); }
__attribute__((weak)) void module_add_functions(Value module, const MethodDef* defs) { unimplemented("module_add_functions"); }
__attribute__((weak)) Ref cell_new(Value contents) { unimplemented("cell_new"); }
__attribute__((weak)) Ref method_new(Value func, Value self) { unimplemented("method_new"); }
__attribute__((weak)) Ref native_function_new(const MethodDef* def, Value self, Value module_name) { unimplemented("native_function_new"); }
__attribute__((weak)) void runtime_init() { unimplemented("runtime_init"); }
__attribute__((weak)) void init_object_type() { unimplemented("init_object_type"); }
__attribute__((weak)) void init_str_type() { unimplemented("init_str_type"); }
__attribute__((weak)) void init_int_type() { unimplemented("init_int_type"); }
__attribute__((weak)) void init_float_type() { unimplemented("init_float_type"); }
__attribute__((weak)) void init_bytes_type() { unimplemented("init_bytes_type"); }
__attribute__((weak)) void init_tuple_type() { unimplemented("init_tuple_type"); }
__attribute__((weak)) void init_list_type() { unimplemented("init_list_type"); }
__attribute__((weak)) void init_dict_type() { unimplemented("init_dict_type"); }
__attribute__((weak)) void init_set_type() { unimplemented("init_set_type"); }
__attribute__((weak)) void init_range_slice_types() { unimplemented("init_range_slice_types"); }
__attribute__((weak)) void init_iterator_types() { unimplemented("init_iterator_types"); }
__attribute__((weak)) void init_descriptor_types() { unimplemented("init_descriptor_types"); }
__attribute__((weak)) void init_exception_types() { unimplemented("init_exception_types"); }
__attribute__((weak)) void static_type_declare(TypeObject* t) { unimplemented("static_type_declare"); }
__attribute__((weak)) void static_types_ready() { unimplemented("static_types_ready"); }
__attribute__((weak)) void* heap_alloc_object(TypeObject* type, size_t size) { unimplemented("heap_alloc_object"); }
__attribute__((weak)) void heap_free_object(Object* o) { unimplemented("heap_free_object"); }
__attribute__((weak)) void dealloc_common_tail(Object* o) { unimplemented("dealloc_common_tail"); }
__attribute__((weak)) Value True() { unimplemented("True"); }
__attribute__((weak)) Value False() { unimplemented("False"); }
__attribute__((weak)) Ref compile_ast(ast::Mod* mod, const std::string& filename, ParseMode mode) { unimplemented("compile_ast"); }
__attribute__((weak)) Ref compile_source(std::string_view source, const std::string& filename, ParseMode mode) { unimplemented("compile_source"); }
__attribute__((weak)) std::string disassemble(Value code) { unimplemented("disassemble"); }
__attribute__((weak)) ast::Mod* parse(std::string_view source, const std::string& filename, ParseMode mode, ast::Arena& arena) { unimplemented("parse"); }
__attribute__((weak)) Ref code_new() { unimplemented("code_new"); }
__attribute__((weak)) const char* opcode_name(int op) { unimplemented("opcode_name"); }
__attribute__((weak)) ArgSpec::ArgSpec(const char* fname, const char* signature) { unimplemented("ArgSpec"); }
__attribute__((weak)) void ArgSpec::bind(const Value* args, size_t nargs, Value kwnames, Value* out) const { unimplemented("ArgSpec::bind"); }

__attribute__((weak)) TypeObject IntType, BoolType, FloatType, StrType, TupleType, ListType, DictType;
__attribute__((weak)) TypeObject SetType, FrozenSetType, RangeType, SliceType, ModuleType, CellType,
    MethodType, PropertyType, ClassMethodType, StaticMethodType, NativeFunctionType,
    MethodDescriptorType, NoneType, NotImplementedType, EllipsisType, ObjectType, TypeType,
    SuperType, BaseExceptionType, CodeType;

namespace exc {
#define MINIPY_WEAK_EXC(n) __attribute__((weak)) TypeObject* n = nullptr;
MINIPY_WEAK_EXC(BaseException) MINIPY_WEAK_EXC(Exception) MINIPY_WEAK_EXC(BaseExceptionGroup)
MINIPY_WEAK_EXC(ExceptionGroup) MINIPY_WEAK_EXC(SystemExit) MINIPY_WEAK_EXC(KeyboardInterrupt)
MINIPY_WEAK_EXC(GeneratorExit) MINIPY_WEAK_EXC(StopIteration) MINIPY_WEAK_EXC(StopAsyncIteration)
MINIPY_WEAK_EXC(ArithmeticError) MINIPY_WEAK_EXC(FloatingPointError) MINIPY_WEAK_EXC(OverflowError)
MINIPY_WEAK_EXC(ZeroDivisionError) MINIPY_WEAK_EXC(AssertionError) MINIPY_WEAK_EXC(AttributeError)
MINIPY_WEAK_EXC(BufferError) MINIPY_WEAK_EXC(EOFError) MINIPY_WEAK_EXC(ImportError)
MINIPY_WEAK_EXC(ModuleNotFoundError) MINIPY_WEAK_EXC(LookupError) MINIPY_WEAK_EXC(IndexError)
MINIPY_WEAK_EXC(KeyError) MINIPY_WEAK_EXC(MemoryError) MINIPY_WEAK_EXC(NameError)
MINIPY_WEAK_EXC(UnboundLocalError) MINIPY_WEAK_EXC(OSError) MINIPY_WEAK_EXC(BlockingIOError)
MINIPY_WEAK_EXC(ChildProcessError) MINIPY_WEAK_EXC(ConnectionError) MINIPY_WEAK_EXC(BrokenPipeError)
MINIPY_WEAK_EXC(ConnectionAbortedError) MINIPY_WEAK_EXC(ConnectionRefusedError)
MINIPY_WEAK_EXC(ConnectionResetError) MINIPY_WEAK_EXC(FileExistsError) MINIPY_WEAK_EXC(FileNotFoundError)
MINIPY_WEAK_EXC(InterruptedError) MINIPY_WEAK_EXC(IsADirectoryError) MINIPY_WEAK_EXC(NotADirectoryError)
MINIPY_WEAK_EXC(PermissionError) MINIPY_WEAK_EXC(ProcessLookupError) MINIPY_WEAK_EXC(TimeoutError)
MINIPY_WEAK_EXC(ReferenceError) MINIPY_WEAK_EXC(RuntimeError) MINIPY_WEAK_EXC(NotImplementedError)
MINIPY_WEAK_EXC(RecursionError) MINIPY_WEAK_EXC(SyntaxError) MINIPY_WEAK_EXC(IndentationError)
MINIPY_WEAK_EXC(TabError) MINIPY_WEAK_EXC(SystemError) MINIPY_WEAK_EXC(TypeError)
MINIPY_WEAK_EXC(ValueError) MINIPY_WEAK_EXC(UnicodeError) MINIPY_WEAK_EXC(UnicodeDecodeError)
MINIPY_WEAK_EXC(UnicodeEncodeError) MINIPY_WEAK_EXC(UnicodeTranslateError) MINIPY_WEAK_EXC(Warning)
MINIPY_WEAK_EXC(UserWarning) MINIPY_WEAK_EXC(DeprecationWarning) MINIPY_WEAK_EXC(PendingDeprecationWarning)
MINIPY_WEAK_EXC(SyntaxWarning) MINIPY_WEAK_EXC(RuntimeWarning) MINIPY_WEAK_EXC(FutureWarning)
MINIPY_WEAK_EXC(ImportWarning) MINIPY_WEAK_EXC(UnicodeWarning) MINIPY_WEAK_EXC(BytesWarning)
MINIPY_WEAK_EXC(ResourceWarning) MINIPY_WEAK_EXC(EncodingWarning)
#undef MINIPY_WEAK_EXC
}  // namespace exc

}  // namespace minipy
