# concurrent.futures for minipy (frozen): Future, wait, as_completed and ThreadPoolExecutor, with
# CPython 3.11's API and messages. ProcessPoolExecutor needs processes, which minipy lacks so far.

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    if name == 'ProcessPoolExecutor':
        raise ImportError("minipy has no ProcessPoolExecutor yet (no processes)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
