class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Plugin(metaclass=Registry):
    def __init__(self, v): self.v = v
class Sub(Plugin): pass
s = Sub(3)
print(Registry.classes, s.v, s.tag, type(Sub).__name__, isinstance(Sub, Registry))
class WithPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
class Z(metaclass=WithPrepare): pass
print(Z.injected)
class LenMeta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class Q(metaclass=LenMeta): pass
print(len(Q), Q[int.__name__])
