import random
random.seed(7)
print([random.randint(0, 100) for _ in range(15)])
print(random.random(), random.getrandbits(5), random.getrandbits(70), random.getrandbits(0))
random.seed(12345678901234567890123)
print(random.random(), random.randrange(10), random.randrange(5, 100, 7), random.randrange(100, 5, -3))
random.seed(-3)
print(random.random())
random.seed(1.5)
print(random.random())
random.seed(0)
l = list(range(20))
random.shuffle(l)
print(l, random.choice("abcdef"), random.sample(range(100), 5), random.sample(list("abcdefgh"), 3))
print(random.sample(range(1000), 30))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6), random.choices("xy", cum_weights=[1, 3], k=4))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(2.0), 12), round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
print(round(random.gammavariate(0.5, 1), 12), round(random.gammavariate(3, 2), 12), round(random.paretovariate(2), 12))
print(round(random.weibullvariate(1, 2), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
r = random.Random(42)
print(r.random(), r.randint(1, 6), random.Random(42).random() == random.Random(42).random())
print(random.sample(range(10), 3, counts=None), random.sample(["a", "b"], 4, counts=[3, 2]))
print(r.randbytes(5))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
            lambda: random.getrandbits(-1), lambda: random.choices([1], [1, 2]),
            lambda: random.seed([1])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom(1).choices("abcd", k=3))
