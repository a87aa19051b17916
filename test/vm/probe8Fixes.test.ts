// Found by a user-program probe (probe8): differences from CPython 3.11 in
// introspection and printing that ordinary programs meet.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "probe8: __call__ of callables",
  {
    "functions, builtins, classes and bound methods have __call__": `def f(x): return x
class C:
    def m(self): pass
    def __call__(self, a): return a * 2
g = lambda y: y + 1
print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(C, "__call__"), hasattr(C().m, "__call__"), hasattr(g, "__call__"), hasattr(print, "__call__"))
print(f.__call__(3), g.__call__(4), len.__call__([1,2]), C().__call__(5), C.__call__(C(), 6))
print(type(C).__call__(C) is not None)
print(C().m.__call__())
print(callable(f), callable(1), hasattr(1, "__call__"), hasattr("x", "__call__"))
print(hasattr(C, "__call__"))
class D: pass
print(hasattr(D, "__call__"), hasattr(D(), "__call__"))
print(D.__call__().__class__.__name__)
import functools
p = functools.partial(f, 1)
print(hasattr(p, "__call__"), p.__call__())
print("__call__" in dir(f), "__call__" in dir(len), "__call__" in dir(D))
print(f.__call__.__name__, len.__call__.__name__, f.__call__.__self__ is f)
print(repr(f.__call__).startswith("<method-wrapper '__call__' of function object at 0x"))
`,
    "calls through __call__: keywords, recursion, classes, generators": `import functools
def fact(n): return 1 if n <= 1 else n * fact.__call__(n - 1)
print(fact.__call__(300) > 0)
def kw(a, b=2, *, c=3): return (a, b, c)
print(kw.__call__(1, c=9), kw.__call__(*[1, 2], **{"c": 4}))
print.__call__("a", "b", sep="-", end="!\\n")
class P:
    def __init__(self, x): self.x = x
print(P.__call__(5).x, P.__call__.__call__(6).x)
m = P(1).__init__
print(m.__call__(7))
print(list(map(str.__call__, [1, 2])), sorted([3, 1], key=abs.__call__))
print(int.__call__("12"), hasattr(int, "__call__"), hasattr(3, "__call__"))
p = functools.partial(kw, 1)
print(p.__call__(b=5))
s = staticmethod(kw)
print(hasattr(s, "__call__"))
g = (lambda: (yield 1))
print(next(g.__call__()))
class M(type): pass
class W(metaclass=M): pass
print(type(W.__call__()).__name__)
f2 = kw.__call__
print(f2 == kw.__call__, f2.__self__ is kw)
try: (1).__call__
except AttributeError as e: print(e)
try: kw.__call__()
except TypeError as e: print(e)
`,
    "__call__ in a hot loop": `def sq(x): return x * x
class A:
    def __call__(self, x): return x + 1
a = A()
t = 0
for i in range(20000):
    t += sq.__call__(i) % 7 + a.__call__(i) % 3 + len.__call__("ab")
    c = sq.__call__
    t += c(3)
print(t)
`,
  },
  [],
);

describeCPythonParity(
  "probe8: subclasses of the collections types print under their own name",
  {
    "Counter, OrderedDict, defaultdict, deque, ChainMap and User* subclasses": `from collections import Counter, OrderedDict, defaultdict, deque, ChainMap, UserDict, UserList, UserString, namedtuple
class C(Counter): pass
class O(OrderedDict): pass
class D(defaultdict): pass
class Q(deque): pass
class CM(ChainMap): pass
print(C("aab"), O(a=1), D(int, a=1), Q([1]), CM({1: 2}))
print(C(), O(), D(), Q(), Q([1, 2], maxlen=3), CM())
print(repr(C(a=1)), str(O(b=2)), [D(list)], {1: Q("ab")})
class UD(UserDict): pass
class UL(UserList): pass
class US(UserString): pass
print(UD(a=1), UL([1]), US("x"), repr(US("y")))
class Outer:
    class In(Counter): pass
print(Outer.In("x"))
c = Counter({"a": 1, "b": 1j})
print(c)
P = namedtuple("P", "x y")
class P2(P): pass
print(P2(1, 2))
print(Counter("zzab"), OrderedDict(x=[1]), defaultdict(None, {1: 2}), deque(maxlen=2), ChainMap({}, {3: 4}))
`,
  },
  [],
);

