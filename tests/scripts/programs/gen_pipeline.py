def read_lines():
    for line in ["10,apple,3", "bad line", "20,banana,5", "", "30,cherry,x", "40,date,2"]:
        yield line
def parse(lines):
    for ln in lines:
        parts = ln.split(",")
        if len(parts) != 3:
            print("skip malformed:", repr(ln)); continue
        try:
            yield int(parts[0]), parts[1], int(parts[2])
        except ValueError as e:
            print("skip bad number:", e)
def priced(recs):
    for id_, name, qty in recs:
        yield {"id": id_, "name": name, "cost": qty * id_ / 10}
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
pipeline = priced(parse(read_lines()))
for rec in take(2, pipeline): print(rec)
print("rest:", list(pipeline))
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain("ab", [1])), list(itertools.takewhile(lambda x: x < 3, range(10))))
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
evens = (f for f in fib() if f % 2 == 0)
print([next(evens) for _ in range(8)])
print(sum(x * x for x in range(10) if x % 3), list(zip(fib(), "abc")))
