# _thread: the module surface, argument errors, identities.
import _thread

print(sorted(n for n in ("LockType", "RLock", "TIMEOUT_MAX", "allocate", "allocate_lock", "error",
                         "exit", "get_ident", "get_native_id", "interrupt_main", "stack_size",
                         "start_new", "start_new_thread", "_count", "_set_sentinel")
             if hasattr(_thread, n)))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(type(_thread.allocate_lock()) is _thread.LockType, _thread.LockType)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())
print(isinstance(_thread.get_native_id(), int))

for args in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(print)
except TypeError as e:
    print("TypeError:", e)

print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(_thread.stack_size(0))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# Identities differ between threads; the new thread sees its own.
done = _thread.allocate_lock()
done.acquire()
seen = []
def record(tag, *, extra):
    seen.append((tag, extra, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(record, ("t1",), {"extra": 42})
done.acquire()
print(seen, isinstance(ident, int))
