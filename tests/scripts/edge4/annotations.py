def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
class C:
    x: int
    y: str = "s"
    z: list[int] = []
print(C.__annotations__, C.y, hasattr(C, "x"))
v: float = 1.5
print(__annotations__, v)
def g(): pass
print(g.__annotations__, (lambda: 0).__annotations__ if hasattr(lambda: 0, "__annotations__") else None)
