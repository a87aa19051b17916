// CPython 3.11 rules the VM used to miss: containers compare by identity before
// equality (PyObject_RichCompareBool), so a NaN or an object whose __eq__ says False
// is still found in a list holding it; NaN floats have an identity of their own.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "containers ask identity before equality, as CPython's PyObject_RichCompareBool",
  {
    "a NaN in lists, tuples, dicts, sets and deques": `from collections import deque
import math, operator
nan = float('nan')
print(nan in [nan], [nan] == [nan], [nan].count(nan), [nan].index(nan), nan in (nan,))
print((nan,) == (nan,), {nan: 1}[nan], nan in deque([nan]), nan in {nan}, nan in {nan: 1})
l = [1, nan, 2]; l.remove(nan); print(l)
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1}, {nan} == {nan}, [[nan]] == [[nan]])
print([nan] != [nan], (nan,) != (nan,), [nan] < [nan], [nan] <= [nan], (nan,) >= (nan,))
print(nan in iter([nan]), deque([nan]).index(nan), deque([nan]).count(nan), deque([nan]) == deque([nan]))
d = deque([1, nan]); d.remove(nan); print(d)
print(operator.contains([nan], nan), operator.countOf([nan], nan), operator.indexOf([nan], nan))
s = {nan, nan}; print(len(s))
d = {}; d[nan] = 1; d[nan] = 2; print(d)
`,
    "NaN identity: is, ==, fresh NaNs": `import math
nan = float('nan')
x = math.inf - math.inf
print(nan is nan, nan is not nan, x is x, x is not x, x in [x], [x] == [x])
print(nan == nan, nan != nan, x == x, x != x, math.nan is math.nan, math.nan == math.nan)
print(float('nan') is float('nan'), float('nan') in [float('nan')], [float('nan')] == [float('nan')])
print(-nan is nan, nan.__class__)
def loop(n):
    y = nan
    r = 0
    for i in range(n):
        if y is y: r += 1
        if y is not y: r -= 10
        if y == y: r += 100
        if y != y: r += 1000
    return r
print(loop(3000))
for v in (nan, -nan, abs(nan), nan + 1, float(nan)):
    print(repr(v), f"{v:.3f}", "%f" % v, math.isnan(v), v < 1, v >= v, hash(v) == hash(v))
try:
    int(nan)
except ValueError as e:
    print(e)
print(sorted([3.0, 1.0, 2.0]), max(nan, 1), min([1, nan]), round(nan, 2), {1: nan})
`,
    "arrays and memoryviews unpack fresh NaNs, which equal nothing": `from array import array
nan = float('nan')
a = array('d', [nan, 1.0])
print(a == a, a.count(nan), nan in a, a.count(1.0))
m = memoryview(a)
print(m == m, m == memoryview(array('d', [nan, 1.0])), m.tolist() == m.tolist())
n = memoryview(b'ab'); print(n == n); n.release(); print(n == n, n == memoryview(b'ab'))
`,
    "an object whose __eq__ answers False is found without asking it": `from collections import deque
class A:
    def __eq__(self, o):
        print("eq called")
        return False
    __hash__ = object.__hash__
a = A()
print(a in [a], [a] == [a], [a].count(a), [a].index(a), a in (a,), (a,) == (a,))
print(a in deque([a]), deque([a]).count(a), deque([a]) == deque([a]), a in {a}, {a: 1}[a])
l = [a]; l.remove(a); print(l)
print([1, a] == [1, a])
d = deque([1, a]); d.remove(a); print(d)
print(a == a, a != a)
`,
  },
  [],
);

