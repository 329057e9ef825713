data = [1, 4, 9, 16, 25]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((a := 3) + a)
def g():
    [z := k for k in range(3)]
    return z
print(g())
