# Waiting on a cancelled future raises concurrent.futures.CancelledError (named with its module).
from concurrent.futures import Future
import concurrent.futures as cf

f = Future()
print(f.cancel(), f.cancelled(), f.done())
print(cf.CancelledError.__module__, cf.Future.__module__, cf.ThreadPoolExecutor.__module__)
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
f.result()
