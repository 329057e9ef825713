for i in range(3):
    if i == 5: break
else:
    print("for-else ran")
for i in range(10):
    if i == 2: break
else:
    print("no")
print("i", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
for i in range(5):
    if i % 2: continue
    print("even", i)
for x in []:
    pass
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 1: break
        print(i, j)
r = []
for i in range(3):
    try:
        if i == 1: continue
        r.append(i)
    finally:
        r.append("f")
print(r)
