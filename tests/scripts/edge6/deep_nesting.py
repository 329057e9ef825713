src = "(" * 150 + "1" + ")" * 150
print(eval(src))
print(eval("[" * 50 + "]" * 50))
nested = 1
for _ in range(100): nested = [nested]
print(str(nested).count("["))
f = lambda n: n if n == 0 else f(n - 1)
print(f(800))
print(eval("+".join(["1"] * 2000)))
