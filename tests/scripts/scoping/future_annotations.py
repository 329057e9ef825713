"""doc"""
from __future__ import annotations
def f(x: Later, y: dict[str,   int] = 1, *a: list[
        Later]) -> Optional[Later]:
    pass
class C:
    attr: Later = 3
    other: "quoted"
print(f.__annotations__)
print(C.__annotations__)
v: Undefined = 5
print(__annotations__)
