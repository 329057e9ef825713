// The native locks of _thread: `lock` (allocate_lock) and `RLock`. Their waits release the GIL and
// wake up with KeyboardInterrupt on Ctrl-C in the main thread; every other synchronisation
// primitive of `threading` and `queue` is Python code built on them, as in CPython.
#pragma once

#include <semaphore.h>

#include "runtime/object.h"

namespace minipy {

extern TypeObject LockType;   // _thread.lock
extern TypeObject RLockType;  // _thread.RLock

Ref lock_new_unlocked();
// Acquire `lock` (a _thread.lock) without releasing the GIL; false if it is already locked.
bool lock_try_acquire(Value lock);
// Release `lock` if it is locked (the thread-exit path of _thread._set_sentinel()).
void lock_release_if_locked(Value lock);

}  // namespace minipy
