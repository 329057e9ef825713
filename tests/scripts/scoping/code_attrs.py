# Code object attributes match CPython's for common shapes.
def f(): pass
def g(*a, **k): yield
def h(p, q=1, *, r, s=2):
    x = 1
    def i():
        return x + p
    return i
class C:
    def m(self):
        return __class__
    def n(self):
        return super().n
for fn in (f, g, h, h(1, r=2), C.m, C.n, (lambda a, /, b: 0)):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_flags, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print((x for x in []).gi_code.co_flags, (x for x in []).gi_code.co_varnames)
print(compile("x = 1", "s", "exec").co_flags, compile("x", "s", "eval").co_name)
print(f.__code__.co_filename == __file__, h.__code__.co_firstlineno)
def deco(fn): return fn
@deco
def decorated():
    pass
print(decorated.__code__.co_firstlineno)
print(repr(f.__code__).startswith("<code object f at 0x"), repr(f.__code__).endswith(', line 2>'))
