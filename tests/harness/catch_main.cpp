// The Catch2 runner for every tests/unit/*.cpp file. The runtime is initialised once when the run
// starts (not when CTest merely lists the tests), as a host would, so tests can create objects.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "runtime/runtime.h"

namespace {
struct RuntimeListener : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testRunStarting(Catch::TestRunInfo const&) override { minipy::runtime_init(); }
};
}  // namespace
CATCH_REGISTER_LISTENER(RuntimeListener)

int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
