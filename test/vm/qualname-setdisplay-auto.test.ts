// Found by a probe of user programs: CPython's reprs of nested and local classes
// (module + __qualname__), the order sets of three or more constants print in (the
// compiler's frozenset, made twice), and enum members computed from auto() values in
// the class body (RW = R | W, B = A + 10).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "class reprs, constant set displays and auto() expressions against CPython",
  {
    "the three together": `from enum import Flag, IntFlag, IntEnum, Enum, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
    NONE = 0
print(Perm.RW, Perm.ALL, list(Perm), Perm.R | Perm.X, repr(Perm.ALL))
class P2(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
print(P2.AB, int(P2.AB), P2.AB == 3)
class N(IntEnum):
    A = auto()
    B = A + 10
    C = auto()
print(list(N), N.B.value, N.C.value)
class Color(Enum):
    RED = auto()
    GREEN = auto()
print(Color.RED, Color.GREEN.value, repr(auto()))
print({2, 3, 5, 7, 11, 37}, {1, 2, 3, -1, -2, -3}, {0, 8, 16}, {(1, 2), (3, 4), (5, 6)}, {1.5, 2.5, 3.5}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
class Outer:
    class Inner:
        pass
def mk():
    class Local:
        pass
    return Local()
print(Outer.Inner, type(Outer.Inner()), type(mk()), repr(mk()).split(" at ")[0])
`,
  },
  [],
);
