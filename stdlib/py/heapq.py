# minipy's heapq: binary min-heaps on plain lists (heap[k] <= heap[2k+1] and heap[2k+2]), with
# CPython's functions and error behaviour. Frozen into the interpreter (stdlib/py/).

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check_list(heap, fn, which="argument 1"):
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{fn}() {which} must be list, not {got}")


def _sift_up(heap, pos, stop=0):
    # Move heap[pos] towards the root (index `stop`) while it is smaller than its parent.
    item = heap[pos]
    while pos > stop:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move the smaller child up until a leaf is reached, then sift the item up from there
    # (fewer comparisons than stopping early, as in CPython).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, pos, start)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap."""
    _check_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap size does not change)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    """Turn a list into a heap in place, in linear time."""
    _check_list(heap, "heapify", "argument")
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i)


# Max-heap helpers (CPython exposes them with these private names).
def _sift_up_max(heap, pos, stop=0):
    item = heap[pos]
    while pos > stop:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, pos, start)


def _heapify_max(heap):
    for i in reversed(range(len(heap) // 2)):
        _sift_down_max(heap, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: equal items keep input order)."""
    entries = []
    direction = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; equal items keep their input order."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the best n so far in a max-heap of (key, order, item); order breaks ties stably.
    it = iter(iterable)
    if key is None:
        heap = [(x, i) for i, x in zip(range(n), it)]
        if not heap:
            return heap
        _heapify_max(heap)
        top = heap[0][0]
        order = n
        for x in it:
            if x < top:
                _heapreplace_max(heap, (x, order))
                top = heap[0][0]
                order += 1
        heap.sort()
        return [x for x, _ in heap]
    heap = [(key(x), i, x) for i, x in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    top = heap[0][0]
    order = n
    for x in it:
        k = key(x)
        if k < top:
            _heapreplace_max(heap, (k, order, x))
            top = heap[0][0]
            order += 1
    heap.sort()
    return [x for _, _, x in heap]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; equal items keep their input order."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the best n so far; a decreasing order number keeps ties stable.
    it = iter(iterable)
    if key is None:
        heap = [(x, i) for i, x in zip(range(0, -n, -1), it)]
        if not heap:
            return heap
        heapify(heap)
        top = heap[0][0]
        order = -n
        for x in it:
            if top < x:
                heapreplace(heap, (x, order))
                top = heap[0][0]
                order -= 1
        heap.sort(reverse=True)
        return [x for x, _ in heap]
    heap = [(key(x), i, x) for i, x in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    top = heap[0][0]
    order = -n
    for x in it:
        k = key(x)
        if top < k:
            heapreplace(heap, (k, order, x))
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [x for _, _, x in heap]
