for x in range(-2, 3):
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
print((lambda v: v if v else "empty")(""))
print([x if x % 2 else -x for x in range(5)])
y = 1 if True else 1 / 0
print(y)
