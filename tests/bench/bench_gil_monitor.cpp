// What the GIL monitor (runtime/gil_trace.h) adds to one uncontended take+drop of the runtime's
// GIL: Arg 0 = no observer (as every run without -X gil-* or `import gil`), 1 = monitor installed
// (statistics), 2 = recording a trace region as well. The monitor cannot be uninstalled, so the
// three run in that order in one process; run them alone:
//   build/minipy_bench --benchmark_filter=GilMonitor
#include <benchmark/benchmark.h>

#include "runtime/gil_runtime.h"
#include "runtime/gil_trace.h"
#include "runtime/thread_state.h"

namespace {

void BM_GilMonitorTakeDrop(benchmark::State& st) {
  int mode = int(st.range(0));
  if (mode == 0 && minipy::gil_monitor_installed()) {
    st.SkipWithError("the monitor is already installed (run this benchmark alone, all three args)");
    return;
  }
  if (mode >= 1) minipy::gil_monitor_install();
  if (mode == 2) minipy::gil_trace_region_begin();
  minipy::ThreadState ts;
  ts.name = "bench";
  minipy::gil::Gil& gil = minipy::the_gil();
  for (auto _ : st) {
    gil.take(&ts);
    gil.drop(&ts, minipy::gil::DropReason::Yield);
  }
  if (mode == 2) minipy::gil_trace_region_end("/dev/null");
}
BENCHMARK(BM_GilMonitorTakeDrop)->Arg(0)->Arg(1)->Arg(2);

}  // namespace
