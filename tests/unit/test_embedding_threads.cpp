// The embedding API with the program's threads running: API calls take the GIL, the program's
// threads run between them, and host threads may call in concurrently.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "interp/minipy.h"

TEST_CASE("embedding: Python threads run between API calls", "[embedding][thread]") {
  minipy::Interpreter py;
  py.run_string(
      "import _thread\n"
      "done = _thread.allocate_lock()\n"
      "done.acquire()\n"
      "count = 0\n"
      "def work():\n"
      "    global count\n"
      "    for i in range(20000):\n"
      "        count += 1\n"
      "    done.release()\n"
      "_thread.start_new_thread(work, ())\n");
  // The host keeps calling in while the thread counts; the GIL serialises both.
  int64_t seen = 0;
  for (int i = 0; i < 200 && seen < 20000; i++) seen = py.eval("count").to_int();
  py.run_string("done.acquire()\n");  // releases the GIL while it waits
  CHECK(py.eval("count").to_int() == 20000);
}

TEST_CASE("embedding: several host threads call one interpreter", "[embedding][thread]") {
  minipy::Interpreter py;
  py.run_string("total = 0\ndef bump(n):\n    global total\n    for i in range(n):\n        total += 1\n    return n\n");
  std::atomic<int64_t> returned{0};
  std::vector<std::thread> hosts;
  for (int t = 0; t < 4; t++)
    hosts.emplace_back([&] {
      for (int i = 0; i < 50; i++) {
        minipy::Handle h = py.call("bump", {100});  // each call holds the GIL throughout
        returned += h.to_int();
      }
    });
  for (auto& h : hosts) h.join();
  CHECK(returned.load() == 4 * 50 * 100);
  CHECK(py.eval("total").to_int() == 4 * 50 * 100);
}

TEST_CASE("embedding: handles are safe to copy and drop while threads run", "[embedding][thread]") {
  minipy::Interpreter py;
  py.run_string(
      "import _thread, time\n"
      "stop = _thread.allocate_lock()\n"
      "stop.acquire()\n"
      "shared = [1, 2, 3]\n"
      "def churn():\n"
      "    while not stop.acquire(False):\n"
      "        x = list(shared)\n"
      "        time.sleep(0)\n"
      "_thread.start_new_thread(churn, ())\n");
  minipy::Handle shared = py.get_global("shared");
  for (int i = 0; i < 2000; i++) {
    minipy::Handle copy = shared;  // incref / decref outside any API call
    (void)copy;
  }
  CHECK(shared.repr() == "[1, 2, 3]");
  py.run_string("stop.release()\ntime.sleep(0.01)\n");
}
