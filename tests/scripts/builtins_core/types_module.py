# The types module: SimpleNamespace, the names of built-in types, ModuleType.
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
del ns.self
class Sub(types.SimpleNamespace): pass
print(Sub(q=1), isinstance(Sub(), types.SimpleNamespace))
def f(): pass
class A:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType, types.MethodType(f, 1))
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.SimpleNamespace, types.ModuleType)
print(isinstance((x for x in []), types.GeneratorType), int | str == types.UnionType, type(int | str) is types.UnionType)
m = types.ModuleType("mymod", "doc")
m.x = 1
print(m.__name__, m.__doc__, m.x, m)
