// list.sort: a stable merge sort (natural runs + binary insertion for short runs), comparing with
// `<` like CPython, with fast comparisons when every key is a small int, a float or an exact str.
//
// The list is emptied while sorting (CPython does the same) so that a key function or __lt__ that
// mutates it is detected: "list modified during sort". The owned references stay in `saved` the
// whole time; the sort itself shuffles borrowed (key, item) pairs, so an exception in the middle
// of a comparison can never lose or duplicate a reference.
#include <algorithm>
#include <cstring>

#include "runtime/containers_internal.h"
#include "runtime/float_object.h"
#include "runtime/list_object.h"

namespace minipy {

namespace {

struct SortItem {
  Value key;
  Value item;
};

enum class KeyKind { Generic, SmallInt, Float, Str };

struct Less {
  KeyKind kind;
  bool operator()(Value a, Value b) const {
    switch (kind) {
      case KeyKind::SmallInt:
        return a.small_int_value() < b.small_int_value();
      case KeyKind::Float:
        return float_value(a) < float_value(b);
      case KeyKind::Str: {
        // UTF-8 byte order is code point order.
        std::string_view x = str_view(a), y = str_view(b);
        return x < y;
      }
      default:
        return rich_compare_bool(a, b, CmpOp::Lt);
    }
  }
};

void binary_insertion(SortItem* a, size_t lo, size_t hi, size_t start, const Less& lt) {
  for (size_t i = start; i < hi; i++) {
    SortItem pivot = a[i];
    size_t l = lo, r = i;
    while (l < r) {
      size_t m = l + (r - l) / 2;
      if (lt(pivot.key, a[m].key))
        r = m;
      else
        l = m + 1;
    }
    std::memmove(static_cast<void*>(a + l + 1), a + l, (i - l) * sizeof(SortItem));
    a[l] = pivot;
  }
}

// Merge a[lo..mid) and a[mid..hi) (both sorted) stably, via tmp.
void merge(SortItem* a, size_t lo, size_t mid, size_t hi, std::vector<SortItem>& tmp, const Less& lt) {
  // Already in order: the common case for nearly sorted data costs one comparison.
  if (!lt(a[mid].key, a[mid - 1].key)) return;
  tmp.assign(a + lo, a + mid);
  size_t i = 0, j = mid, k = lo, n1 = mid - lo;
  while (i < n1 && j < hi) {
    if (lt(a[j].key, tmp[i].key))
      a[k++] = a[j++];
    else
      a[k++] = tmp[i++];
  }
  while (i < n1) a[k++] = tmp[i++];
}

void merge_sort(SortItem* a, size_t n, const Less& lt) {
  constexpr size_t kMinRun = 32;
  // Find natural runs (strictly descending runs are reversed, which keeps stability), extend
  // short ones with binary insertion, then merge pairs of adjacent runs bottom-up.
  std::vector<size_t> bounds;  // run starts, plus n at the end
  size_t i = 0;
  while (i < n) {
    size_t start = i;
    size_t end = i + 1;
    if (end < n) {
      if (lt(a[end].key, a[start].key)) {
        while (end < n && lt(a[end].key, a[end - 1].key)) end++;
        std::reverse(a + start, a + end);
      } else {
        while (end < n && !lt(a[end].key, a[end - 1].key)) end++;
      }
    }
    if (end - start < kMinRun) {
      size_t forced = std::min(n, start + kMinRun);
      binary_insertion(a, start, forced, end, lt);
      end = forced;
    }
    bounds.push_back(start);
    i = end;
  }
  bounds.push_back(n);
  std::vector<SortItem> tmp;
  while (bounds.size() > 2) {
    std::vector<size_t> next;
    size_t r = 0;
    for (; r + 2 < bounds.size(); r += 2) {
      merge(a, bounds[r], bounds[r + 1], bounds[r + 2], tmp, lt);
      next.push_back(bounds[r]);
    }
    if (r + 1 < bounds.size()) next.push_back(bounds[r]);  // an odd run left over, up to n
    next.push_back(n);
    bounds.swap(next);
  }
}

KeyKind classify(const std::vector<SortItem>& items) {
  if (items.empty()) return KeyKind::Generic;
  Value k0 = items[0].key;
  if (k0.is_small_int()) {
    for (auto& s : items)
      if (!s.key.is_small_int()) return KeyKind::Generic;
    return KeyKind::SmallInt;
  }
  if (is_exact_float(k0)) {
    for (auto& s : items)
      if (!is_exact_float(s.key)) return KeyKind::Generic;
    return KeyKind::Float;
  }
  if (is_exact_str(k0)) {
    for (auto& s : items)
      if (!is_exact_str(s.key)) return KeyKind::Generic;
    return KeyKind::Str;
  }
  return KeyKind::Generic;
}

}  // namespace

void list_sort(Value list, Value key, bool reverse) {
  std::vector<Ref> saved;
  saved.swap(list_items(list));
  std::vector<Ref> keys;  // owned keys when a key function is given
  std::vector<SortItem> work;
  try {
    size_t n = saved.size();
    if (key) {
      keys.reserve(n);
      for (size_t i = 0; i < n; i++) keys.push_back(call(key, {saved[i].get()}));
    }
    work.resize(n);
    for (size_t i = 0; i < n; i++) work[i] = SortItem{key ? keys[i].get() : saved[i].get(), saved[i].get()};
    // reverse=True keeps stability by sorting the reversed list, then reversing back (as CPython).
    if (reverse) std::reverse(work.begin(), work.end());
    if (n > 1) {
      Less lt{classify(work)};
      merge_sort(work.data(), n, lt);
    }
    if (reverse) std::reverse(work.begin(), work.end());
  } catch (...) {
    // Put the items back (unsorted) and drop whatever was added meanwhile.
    std::vector<Ref> during;
    during.swap(list_items(list));
    list_items(list).swap(saved);
    throw;
  }
  std::vector<Ref> sorted;
  sorted.reserve(work.size());
  for (auto& s : work) sorted.emplace_back(s.item);
  std::vector<Ref> during;
  during.swap(list_items(list));
  list_items(list).swap(sorted);
  if (!during.empty()) raise(exc::ValueError, "list modified during sort");
}

}  // namespace minipy
