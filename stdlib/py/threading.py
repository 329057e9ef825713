# minipy's threading module: CPython's threading API written in Python over the native _thread
# module (stdlib/thread_module.cpp), frozen into the interpreter (stdlib/py/). The observable
# behaviour (names, reprs, error messages, the excepthook report, exit-time joining) follows
# CPython 3.11; the code is minipy's own.

import _thread
import sys as _sys
from time import monotonic as _time
from itertools import count as _count
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
try:
    _CRLock = _thread.RLock
except AttributeError:
    _CRLock = None
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
# minipy only: names the calling OS thread (GIL traces). Absent under CPython.
_set_native_name = getattr(_thread, '_set_name', None)

del _thread


def _deprecated(message):
    # CPython warns on the pre-PEP 8 names; minipy does too once a warnings module exists.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# -- trace and profile hooks: stored, and installed in each new Thread if sys supports them ------

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


# -- locks ------------------------------------------------------------------------------------

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the native one when _thread has it, else the Python version."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python: an owner ident and a recursion count over a plain lock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Used by Condition: give the lock up entirely while waiting, then restore the recursion.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# -- Condition ----------------------------------------------------------------------------------

class Condition:
    """Waiters sleep on private locks queued here; notify releases the oldest ones."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Reentrant locks know how to give themselves up entirely and to check their owner;
        # for a plain lock the fallbacks below do the job.
        for attr in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, attr, None)
            if method is not None:
                setattr(self, attr, method)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: it is "ours" exactly when it cannot be taken right now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if end is None:
                    end = _time() + remaining
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # its wait timed out meanwhile: it removes itself, wake another
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# -- Semaphore, BoundedSemaphore -------------------------------------------------------------

class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


# -- Event ------------------------------------------------------------------------------------

class Event:

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# -- Barrier ----------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states: threads arrive while FILLING; the last one switches to DRAINING and everyone
# leaves; RESETTING and BROKEN make the waiters raise BrokenBarrierError.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait for the previous round to drain or a reset to finish before joining this one.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        # The last thread out of a draining (or resetting) barrier opens it for the next round.
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING:
                    self._state = _RESETTING
                elif self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# -- the registry of threads --------------------------------------------------------------------

_counter = _count(1).__next__


def _newname(name_template="Thread-%d"):
    return name_template % _counter()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for every running thread threading knows about
_limbo = {}     # Thread -> Thread, started but not yet running

# The sentinel locks of non-daemon threads: _shutdown waits for each to be released.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Forget the locks of threads that have already ended.
    to_remove = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(to_remove)


# -- excepthook ---------------------------------------------------------------------------------

class _ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), as CPython's _thread._ExceptHookArgs."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))

    def __reduce__(self):
        return (_ExceptHookArgs, (tuple(self),))


_ExceptHookArgs.__module__ = '_thread'
_ExceptHookArgs.__name__ = _ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr, as CPython does."""
    if args.exc_type == SystemExit:
        return  # a thread may end itself with sys.exit(): silently
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


def _print_exception(exc_type, exc_value, exc_tb, stderr):
    # sys.__excepthook__ prints CPython's traceback format; it writes to sys.stderr, so point that
    # at the chosen stream for the call.
    hook = getattr(_sys, '__excepthook__', None)
    if hook is None:
        print(f"{exc_type.__name__}: {exc_value}", file=stderr)
        return
    saved = _sys.stderr
    if stderr is not saved:
        _sys.stderr = stderr
    try:
        hook(exc_type, exc_value, exc_tb)
    finally:
        if stderr is not saved:
            _sys.stderr = saved


# In CPython the default hook is the native _thread._excepthook.
excepthook.__name__ = excepthook.__qualname__ = '_excepthook'
excepthook.__module__ = '_thread'
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Bind what the hook needs now, so a thread still running during interpreter teardown can
    # report its exception even when module globals are already gone.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            args = None
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


# -- Thread -------------------------------------------------------------------------------------

class Thread:
    """A thread of control: start() runs run() (by default target(*args, **kwargs)) in a new
    OS thread; join() waits for it to end."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has just ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references: a finished thread must not keep its arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread still running while the interpreter tears down: stay quiet.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The runtime releases this lock when the OS thread's interpreter state is gone: join()
        # waits on it, so a joined thread has really finished.
        lock = _set_sentinel()
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            if _set_native_name is not None:
                _set_native_name(self._name)
            self._set_tstate_lock()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            _forget_thread_locals(self)
            self._delete()

    def _stop(self):
        # (No check that the sentinel is unlocked: another joiner may hold it for a moment.)
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped  # already joined
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                # The acquire succeeded but an exception (Ctrl-C) arrived before release().
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_native_name is not None and self._ident == get_ident():
            _set_native_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The pre-PEP 8 spellings (deprecated).
    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# -- Timer --------------------------------------------------------------------------------------

class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# -- the main thread and threads threading did not start ------------------------------------

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        if _set_native_name is not None:
            _set_native_name(self._name)
        # A plain lock, released by _shutdown(), stands for the main thread's life.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread directly: always alive, daemonic, not joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        if _set_native_name is not None:
            _set_native_name(self._name)  # created by current_thread() in the thread itself
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# -- module functions ---------------------------------------------------------------------------

def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) at shutdown, before non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def main_thread():
    return _main_thread


_main_thread = _MainThread()


def _shutdown():
    """Called by the runtime at interpreter exit: wait for every non-daemon thread to end."""
    if _main_thread._is_stopped:
        return  # already done
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    # The main thread has ended: mark it stopped before waking threads that join it.
    tlock = _main_thread._tstate_lock
    _main_thread._stop()
    if tlock is not None and tlock.locked():
        tlock.release()
    # Threads may start other threads while we wait: loop until no sentinel is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# -- fork: the child keeps only the thread that forked ---------------------------------------

def _after_fork():
    """Runs in a forked child (os.register_at_fork): the forking thread is the only thread and
    becomes the main one; every other Thread is stopped; the locks other threads may have held
    at the fork are replaced. The child's exit then waits only for threads it starts itself."""
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    try:
        current = _active[get_ident()]
    except KeyError:
        # Forked from a thread threading did not start (_thread.start_new_thread).
        current = _MainThread()
    _main_thread = current
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    with _active_limbo_lock:
        threads = set(_enumerate())
        for thread in threads:
            thread._started._at_fork_reinit()
            if thread is current:
                if thread._tstate_lock is not None:
                    thread._tstate_lock._at_fork_reinit()
                    thread._tstate_lock.acquire()
                ident = get_ident()
                thread._ident = ident
                new_active = {ident: thread}
            else:
                # Gone with the fork: stopped, and join() returns at once.
                thread._is_stopped = True
                thread._tstate_lock = None
        _limbo.clear()
        _active.clear()
        _active.update(new_active)


