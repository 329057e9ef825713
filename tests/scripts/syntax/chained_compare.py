def f(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1, 1 < 3 > 2)
print(f(1) < f(2) < f(0) < f(5))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 is not None is not False)
print('a' < 'b' <= 'b' != 'c')
