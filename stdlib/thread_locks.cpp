// _thread.lock and _thread.RLock on POSIX semaphores (as CPython does on Linux): a semaphore may
// be released by a thread other than its owner (threading.Condition relies on that), and
// sem_wait returns EINTR when a signal arrives, so a blocked main thread sees Ctrl-C.
#include "stdlib/thread_locks.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>

#include <cmath>
#include <cstdio>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject LockType;
TypeObject RLockType;

namespace {

constexpr double kTimeoutMax = 9223372036.0;  // _thread.TIMEOUT_MAX: CPython's PY_TIMEOUT_MAX in seconds

struct LockObject : Object {
  sem_t sem;  // 1 = unlocked, 0 = locked
};

struct RLockObject : Object {
  sem_t sem;
  uint64_t owner = 0;  // get_ident() of the owner; owner and count change only under the GIL
  uint64_t count = 0;
};

uint64_t current_ident() { return uint64_t(pthread_self()); }

// The argument parsing shared by every acquire(): -1 means "wait forever" (in nanoseconds here).
int64_t parse_acquire_args(const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("acquire", "blocking=True, timeout=-1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  bool blocking = a[0] ? index_as_int64(a[0], exc::OverflowError) != 0 : true;
  double timeout = -1;
  if (a[1]) {
    if (!is_int(a[1]) && !is_float(a[1]))
      raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(a[1])).c_str());
    timeout = as_double(a[1]);
    if (std::isnan(timeout)) raise(exc::ValueError, "Invalid value NaN (not a number)");
    if (std::fabs(timeout) > 9.2e18) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  }
  if (!blocking && timeout != -1) raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) raise(exc::ValueError, "timeout value must be positive");
  if (!blocking) return 0;
  if (timeout == -1) return -1;
  if (timeout > kTimeoutMax) raise(exc::OverflowError, "timeout value is too large");
  return int64_t(timeout * 1e9);
}

// Wait for the semaphore for at most `timeout_ns` (-1: forever) with the GIL released.
bool sem_acquire(sem_t* sem, int64_t timeout_ns) {
  if (sem_trywait(sem) == 0) return true;  // uncontended: no GIL round trip
  if (timeout_ns == 0) return false;
  struct timespec deadline {};
  if (timeout_ns > 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += time_t(timeout_ns / 1000000000);
    deadline.tv_nsec += long(timeout_ns % 1000000000);
    if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec += 1; deadline.tv_nsec -= 1000000000; }
  }
  for (;;) {
    if (t_tstate && gil_pass_turn(t_tstate)) {  // deterministic policy: retry on our next turn
      if (sem_trywait(sem) == 0) return true;
      if (timeout_ns > 0) {
        struct timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec)) return false;
      }
      continue;
    }
    int err = blocking_call("Lock.acquire", [&] {
      int r = timeout_ns < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
      return r == 0 ? 0 : errno;
    });
    if (err == 0) return true;
    if (err == ETIMEDOUT) return false;
    if (err != EINTR) raise(exc::RuntimeError, "lock wait failed");
    check_signals_in_main_thread();  // Ctrl-C: KeyboardInterrupt in the main thread
  }
}

bool sem_is_locked(sem_t* sem) {
  int v = 0;
  sem_getvalue(sem, &v);
  return v <= 0;
}

// ---- _thread.lock ----

LockObject* as_lock(Value v) { return static_cast<LockObject*>(v.as_object()); }

void lock_dealloc(Object* o) {
  sem_destroy(&static_cast<LockObject*>(o)->sem);
  dealloc_as<LockObject>(o);
}

Ref lock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout = parse_acquire_args(args, nargs, kwnames);
  return Ref(bool_value(sem_acquire(&as_lock(self)->sem, timeout)));
}

Ref lock_release(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("release", kwnames);
  check_nargs("release", nargs, 0, 0);
  LockObject* l = as_lock(self);
  if (!sem_is_locked(&l->sem)) raise(exc::RuntimeError, "release unlocked lock");
  sem_post(&l->sem);
  return Ref(None());
}

Ref lock_locked(Value self, const Value*, size_t nargs, Value) {
  check_nargs("locked", nargs, 0, 0);
  return Ref(bool_value(sem_is_locked(&as_lock(self)->sem)));
}

Ref lock_exit(Value self, const Value*, size_t, Value) { return lock_release(self, nullptr, 0, Value()); }

Ref lock_at_fork_reinit(Value self, const Value*, size_t nargs, Value) {
  check_nargs("_at_fork_reinit", nargs, 0, 0);
  sem_destroy(&as_lock(self)->sem);
  sem_init(&as_lock(self)->sem, 0, 1);
  return Ref(None());
}

Ref lock_repr(Value self) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s %s object at %p>", sem_is_locked(&as_lock(self)->sem) ? "locked" : "unlocked",
                std::string(type_name(self)).c_str(), static_cast<void*>(self.as_object()));
  return str_new(buf);
}

const MethodDef kLockMethods[] = {
    {"acquire", lock_acquire},
    {"acquire_lock", lock_acquire},
    {"release", lock_release},
    {"release_lock", lock_release},
    {"locked", lock_locked},
    {"locked_lock", lock_locked},
    {"__enter__", lock_acquire},
    {"__exit__", lock_exit},
    {"_at_fork_reinit", lock_at_fork_reinit},
    {nullptr, nullptr},
};

