import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info > (3, 11), sys.version_info < (4,), tuple(sys.version_info)[:3] >= (3, 11, 0))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel, sys.version_info.serial)
major, minor, *rest = sys.version_info
print(major, minor, rest[1:])
print(sys.version.startswith("3.11"), sys.hexversion >= 0x030B0000)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.inspect, sys.flags.quiet, sys.flags.dev_mode)
print(isinstance(sys.argv, list), isinstance(sys.path, list), isinstance(sys.modules, dict))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, __name__)
print(isinstance(sys.executable, str), sys.executable.startswith("/"))
print(sys.get_int_max_str_digits())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(sys._xoptions, sys.warnoptions)
print(sys.intern("hello") == "hello", sys.intern("ab" + "cd") is sys.intern("abcd"))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
for call in [lambda: sys.setswitchinterval(0), lambda: sys.setswitchinterval(-1.0),
             lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(1.5),
             lambda: sys.set_int_max_str_digits(5), lambda: sys.intern(5), lambda: sys.exit(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(sys.implementation.name != "", sys.implementation.version.major)
