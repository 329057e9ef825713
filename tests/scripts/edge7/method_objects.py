class A:
    def m(self): return "m"
    @classmethod
    def c(cls): return cls.__name__
a = A()
print(a.m == a.m, a.m is a.m, A.m is A.m, a.m.__func__ is A.m, A.c.__func__ is A.__dict__["c"].__func__)
bound = a.m; print(bound(), bound.__self__ is a, bound.__name__, bound.__qualname__)
print([1, 2].append.__self__, "abc".upper.__self__, (5).__add__.__self__, len.__self__ is not None)
f = A.m; print(f(a), A.c(), a.c(), type(A.__dict__["c"]).__name__)
class B(A):
    def m(self): return "B" + A.m(self)
print(B().m(), B.c(), super(B, B()).m())
