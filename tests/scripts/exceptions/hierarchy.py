# The built-in exception hierarchy as CPython 3.11 has it.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
print(len(names))
print(names)
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
