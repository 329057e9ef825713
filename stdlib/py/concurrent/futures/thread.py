# ThreadPoolExecutor (frozen into minipy): worker threads take work items from one queue and
# settle their futures. CPython 3.11's behaviour and messages; minipy's own code. Without weak
# references the workers keep their executor alive until it is shut down or the interpreter
# exits (threading's atexit hook stops them then, as in CPython).

from concurrent.futures import _base
import itertools
import queue
import threading

_threads_queues = {}    # worker thread -> its work queue, for the exit hook
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _after_fork_in_child():
    # The parent's workers do not exist in a forked child; the lock may have been held by one.
    _global_shutdown_lock._at_fork_reinit()
    _threads_queues.clear()


try:
    from posix import register_at_fork as _register_at_fork
except ImportError:
    pass
else:
    _register_at_fork(before=_global_shutdown_lock.acquire, after_in_child=_after_fork_in_child,
                      after_in_parent=_global_shutdown_lock.release)


def _python_exit():
    # Runs before threading joins non-daemon threads: wake every idle worker so it can end.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # no cycle through the exception
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()
                continue
            # None is the wake-up call of shutdown() or interpreter exit: pass it on and end.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed."""


def _cpu_count():
    try:
        import os
        return os.cpu_count()
    except ImportError:
        pass
    try:
        with open('/proc/cpuinfo') as f:
            return sum(1 for line in f if line.startswith('processor')) or None
    except OSError:
        return None


class ThreadPoolExecutor(_base.Executor):

    # Names worker threads of executors created without a thread_name_prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # I/O-bound work is the usual use: more threads than cores, at most 32.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            # Fail every queued item.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the workers; each passes the None on to the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
            for t in self._threads:
                _threads_queues.pop(t, None)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
