n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while True:
    i += 1
    if i % 2: continue
    if i > 8: break
    print("even", i)
x = 5
while x:
    x -= 1
    if x == 2: break
else:
    print("never")
print("x", x)
stack, out = [1, [2, [3, [4]]]], []
while stack:
    top = stack.pop()
    if isinstance(top, list): stack.extend(reversed(top))
    else: out.append(top)
print(out)
a, b, count = 0, 1, 0
while b < 1000: a, b, count = b, a + b, count + 1
print(a, b, count)