describeCPythonParity(
  "__eq__/__ne__ of built-in types called by name answer NotImplemented for another type, as CPython's slots",
  {
    "built-in values": `tests = [
 lambda: "a".__eq__(1), lambda: "a".__ne__(1), lambda: "a".__eq__("a"), lambda: "a".__lt__(1), lambda: "a".__lt__("b"),
 lambda: int.__eq__(1, 'a'), lambda: (1).__eq__(1.0), lambda: (1).__eq__(True), lambda: (1.0).__eq__(1), lambda: (1.5).__eq__("x"),
 lambda: float.__lt__(1.0, 'a'), lambda: float.__lt__(1.0, 2), lambda: str.__lt__('a', 1), lambda: (1).__lt__(1.5),
 lambda: [1].__eq__((1,)), lambda: [1].__eq__([1]), lambda: (1,).__eq__([1]), lambda: [1].__lt__((1,)), lambda: [1].__ne__(3),
 lambda: {1: 2}.__eq__(3), lambda: {1}.__eq__(frozenset({1})), lambda: {1}.__eq__([1]), lambda: {1}.__lt__([1]),
 lambda: b"a".__eq__("a"), lambda: b"a".__eq__(bytearray(b"a")), lambda: None.__eq__(None), lambda: None.__eq__(1),
 lambda: (1).__ne__('a'), lambda: True.__eq__(1), lambda: (2**100).__eq__(2**100), lambda: (2**100).__eq__('a'),
 lambda: (1.0).__ne__(float('nan')), lambda: 'a'.__ge__('a'), lambda: (1).__gt__(None),
 lambda: range(3).__eq__(range(3)), lambda: range(3).__eq__([0,1,2]), lambda: (1j).__eq__(1j), lambda: (1j).__eq__('a'),
 lambda: int.__eq__(True, 1), lambda: object.__eq__(1, 1), lambda: object.__eq__(1, 2), lambda: {}.keys().__eq__(set()),
 lambda: [].__eq__(None), lambda: str.__eq__('a', 'a'), lambda: list.__eq__([], 'a'), lambda: tuple.__lt__((), 1),
 lambda: float('nan').__eq__(float('nan')), lambda: float('nan').__ne__(float('nan')),
 lambda: bytearray(b'a').__eq__(b'a'), lambda: bytearray(b'a').__eq__(memoryview(b'a')), lambda: bytearray(b'a').__eq__('a'),
 lambda: print.__eq__(print), lambda: print.__eq__(len), lambda: len.__eq__(1), lambda: None.__ne__(None),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
print("a" == 1, 1 == "a", [1] == (1,), 1 == 1.0, "a" != 1, 1 != 1.0, b"a" == bytearray(b"a"))
def f(): pass
print(f.__eq__(f), f.__eq__(1), f.__ne__(f), f.__ne__(1), sorted(["b", "A"], key=str.lower), list(map(int.__eq__, [1, 2], [1, 3])))
`,
    "subclasses of built-in types, super().__eq__ and the reflected method": `class S(str):
    def __eq__(self, o):
        r = super().__eq__(o)
        print("S.eq", r)
        return r
    __hash__ = str.__hash__
print(S("a") == "a", "a" == S("a"), S("a") == 1, S("a").__eq__(1), S("a") != 1, S("a") != "a")
class I(int): pass
print(I(1) == 1.0, 1.0 == I(1), I(1).__eq__(1.0), I(1) == "a", I(1).__ne__("a"), I(1) == I(1), I(2).__eq__(2))
class L(list): pass
print(L([1]) == [1], [1] == L([1]), L([1]).__eq__((1,)), [1].__eq__(L([1])), L() != ())
class F(float): pass
print(F(1.5) == 1.5, F(1.5).__eq__(1), F(1.5).__eq__("x"), F(float('nan')) == F(float('nan')))
class D(dict): pass
print(D(a=1) == {'a': 1}, {'a': 1}.__eq__(D(a=1)), D().__eq__([]))
import functools
@functools.total_ordering
class V:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return s.x == o.x
    def __lt__(s, o): return s.x < o.x
print(V(1) <= V(2), V(2) >= V(1), V(1) != V(1))
from enum import Enum, IntEnum
class C(IntEnum):
    A = 1
print(C.A == 1, C.A.__eq__(1), C.A.__eq__(1.0), 1 == C.A, C.A != 1.0)
class E(Enum):
    A = 1
print(E.A == E.A, E.A == 1, E.A.__eq__(1))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
print(P(1) == P(1), P(1).__eq__(1))
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 2) == 0.5, 0.5 == Fraction(1, 2), 1 == Fraction(1), Decimal(1) == 1, 1 == Decimal(1), (1).__eq__(Decimal(1)))
`,
  },
  [],
);