try:
    from posix import register_at_fork as _register_at_fork
except ImportError:
    pass
else:
    _register_at_fork(after_in_child=_after_fork)
    del _register_at_fork


# -- thread-local data --------------------------------------------------------------------------

class _LocalImpl:
    """The per-thread dictionaries of one `local` object, keyed by thread ident. A dictionary is
    dropped when its threading.Thread ends (minipy has no weak references to do it later)."""

    __slots__ = ('dicts', 'localargs', 'lock', 'depth', 'idle')

    def __init__(self):
        self.dicts = {}
        self.depth = 0    # nesting of attribute accesses in progress (under `lock`)
        self.idle = {}    # the object's __dict__ between accesses: it holds no thread's values

    def get_dict(self):
        return self.dicts[get_ident()]

    def create_dict(self):
        ident = get_ident()
        d = {}
        self.dicts[ident] = d
        thread = _active.get(ident)
        if thread is not None:
            impls = thread.__dict__.get('_local_impls')
            if impls is None:
                impls = thread.__dict__['_local_impls'] = []
            impls.append(self)
        return d


def _forget_thread_locals(thread):
    ident = thread._ident
    for impl in thread.__dict__.pop('_local_impls', ()):
        impl.dicts.pop(ident, None)


class _LocalPatch:
    # Installs the calling thread's dictionary as the object's __dict__ for one attribute access
    # (running the subclass's __init__ the first time a thread touches the object). Afterwards the
    # object points at an empty dictionary again, so a thread's values die with the thread.
    __slots__ = ('impl', 'obj')

    def __init__(self, obj):
        self.impl = object.__getattribute__(obj, '_local__impl')
        impl = self.impl
        try:
            d = impl.get_dict()
        except KeyError:
            d = impl.create_dict()
            args, kw = impl.localargs
            self._install(obj, d)
            try:
                obj.__init__(*args, **kw)
            except:
                self._uninstall(obj)
                raise
            return
        self._install(obj, d)

    def _install(self, obj, d):
        impl = self.impl
        impl.lock.acquire()
        impl.depth += 1
        object.__setattr__(obj, '__dict__', d)
        self.obj = obj

    def _uninstall(self, obj):
        impl = self.impl
        impl.depth -= 1
        if not impl.depth:
            object.__setattr__(obj, '__dict__', impl.idle)
        impl.lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._uninstall(self.obj)


_object_getattribute = object.__getattribute__


class local:
    """Attributes of a local object are per thread: each thread sees its own values."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl()
        impl.localargs = (args, kw)
        impl.lock = RLock()
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dictionary; __init__ for it runs as part of the constructor call.
        d = impl.create_dict()
        object.__setattr__(self, '__dict__', d)
        return self

    def __getattribute__(self, name):
        # Fast path: a plain local has no class attributes but dunders, so an ordinary name is
        # just an entry of the calling thread's dictionary.
        if type(self) is local and name[:2] != '__' and name != '_local__impl':
            d = _object_getattribute(self, '_local__impl').dicts.get(get_ident())
            if d is not None and name in d:
                return d[name]
        with _LocalPatch(self):
            try:
                return object.__getattribute__(self, name)
            except AttributeError as e:
                if type(self) is not local or e.args != (f"'_local' object has no attribute '{name}'",):
                    raise
        # The base class is a native type in CPython: its messages name it '_thread._local'.
        _local_no_attribute(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            _local_dict_read_only(self)
        if type(self) is local and name[:2] != '__' and name != '_local__impl':
            d = _object_getattribute(self, '_local__impl').dicts.get(get_ident())
            if d is not None:
                d[name] = value
                return
        with _LocalPatch(self):
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            _local_dict_read_only(self)
        with _LocalPatch(self):
            try:
                return object.__delattr__(self, name)
            except AttributeError as e:
                if type(self) is not local or e.args != (f"'_local' object has no attribute '{name}'",):
                    raise
        _local_no_attribute(self, name)


local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'


def _local_type_name(obj):
    return '_thread._local' if type(obj) is local else type(obj).__name__


def _local_no_attribute(obj, name):
    e = AttributeError(f"'{_local_type_name(obj)}' object has no attribute '{name}'")
    e.name = name
    e.obj = obj
    raise e


def _local_dict_read_only(obj):
    raise AttributeError(f"'{_local_type_name(obj)}' object attribute '__dict__' is read-only")
