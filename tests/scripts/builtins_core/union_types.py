# PEP 604 unions: X | Y of classes, None and generic aliases; isinstance/issubclass accept them.
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | str | int, int | int)
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), list[int] | None)
class A: pass
print(A | int, u | float)