describeCPythonParity(
  "map, filter, zip, enumerate, reversed, property, staticmethod, classmethod, super are types",
  {
    "isinstance, type(), reprs": `import collections.abc as cabc
class C:
    @property
    def p(self): return 1
    @staticmethod
    def s(): return 2
    @classmethod
    def c(cls): return 3
for name, t, x in [("property", property, C.__dict__['p']), ("map", map, map(str, [1])), ("filter", filter, filter(None, [])),
                   ("zip", zip, zip()), ("enumerate", enumerate, enumerate([])), ("reversed", reversed, reversed("ab")),
                   ("staticmethod", staticmethod, C.__dict__['s']), ("classmethod", classmethod, C.__dict__['c']),
                   ("range", range, range(3)), ("slice", slice, slice(1)), ("super", super, super(C, C()))]:
    print(name, isinstance(x, t), type(x).__name__, type(x) is t, repr(t), isinstance(t, type), issubclass(t, object), t.__name__, t.__module__)
print(map, type(map), callable(map), issubclass(map, cabc.Iterator), isinstance(map(str, []), cabc.Iterator))
print(isinstance(reversed([1]), reversed), type(reversed([1])).__name__, isinstance(enumerate([]), (property, enumerate)))
print(repr(map(str, [1]))[:17], repr(zip())[:17], repr(C.__dict__['p'])[:22], repr(C.__dict__['s'])[:30], str(C.__dict__['c'])[:30])
print(C.__dict__['s'].__func__.__name__, C.__dict__['c'].__func__.__name__, type(C.p), C.s(), C.c(), C().p)
import copy
p = property(lambda s: 5)
print(copy.copy(p) is p, copy.deepcopy(p) is p, list(zip([1, 2], "ab")), list(enumerate("ab", 1)), list(map(abs, [-1])))
`,
    "subclasses of property, staticmethod, classmethod and the iterators": `class cached(property):
    pass
class A:
    @cached
    def x(self):
        return 42
a = A()
print(a.x, type(A.__dict__['x']).__name__, isinstance(A.__dict__['x'], property), isinstance(A.__dict__['x'], cached))
class classproperty(property):
    def __get__(self, obj, objtype=None):
        return super().__get__(objtype)
class B:
    _v = 5
    @classproperty
    def v(cls):
        return cls._v * 2
print(B.v, B().v)
class logged(property):
    def __init__(self, fget, *args, **kw):
        super().__init__(fget, *args, **kw)
        self.name = fget.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return super().__get__(obj, objtype)
class C:
    def __init__(self): self._z = 0
    @logged
    def z(self): return self._z
    @z.setter
    def z(self, v): self._z = v
c = C()
print(c.z)
c.z = 7
print(c.z, type(C.__dict__['z']).__name__, C.z.name, C.z.fget.__name__, C.z.fset is not None)
try:
    del c.z
except AttributeError as e:
    print(e)
class ro(property): pass
class D:
    @ro
    def w(self): return 1
try:
    D().w = 2
except AttributeError as e:
    print(e)
class R(property): pass
r = R(lambda s: 3)
print(r.fget(None), r.__get__(None, A) is r, repr(r)[:22])
class M(map): pass
m = M(str, [1, 2])
print(list(m), type(m).__name__, isinstance(m, map))
class Z(zip): pass
class E(enumerate): pass
class F(filter): pass
print(list(Z([1], [2])), list(E("ab", 1)), list(F(None, [0, 1, 2])))
class S(staticmethod): pass
class CM(classmethod): pass
class T:
    @S
    def f(): return "sf"
    @CM
    def g(cls): return cls.__name__
class U(T): pass
print(T.f(), T().f(), T.g(), T().g(), U.g(), U().g(), isinstance(T.__dict__['f'], staticmethod))
`,
  },
  [],
);

describeCPythonParity(
  "built-in types have __mro__, __bases__, __base__, mro() and __dict__",
  {
    "the attributes": `for t in (bool, int, list, object, type, map, property, frozenset, type(None), type(len), ValueError, KeyError):
    print(t.__mro__, t.__bases__, t.__base__, t is type or t.mro())
print(bool.__mro__ == (bool, int, object), '__add__' in int.__dict__, '__call__' in type.__dict__, type(str.__dict__).__name__)
print(int.__dict__['bit_length'](5), '__mro__' in dir(int), '__dict__' in dir(int), '__mro__' in dir(type), 'mro' in dir(type))
class L(list): pass
class B(int): pass
print(L.__mro__, B.__mro__, L.__bases__, B.mro())
`,
    "typing and functools read them": `from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsFloat, get_type_hints
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt), isinstance(3, SupportsIndex), issubclass(float, SupportsFloat))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance([], HasLen), isinstance(3, HasLen))
print(get_type_hints(int))
import functools
@functools.singledispatch
def f(x): return "obj"
@f.register(int)
def _(x): return "int"
print(f(True), f(1), f("a"))
`,
  },
  [],
);

describeCPythonParity(
  "a __repr__ or __str__ recursing forever: CPython 3.11's RecursionError messages",
  {
    "through formatting, repr() and str(), and a plain recursion inside __repr__": `class A:
    def __repr__(self):
        return f"{self!r}"
class B:
    def __repr__(self):
        return "B(%r)" % (self,)
class C:
    def __repr__(self):
        return "C" + repr([self])
class D:
    def __str__(self):
        return "%s" % self
class E:
    def __repr__(self):
        return repr(self)
class S:
    def __str__(self):
        return str(self)
def g(n): return g(n + 1)
class G:
    def __repr__(self):
        return g(0)
for k in (A, B, C, D, E, S, G):
    try:
        repr(k()) if k not in (D, S) else str(k())
    except RecursionError as e:
        print(k.__name__, e)
def f(): return f()
try:
    f()
except RecursionError as e:
    print(e)
`,
  },
  [],
);

describeCPythonParity(
  "decimal's types are named 'decimal.Decimal' and 'decimal.Context' in messages, as CPython's C types",
  {
    "operators, len, subscripts, attributes; a subclass keeps its name": `from decimal import Decimal, Context
d = Decimal("1.5")
print(type(d), Decimal, type(d).__name__, type(d).__qualname__, type(d).__module__, type(Context()))
for f in (lambda: d + 1.5, lambda: 1.5 + d, lambda: d < "a", lambda: d * [1], lambda: len(d), lambda: d[0], lambda: d.foo, lambda: Context().foo):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class MyD(Decimal): pass
try:
    MyD(1) + 1.5
except TypeError as e:
    print(e)
`,
  },
  [],
);
