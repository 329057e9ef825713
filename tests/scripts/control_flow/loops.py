# for/while with else, break, continue, nested loops.
for i in range(3):
    print("for", i)
else:
    print("for else")

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

while True:
    n -= 1
    if n == 0:
        break
print("n", n)

out = []
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > a:
            break
        out.append((a, b))
print(out)

for x in []:
    print("never")
else:
    print("empty else")

total = 0
for k, v in {"a": 1, "b": 2}.items():
    total += v
print(total)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)

def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            return idx
    return -1
print(find("hello", "l"), find("hello", "z"))

x = 5
while x:
    x -= 2 if x > 1 else 1
print(x)
