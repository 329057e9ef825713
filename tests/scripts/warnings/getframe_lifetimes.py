# Frame objects outliving their frames: in generators, in reference cycles the collector breaks,
# across threads, and through exceptions; also the lines of callers suspended mid-expression.
import gc
import sys
import threading


def gen_keeps_frame():
    me = sys._getframe()
    yield me
    yield me.f_back


g = gen_keeps_frame()
fr = next(g)
print(fr.f_code.co_name, fr.f_back, g.gi_frame is fr)
print(next(g).f_code.co_name)   # running again: the caller is this module
del g
print(fr.f_back, fr.f_lineno, sorted(fr.f_locals))


# A cycle through a frame's locals: the frame object holds the locals snapshot, a local holds
# the frame object.
class Holder:
    pass


def make_cycle():
    h = Holder()
    h.frame = sys._getframe()
    return h


for i in range(3):
    make_cycle()
h = make_cycle()
print(h.frame.f_locals["h"] is h, h.frame.f_back.f_code.co_name)
del h
gc.collect()


# A generator in a cycle with its own frame object, collected while suspended.
def cyclic():
    box = []
    box.append(sys._getframe())
    yield box


c = cyclic()
box = next(c)
box.append(c)
del c, box
print("collected", gc.collect() >= 0)


# Each thread's chain ends at its own bottom frame.
result = []


def in_thread():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    result.append(names[:1] + names[-1:])


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(result)


# A frame object taken inside a function that then raises.
saved = []


def fails():
    saved.append(sys._getframe())
    x = 42
    raise ValueError("boom")


try:
    fails()
except ValueError:
    pass
print(saved[0].f_lineno, saved[0].f_locals, saved[0].f_back.f_code.co_name)


# Callers suspended inside an operator, a property and a subscript report that line.
def where():
    f = sys._getframe(1)
    return f.f_lineno


class Probe:
    @property
    def line(self):
        return where()

    def __add__(self, other):
        return where()

    def __getitem__(self, k):
        return where()

    def __iter__(self):
        yield where()
        yield where()


p = Probe()
a = 0
a = p.line
b = p + 1
c = p[0]
d = [x for x in p]
e = []
for x in p:
    e.append(x)
    e.append(sys._getframe().f_lineno)
print(a, b, c, d, e)
