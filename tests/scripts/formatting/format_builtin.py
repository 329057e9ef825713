# format() / __format__ of str and f-strings with str values
print(repr(format("abc")), repr(format("abc", "")), repr(format("abc", "10")), repr(format("abc", ">10")))
print(repr(format("abc", "^10")), repr(format("abc", "-^10")), repr(format("abc", ".1")), repr(format("abc", "10.2")))
print(repr(format("é€", "*^6")), repr(format("", "3")), repr(format("abc", "s")), repr("abc".__format__("4")))
name, width = "world", 9
print(f"hello {name}!", f"{name:>{width}}|", f"{name!r:>10}|", f"{name.upper()}", f"{{literal}}", f"{'x' * 3}")
for spec in ["=5", "+5", "#5", ",", "_", "d", "x", ".", "5.2.3", "z"]:
    try:
        print(repr(format("a", spec)))
    except ValueError as e:
        print("ValueError", e)
try:
    "a".__format__(5)
except TypeError as e:
    print("TypeError", e)
