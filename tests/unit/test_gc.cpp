// The cycle collector: unreachable cycles are reclaimed, reachable objects are left alone.
#include <catch2/catch.hpp>

#include "interp/minipy.h"
#include "runtime/dict_object.h"
#include "runtime/gc.h"
#include "runtime/list_object.h"

using namespace minipy;

TEST_CASE("a self-referencing list is reclaimed by a collection", "[gc]") {
  gc_collect();
  size_t before = gc_tracked_count();
  {
    Ref l = list_new();
    list_append(l, l);  // l -> l
  }
  CHECK(gc_tracked_count() == before + 1);  // refcounting alone cannot free it
  CHECK(gc_collect() >= 1);
  CHECK(gc_tracked_count() == before);
}

TEST_CASE("a two-object cycle through a dict is reclaimed", "[gc]") {
  gc_collect();
  size_t before = gc_tracked_count();
  {
    Ref a = list_new();
    Ref d = dict_new();
    list_append(a, d);
    dict_set(d, Value::small_int(1), a);
  }
  gc_collect();
  CHECK(gc_tracked_count() == before);
}

TEST_CASE("objects reachable from outside survive a collection", "[gc]") {
  Ref keep = list_new();
  {
    Ref inner = list_new();
    list_append(inner, inner);  // a cycle, but also held by `keep`
    list_append(keep, inner);
  }
  gc_collect();
  REQUIRE(list_items(keep).size() == 1);
  Value inner = list_items(keep)[0];
  REQUIRE(list_items(inner).size() == 1);
  CHECK(list_items(inner)[0].get() == inner);
}

TEST_CASE("classes in reference cycles are reclaimed by gc.collect()", "[gc]") {
  minipy::Interpreter py;
  py.run_string(
      "import gc\n"
      "deleted = []\n"
      "class Meta(type):\n"
      "    def __del__(cls):\n"
      "        deleted.append(cls.__name__)\n"
      "def make(i):\n"
      "    class C(metaclass=Meta):\n"
      "        def m(self):\n"
      "            return C\n"
      "        def __del__(self):\n"
      "            pass\n"
      "    C.me = C\n"
      "    C.inst = C()\n"
      "    class D(C):\n"
      "        __slots__ = ('a',)\n"
      "    d = D()\n"
      "    d.a = d\n"
      "    return C\n"
      "make(0)\n"
      "gc.collect()\n"
      "deleted.clear()\n");
  size_t before = gc_tracked_count();
  py.run_string("for i in range(100):\n    make(i)\ngc.collect()\n");
  // Each round leaves two classes, an instance, dicts, MRO tuples...: a leak would show as
  // hundreds of objects; the loop itself may leave a handful.
  size_t after = gc_tracked_count();
  CHECK(after < before + 20);
  CHECK(py.eval("len(deleted)").to_int() == 200);
}
