// The enum module (src/vm/modules/enumSource.ts, on vm/metaclasses.ts) against
// CPython 3.11: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases,
// __members__, _missing_, methods and properties, repr/str/format, CPython's errors.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const header = "from enum import Enum, IntEnum, Flag\n";

describeCPythonParity("enum", {
  "the tour": `from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
    @property
    def hexish(self):
        return self.value * 16
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['BLUE'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, 1 in Color.__members__)
print(list(Color.__members__), Color.GREEN.describe(), Color.BLUE.hexish, Color.default())
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), "%s" % Color.RED)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(type(Color.RED), isinstance(Color.RED, Color), Color)
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO * 3, f"{N.ONE}", N.ONE == 1, N(2), sorted([N.TWO, N.ONE]), format(N.ONE, "03d"))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}")
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value)
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.W), P.X in P.RW, list(P), len(P), repr(P(0)), bool(P(0)))
print(repr(~P.R), repr(P.RW & P.R), repr(P.R ^ P.RW), P.RW, list(P.RW))
class Q(IntFlag):
    R = 4
    W = 2
    X = 1
print(Q.R | Q.W, repr(Q.R | Q.W), Q.R | 1, repr(~Q.R), Q.R + 1, repr(Q(7)))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(F), F.C.value)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
print(Color.RED.__class__.__name__, Color.__name__, Color.RED._value_, Color.RED._name_)
for c in Color: print(c.name, c.value, end="; ")
print()
print(dict(Color.__members__)["CRIMSON"])
print(hash(Color.RED) == hash(Color.RED), sorted(Color, key=lambda c: c.value))
`,
  "members as dict keys, in sets, sorted by value, custom __new__ and __init__": `from enum import Enum, IntEnum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))
class Level(IntEnum):
    LOW = 1
    HIGH = 3
counts = {Level.LOW: 0, Level.HIGH: 0}
for lv in [Level.LOW, Level.HIGH, Level.LOW]:
    counts[lv] += 1
print(counts, Level.LOW < Level.HIGH, max(Level), Level(3), Level.HIGH.value + 1, {Level.LOW, Level.LOW})
class Ordinal(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj
    FIRST = "1st"
    SECOND = "2nd"
print(Ordinal.SECOND.value, Ordinal.SECOND.label, Ordinal(1), list(reversed(Ordinal)))
print([m.name for m in Level], Level.__members__.keys() and list(Level.__members__))
`,
}, [
  [header + "class C(Enum):\n    A = 1\nC(5)", "ValueError: 5 is not a valid C"],
  [header + "class C(Enum):\n    A = 1\nC.A = 2", "AttributeError: cannot reassign member 'A'"],
  [header + "class C(Enum):\n    A = 1\nclass D(C):\n    B = 2", "TypeError: <enum 'D'> cannot extend <enum 'C'>"],
  [header + "class C(Enum):\n    A = 1\nC['B']", "KeyError: 'B'"],
  [header + "class C(Enum):\n    A = 1\ndel C.A", "AttributeError: 'C' cannot delete member 'A'."],
  [header + "class C(IntEnum):\n    A = 'x'", "ValueError: invalid literal for int() with base 10: 'x'"],
]);
