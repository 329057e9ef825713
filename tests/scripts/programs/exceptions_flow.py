class AppError(Exception): pass
class ConfigError(AppError):
    def __init__(self, key): super().__init__(f"missing key {key!r}"); self.key = key
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e
def run(cfg):
    log = []
    for key in ["a", "b", "c"]:
        try:
            v = load(cfg, key)
            log.append(10 // v)
        except ConfigError as e:
            log.append(f"cfg:{e.key}:{type(e.__cause__).__name__}")
        except ZeroDivisionError:
            log.append("zero")
        else:
            log.append("ok")
        finally:
            log.append("|")
    return log
print(run({"a": 2, "c": 0}))
def chain():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("during handling")
try:
    chain()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise AppError("multi", 2)
except AppError as e:
    print(e.args, str(e), repr(e))
def retry(fn, n):
    for attempt in range(1, n + 1):
        try:
            return fn(attempt)
        except RuntimeError as e:
            print("attempt", attempt, "failed:", e)
    raise RuntimeError("gave up")
print(retry(lambda a: a if a == 3 else (_ for _ in ()).throw(RuntimeError(f"no{a}")), 5))
try:
    retry(lambda a: 1 / 0 if a else 0, 2)
except ZeroDivisionError as e:
    print("propagated", e)
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise
except TypeError as e:
    print("reraised", e)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
raise ConfigError("final")