describeCPythonParity(
  "probe8: namedtuple docstrings, and a class docstring before annotations",
  {
    "namedtuple and typing.NamedTuple __doc__ and field docs": `from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
print(repr(P.__doc__), repr(P.x.__doc__), repr(P.y.__doc__))
class P2(P): pass
print(repr(P2.__doc__))
class P3(P):
    "mine"
print(repr(P3.__doc__))
class T(NamedTuple):
    a: int
    b: str = "s"
print(repr(T.__doc__), repr(T.a.__doc__), repr(T.b.__doc__))
class T2(NamedTuple):
    """Doc of T2."""
    a: int
print(repr(T2.__doc__))
T3 = NamedTuple("T3", [("u", int), ("v", float)])
print(repr(T3.__doc__), repr(T3.v.__doc__))
E = namedtuple("E", "")
print(repr(E.__doc__))
R = namedtuple("R", ["a", "def"], rename=True)
print(repr(R.__doc__), repr(R._1.__doc__))
P.__doc__ = "changed"
print(P.__doc__)
class A:
    "adoc"
class B(A): pass
print(repr(B.__doc__), "__doc__" in vars(B), "__doc__" in vars(P))
`,
    "a class docstring followed by annotated names is the class's __doc__": `class X(tuple):
    """d"""
    a: int
print(repr(X.__doc__))
class Y:
    """d"""
    a: int
print(repr(Y.__doc__), vars(Y).get("__doc__"))
from typing import NamedTuple
class T2(NamedTuple):
    """Doc of T2."""
    a: int
print(repr(T2.__doc__), vars(T2).get("__doc__"))
`,
  },
  [],
);

describeCPythonParity(
  "probe8: module dunders and exit/quit",
  {
    "a script's module globals, module annotations, and the Quitter objects": `"""Module doc."""
x: int = 1
if x:
    z: float = 2.0
def f():
    y: int = 3
    return y
class K:
    a: int
print(__doc__, list(__annotations__), f(), list(K.__annotations__))
print(__package__, __spec__, __name__)
g = globals()
print(sorted(k for k in g if k.startswith("__") and k not in ("__loader__", "__file__", "__cached__")))
import sys
m = sys.modules["__main__"]
print(m.__package__, m.__spec__, m.__builtins__ is __builtins__, type(__builtins__).__name__)
print(sorted(k for k in vars(m) if k.startswith("__") and k not in ("__loader__", "__file__", "__cached__")))
print(repr(exit), str(quit), callable(exit), type(exit).__name__)
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
`,
  },
  [],
);

describeCPythonParity(
  "probe8: a class's namespace",
  {
    "__module__ first, __doc__ present, type()'s __module__ last": `class Plain: pass
print([k for k in Plain.__dict__ if k not in ("__dict__", "__weakref__")])
class Y:
    """d"""
    a: int
    b = 1
print([k for k in vars(Y) if k not in ("__dict__", "__weakref__")])
class Z(Y):
    c = 2
print(list(vars(Z)), len(vars(Z)), vars(Z)["__doc__"], "__doc__" in Z.__dict__, Z.__dict__.get("__doc__", 1))
T = type("T", (), {"x": 1})
print([k for k in vars(T) if k not in ("__dict__", "__weakref__")])
class S:
    __slots__ = ("p",)
print([k for k in vars(S) if k != "p"])
class E(Exception): pass
print([k for k in vars(E) if k != "__weakref__"])
from dataclasses import dataclass
@dataclass
class DC:
    x: int = 0
print(vars(Z) == dict(vars(Z)), dict(vars(Z).items())["c"])
`,
  },
  [],
);

