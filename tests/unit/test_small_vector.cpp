// SmallVector: the inline-then-heap storage behind small dicts.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "runtime/small_vector.h"

using minipy::SmallVector;

namespace {
// Records destructions, to check that every element is destroyed once, in order.
struct Tracked {
  std::shared_ptr<std::vector<int>> log;
  int id = -1;
  Tracked(std::shared_ptr<std::vector<int>> l, int i) : log(std::move(l)), id(i) {}
  Tracked(const Tracked&) = default;
  Tracked(Tracked&& o) noexcept : log(std::move(o.log)), id(o.id) { o.id = -1; }
  ~Tracked() {
    if (log && id >= 0) log->push_back(id);
  }
};
}  // namespace

TEST_CASE("SmallVector stays inline up to N, then moves to the heap keeping its elements", "[small_vector]") {
  SmallVector<std::string, 3> v;
  CHECK(v.empty());
  CHECK(v.capacity() == 3);
  for (int i = 0; i < 10; i++) {
    v.push_back(std::to_string(i));
    REQUIRE(v.size() == size_t(i + 1));
  }
  CHECK(v.capacity() >= 10);
  for (int i = 0; i < 10; i++) CHECK(v[size_t(i)] == std::to_string(i));
  v.pop_back();
  CHECK(v.back() == "8");
  v.assign(4, "x");
  CHECK(v.size() == 4);
  CHECK(v[3] == "x");
}

TEST_CASE("SmallVector swap and copy across inline and heap storage", "[small_vector]") {
  SmallVector<std::string, 2> small, big;
  small.push_back("a");
  for (int i = 0; i < 5; i++) big.push_back("b" + std::to_string(i));
  small.swap(big);
  REQUIRE(small.size() == 5);
  REQUIRE(big.size() == 1);
  CHECK(small[4] == "b4");
  CHECK(big[0] == "a");
  SmallVector<std::string, 2> copy = small;
  CHECK(copy.size() == 5);
  CHECK(copy[0] == "b0");
  copy = big;
  CHECK(copy.size() == 1);
  SmallVector<std::string, 2> moved(std::move(small));
  CHECK(moved.size() == 5);
  CHECK(small.empty());
}

TEST_CASE("SmallVector destroys each element once, first to last", "[small_vector]") {
  auto log = std::make_shared<std::vector<int>>();
  {
    SmallVector<Tracked, 2> v;
    for (int i = 0; i < 5; i++) v.push_back(Tracked(log, i));  // grows twice: moved-from husks log nothing
    CHECK(log->empty());
  }
  CHECK(*log == std::vector<int>{0, 1, 2, 3, 4});
  log->clear();
  {
    SmallVector<Tracked, 4> v;
    v.push_back(Tracked(log, 7));
    v.push_back(Tracked(log, 8));
    v.clear();
    CHECK(*log == std::vector<int>{7, 8});
  }
}
