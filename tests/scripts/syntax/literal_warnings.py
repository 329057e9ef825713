x = 5
a = x is 1
b = x is not "s"
c = 1 is x
d = x is None, x is True, x is ..., x is not False
e = x is (1, 2)
f = x is (x, 2)
g = x is -1
h = x is ()
i = x is f"{x}"
j = x == 1 is x
if x is 3:
    pass
if x is not None is not 4:
    pass
while x is b"b":
    break
k = [x is 1.5 for _ in range(1)]
def fn():
    return x is 2j
l = lambda: (1, 2)(3)
m = lambda: [1, 2](3)
n = lambda: {1: 2}(3)
o = lambda: {1}(3)
p = lambda: (i for i in [])(3)
q = lambda: f"x"()
r = lambda: "abc"(1)
s = lambda: None()
t = lambda: (-1)()
u = lambda: x()
v = lambda: (lambda: 1)()
w1 = lambda: 5[0]
w2 = lambda: 1.5[0]
w3 = lambda: None[0]
w4 = lambda: ...[0]
w5 = lambda: True[0]
w6 = lambda: {1, 2}[0]
w7 = lambda: (lambda: 1)[0]
w8 = lambda: (i for i in [])[0]
w9 = lambda: [1, 2][3, 4]
w10 = lambda: (1, 2)["a"]
w11 = lambda: "abc"[1.5]
w12 = lambda: [1][None]
w13 = lambda: "abc"[x]
w14 = lambda: "abc"[1:2]
w15 = lambda: [i for i in x][(1, 2)]
w16 = lambda: f"{x}"["k"]
w17 = lambda: {1: 2}["k"]
w18 = lambda: b"xy"[1.0]
w19 = lambda: (1, x)["k"]
w20 = lambda: [1]["a" "b"]
print("done")