describeCPythonParity(
  "probe8: message wording",
  {
    "format(n, 'c') beyond a C long, and %c": `for f in (lambda: format(2**64, "c"), lambda: format(2**63 - 1, "c"), lambda: format(2**63, "c"), lambda: format(-2**63, "c"), lambda: format(-2**63-1, "c"), lambda: format(0x110000, "c"), lambda: format(-1, "c"),
          lambda: "%c" % 2**64, lambda: "%c" % 0x110000, lambda: "%c" % -1, lambda: "%c" % 2**63,
          lambda: object.__new__(int), lambda: object.__new__(str), lambda: object.__new__(list), lambda: object.__new__(dict), lambda: object.__new__(ValueError), lambda: object.__new__(3), lambda: object.__new__(), lambda: object.__new__(float), lambda: object.__new__(tuple), lambda: object.__new__(object).__class__.__name__,
          lambda: object.__new__(type)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
`,
    "object.__new__ of built-in types and their subclasses, and __new__ overrides that still work": `class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E("x")))
class L(list):
    def __new__(cls, *a):
        return super().__new__(cls)
print(L([1, 2]))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(4))
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
print(S("ab"))
class D(dict):
    def __new__(cls, *a, **k):
        return dict.__new__(cls)
print(D(a=1))
class T(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
print(T(1, 2))
class P:
    def __new__(cls):
        return object.__new__(cls)
print(type(P()).__name__)
class Q(P): pass
print(type(Q()).__name__)
import enum
class Color(enum.IntEnum):
    R = 1
class F(enum.Flag):
    A = 1
    B = 2
print(Color.R, F.A | F.B, Color(1))
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3), Decimal("1.5"))
class Ex(ValueError): pass
for f in (lambda: object.__new__(Ex), lambda: object.__new__(L), lambda: object.__new__(complex), lambda: object.__new__(Q).__class__.__name__, lambda: int.__new__(), lambda: BaseException.__new__(Ex, 1).args):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
`,
  },
  [
    ["format(2**64, 'c')", "OverflowError: Python int too large to convert to C long"],
    ["object.__new__(int)", "TypeError: object.__new__(int) is not safe, use int.__new__()"],
  ],
);

describeCPythonParity(
  "a class's __dict__ shows its __slots__' member descriptors",
  {
    "__slots__ members in C.__dict__, in CPython's order": `class S:
    __slots__ = ("a", "b")
print(list(S.__dict__), len(S.__dict__), "a" in S.__dict__)
print(type(S.__dict__["a"]).__name__, S.__dict__["a"] is S.a, S.__dict__.get("b"))
class D:
    "doc"
    __slots__ = "x"
    y = 1
print(list(D.__dict__), list(vars(D).keys()))
`,
  },
  [],
);

describeCPythonParity(
  "descriptors called by name; a function's assigned __qualname__ in its repr",
  {
    "staticmethod, classmethod and property __get__": `class K:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
    @property
    def p(self): return 7
print(K.__dict__["c"].__get__(None, K)(), K.__dict__["s"].__get__(None, K)(4), K.__dict__["p"].__get__(K()), K.__dict__["p"].__get__(None, K) is K.__dict__["p"])
print(K.__dict__["c"].__get__(K())(), staticmethod(len).__get__(1)([1]))
`,
    "functools.wraps and assigned names show in repr": `import functools
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(x): return x
print(repr(hello)[:16], hello.__name__, hello.__qualname__)
def g(): pass
g.__qualname__ = "X.y"
print(repr(g)[:14])
`,
  },
  [["class K:\n    @staticmethod\n    def s(): pass\nK.__dict__['s'].__get__(None, None)\n", "TypeError: __get__(None, None) is invalid"]],
);
