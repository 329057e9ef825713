# -X gil-policy=deterministic: a racy counter loses the same number of updates on every run.
# minipy-args: -X gil-policy=deterministic -X gil-ticks=13
import sys
import threading

import gil

counter = 0


def f():
    pass


def work():
    global counter
    for i in range(5000):
        c = counter
        f()  # a call between the read and the write: a safe point where the GIL may change hands
        counter = c + 1


def run():
    global counter
    counter = 0
    ts = [threading.Thread(target=work) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return counter


print(gil.policy())
results = {run() for _ in range(5)}
print(len(results), results.pop() < 15000)
