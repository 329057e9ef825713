// Hot paths of the object model: what the VM leans on in every loop.
#include <benchmark/benchmark.h>

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"

namespace {

using namespace minipy;

void init() { runtime_init(); }

void BM_SmallIntAdd(benchmark::State& st) {
  init();
  Ref acc = Value::small_int(0);
  Value one = Value::small_int(1);
  for (auto _ : st) {
    acc = binary_op(acc, one, BinOp::Add);
    benchmark::DoNotOptimize(acc.get());
  }
}
BENCHMARK(BM_SmallIntAdd);

void BM_FloatMul(benchmark::State& st) {
  init();
  Ref x = float_new(1.0000001);
  Ref acc = float_new(1.0);
  for (auto _ : st) {
    acc = binary_op(acc, x, BinOp::Mul);
    benchmark::DoNotOptimize(acc.get());
  }
}
BENCHMARK(BM_FloatMul);

void BM_DictGetInternedStr(benchmark::State& st) {
  init();
  Ref d = dict_new();
  Ref keys[64];
  for (int i = 0; i < 64; ++i) {
    keys[i] = intern("name" + std::to_string(i));
    dict_set(d, keys[i], Value::small_int(i));
  }
  int i = 0;
  for (auto _ : st) {
    benchmark::DoNotOptimize(dict_get(d, keys[i++ & 63]));
  }
}
BENCHMARK(BM_DictGetInternedStr);

void BM_ListAppend(benchmark::State& st) {
  init();
  for (auto _ : st) {
    Ref l = list_new();
    for (int i = 0; i < 1000; ++i) list_append(l, Value::small_int(i));
    benchmark::DoNotOptimize(l.get());
  }
  st.SetItemsProcessed(st.iterations() * 1000);
}
BENCHMARK(BM_ListAppend);

void BM_StrConcat(benchmark::State& st) {
  init();
  Ref a = str_new("hello, ");
  Ref b = str_new("world");
  for (auto _ : st) {
    Ref c = str_concat(a, b);
    benchmark::DoNotOptimize(c.get());
  }
}
BENCHMARK(BM_StrConcat);

}  // namespace
