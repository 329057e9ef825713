# Built-in methods bound to a small int (which has no object header in minipy) behave like any other.
m = (1).bit_length
print(m.__qualname__, m.__self__, m.__module__, m.__name__)
print(m(), (255).bit_length(), (-8).bit_length())
print(hash((5).bit_length) == hash((5).bit_length), (5).bit_length == (5).bit_length, (5).bit_length == (6).bit_length)
print(repr((1).bit_length).startswith("<built-in method bit_length of int object at 0x"))
print(sorted([3, 1, 2], key=(10).__sub__))
print(list(map((2).__pow__, [1, 2, 3])))
