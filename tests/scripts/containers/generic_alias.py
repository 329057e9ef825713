print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int], tuple[int, bool])
print(list[list[int]], dict[str, list[tuple[int, str]]])
def f(x: list[int], y: dict[str, int] = {}) -> tuple[int, bool]:
    return (1, True)
print(f([1]), f.__annotations__["return"])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), a == list[int], a != list[str])
print(type[int] if False else 0)
