# os.environ: a mutable mapping of str kept in step with the process environment.
import os

KEY = "MINIPY_OS_ENVIRON_TEST"
print(KEY in os.environ, os.getenv(KEY), os.getenv(KEY, "dflt"), os.environ.get(KEY))
os.environ[KEY] = "one"
print(os.environ[KEY], os.getenv(KEY), KEY in os.environ, os.environ.get(KEY))
os.environ.setdefault(KEY, "two")
print(os.environ[KEY])
os.environ.update({KEY: "three"})
print(os.environ.pop(KEY), KEY in os.environ, os.environ.pop(KEY, "gone"))
os.environ[KEY] = "x"
del os.environ[KEY]
print(KEY in os.environ)
try:
    os.environ[KEY]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ[KEY]
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: os.environ.__setitem__(KEY, 1), lambda: os.environ.__setitem__(2, "v"),
            lambda: os.putenv("A=B", "c"), lambda: os.putenv("", "c"), lambda: os.unsetenv("A=B"),
            lambda: os.putenv("a\0", "c"), lambda: os.putenv("a", 1)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(type(os.environ.copy()).__name__, len(os.environ) == len(list(os.environ)), isinstance(dict(os.environ), dict))
print(repr(os.environ).startswith("environ({"))
# A forked child sees the changes (putenv really changed the process environment).
os.environ[KEY] = "inherited"
pid = os.fork()
if pid == 0:
    os._exit(0 if os.getenv(KEY) == "inherited" else 1)
print("child saw it:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0)