// ---- _thread.RLock ----

RLockObject* as_rlock(Value v) { return static_cast<RLockObject*>(v.as_object()); }

Ref rlock_new(TypeObject* type, const Value*, size_t, Value) {
  Ref r = new_object<RLockObject>(type);
  sem_init(&as_rlock(r)->sem, 0, 1);
  return r;
}

void rlock_dealloc(Object* o) {
  sem_destroy(&static_cast<RLockObject*>(o)->sem);
  dealloc_as<RLockObject>(o);
}

Ref rlock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout = parse_acquire_args(args, nargs, kwnames);
  RLockObject* r = as_rlock(self);
  uint64_t me = current_ident();
  if (r->count > 0 && r->owner == me) {
    if (r->count == UINT64_MAX) raise(exc::OverflowError, "Internal lock count overflowed");
    r->count++;
    return Ref(True());
  }
  if (!sem_acquire(&r->sem, timeout)) return Ref(False());
  r->owner = me;
  r->count = 1;
  return Ref(True());
}

Ref rlock_release(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("release", kwnames);
  check_nargs("release", nargs, 0, 0);
  RLockObject* r = as_rlock(self);
  if (r->count == 0 || r->owner != current_ident()) raise(exc::RuntimeError, "cannot release un-acquired lock");
  if (--r->count == 0) {
    r->owner = 0;
    sem_post(&r->sem);
  }
  return Ref(None());
}

Ref rlock_exit(Value self, const Value*, size_t, Value) { return rlock_release(self, nullptr, 0, Value()); }

Ref rlock_is_owned(Value self, const Value*, size_t, Value) {
  RLockObject* r = as_rlock(self);
  return Ref(bool_value(r->count > 0 && r->owner == current_ident()));
}

Ref rlock_recursion_count(Value self, const Value*, size_t, Value) {
  RLockObject* r = as_rlock(self);
  return int_from_u64(r->owner == current_ident() ? r->count : 0);
}

// Condition.wait() fully releases an RLock and restores its state afterwards.
Ref rlock_release_save(Value self, const Value*, size_t, Value) {
  RLockObject* r = as_rlock(self);
  if (r->count == 0) raise(exc::RuntimeError, "cannot release un-acquired lock");
  Ref state = tuple_new(2);
  tuple_init_item(state, 0, int_from_u64(r->count));
  tuple_init_item(state, 1, int_from_u64(r->owner));
  r->count = 0;
  r->owner = 0;
  sem_post(&r->sem);
  return state;
}

Ref rlock_acquire_restore(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("_acquire_restore", kwnames);
  check_nargs("_acquire_restore", nargs, 1, 1);
  if (!is_tuple(args[0]) || tuple_size(args[0]) != 2) raise(exc::TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
  uint64_t count = uint64_t(index_as_int64(tuple_item(args[0], 0), exc::OverflowError));
  uint64_t owner = uint64_t(index_as_int64(tuple_item(args[0], 1), exc::OverflowError));
  RLockObject* r = as_rlock(self);
  sem_acquire(&r->sem, -1);
  r->owner = owner;
  r->count = count;
  return Ref(None());
}

Ref rlock_at_fork_reinit(Value self, const Value*, size_t, Value) {
  RLockObject* r = as_rlock(self);
  sem_destroy(&r->sem);
  sem_init(&r->sem, 0, 1);
  r->owner = 0;
  r->count = 0;
  return Ref(None());
}

Ref rlock_repr(Value self) {
  RLockObject* r = as_rlock(self);
  char buf[160];
  std::snprintf(buf, sizeof buf, "<%s %s object owner=%llu count=%llu at %p>", r->count ? "locked" : "unlocked",
                std::string(type_name(self)).c_str(), (unsigned long long)r->owner,
                (unsigned long long)r->count, static_cast<void*>(self.as_object()));
  return str_new(buf);
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlock_acquire},
    {"release", rlock_release},
    {"__enter__", rlock_acquire},
    {"__exit__", rlock_exit},
    {"_is_owned", rlock_is_owned},
    {"_recursion_count", rlock_recursion_count},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"_at_fork_reinit", rlock_at_fork_reinit},
    {nullptr, nullptr},
};

void init_lock_types() {
  LockType.name = "_thread.lock";
  LockType.basicsize = sizeof(LockObject);
  LockType.dealloc = lock_dealloc;
  LockType.repr = lock_repr;
  LockType.methods = kLockMethods;
  static_type_declare(&LockType);

  RLockType.name = "_thread.RLock";
  RLockType.flags |= kTypeBaseType;
  RLockType.basicsize = sizeof(RLockObject);
  RLockType.dealloc = rlock_dealloc;
  RLockType.new_ = rlock_new;
  RLockType.repr = rlock_repr;
  RLockType.methods = kRLockMethods;
  static_type_declare(&RLockType);
}
TypeInitHook lock_types_hook(&init_lock_types);

}  // namespace

Ref lock_new_unlocked() {
  Ref r = new_object<LockObject>(&LockType);
  sem_init(&as_lock(r)->sem, 0, 1);
  return r;
}

bool lock_try_acquire(Value lock) { return sem_trywait(&as_lock(lock)->sem) == 0; }

void lock_release_if_locked(Value lock) {
  LockObject* l = as_lock(lock);
  if (sem_is_locked(&l->sem)) sem_post(&l->sem);
}

}  // namespace minipy
