print(len, print, repr(int), str, type(None), object, ValueError, repr(ValueError("x")))
print(int.__name__, len.__name__, str.upper.__name__, [].append.__name__, type(len).__name__, type([].append).__name__)
print(type(str.upper).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
import math, sys
print(type(math).__name__, math.__name__, sys.__name__)
print(repr(NotImplemented), repr(Ellipsis), repr(type), repr(type(type)), bool.__mro__)
