from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = 3
    ALSO_IDLE = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @property
    def busy(self):
        return self is State.RUNNING
print(State.IDLE, repr(State.RUNNING), State(2), State["DONE"], State.ALSO_IDLE is State.IDLE, list(State), len(State))
print(State.IDLE.name, State.IDLE.value, State.RUNNING.describe(), State.RUNNING.busy, State.IDLE in State, repr(State))
print(type(State).__name__, isinstance(State.IDLE, State), State.IDLE == State.IDLE, State.IDLE == 1, hash(State.IDLE) == hash("IDLE"))
print(list(State.__members__), f"{State.DONE}", "%s" % State.DONE, {State.IDLE: "x"}[State.ALSO_IDLE], list(reversed(State)))
for bad in [lambda: State(7), lambda: State["NOPE"], lambda: State.IDLE < State.DONE]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    State.IDLE = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color), Color.BLUE.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("w"), Mode.READ.upper(), f"{Mode.WRITE}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, list(Perm), Perm.R in Perm.RW, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(Perm.RW & Perm.W), list(Perm.R | Perm.X), len(Perm.RW), repr(Perm(7)))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4 if False else IP.A & 3, IP.B == 2)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class Weird(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == "a" else None
print(Weird("a"))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape(3), Shape.SQ.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.label, Coord(1), Coord.PX.value)
