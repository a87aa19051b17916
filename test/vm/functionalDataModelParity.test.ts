// Probe 12 (functional and data-modelling programs): library corners that differed
// from CPython 3.11 in programs written the way users write them.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("inspect generator and coroutine states", {
  getgeneratorstate: `import inspect
def g():
    yield inspect.getgeneratorstate(gen)
gen = g()
print(inspect.getgeneratorstate(gen))
print(next(gen))
print(inspect.getgeneratorstate(gen))
gen.close()
print(inspect.getgeneratorstate(gen), inspect.GEN_CLOSED)
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(inspect.getcoroutinestate(c))
`,
}, []);

describeCPythonParity("namedtuple classes derive straight from tuple", {
  collectionsNamedtuple: `from collections import namedtuple
C = namedtuple("C", "a b", defaults=[0])
print(C.__bases__, C.__mro__, C(1), C._make([1, 2])._replace(b=5), C(1)._asdict())
class D(C):
    __slots__ = ()
    @property
    def s(self): return self.a + self.b
print(D(1, 2).s, D(1, 2), D.__mro__)
`,
  typingNamedTuple: `from typing import NamedTuple, Generic, TypeVar
T = TypeVar("T")
class P(NamedTuple):
    x: int
    y: int = 2
    def __repr__(self): return f"P<{self.x},{self.y}>"
print(type(P), P.__bases__, P.__mro__, P(1), P._fields, P._field_defaults, P.__doc__)
class Q(P):
    def norm(self): return self.x + self.y
print(Q.__mro__, Q(3).norm())
E = NamedTuple("E", [("a", int), ("b", str)])
print(E(1, "z"), E.__bases__, type(E), NamedTuple("F", a=int)(4))
class G(NamedTuple, Generic[T]):
    v: T
print(G(1), G.__bases__)
match P(5, 6):
    case P(x, y):
        print("match", x, y, P.__match_args__)
`,
  typeNewOfType: `class M(type):
    def __new__(mcls, name, bases, ns, plain=False):
        if plain:
            return type.__new__(type, name, bases, ns)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    pass
B = M("B", (), {}, plain=True)
print(type(A), type(B), type(type.__new__(type, "C", (int,), {})))
`,
}, [
  ["type.__new__(1, 'C', (), {})", "TypeError: type.__new__(X): X is not a type object (int)"],
  ["from typing import NamedTuple\nclass P(NamedTuple):\n    x: int = 1\n    y: int\n", "TypeError: Non-default namedtuple field y cannot follow default field x"],
]);

describeCPythonParity("enum member/nonmember and verify", {
  memberVerify: `from enum import Enum, IntEnum, Flag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, EnumCheck
import enum
class Const(Enum):
    A = 1
    helper = nonmember(99)
    @member
    def fn():
        return "member func"
    B = member(2)
    def method(self):
        return self.name.lower()
print([m.name for m in Const], Const.helper, Const.fn.value(), Const.B.method(), len(Const))
print(list(EnumCheck), UNIQUE, repr(CONTINUOUS), enum.UNIQUE is EnumCheck.UNIQUE)
for deco in (verify(CONTINUOUS), verify(UNIQUE)):
    try:
        @deco
        class Gap(IntEnum):
            A = 1
            C = 3
            D = 3
    except ValueError as e:
        print("ValueError:", e)
@verify(UNIQUE, CONTINUOUS)
class Ok(Enum):
    X = 1
    Y = 2
print(list(Ok))
try:
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        D = 8
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
except ValueError as e:
    print("ValueError:", e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print("TypeError:", e)
`,
}, [
  ["from enum import Enum, verify, UNIQUE\n@verify(UNIQUE)\nclass C(Enum):\n    A = 1\n    B = 1\n", "ValueError: aliases found in <enum 'C'>: B -> A"],
]);

describeCPythonParity("itertools messages", {}, [
  ["import itertools\nitertools.zip_longest('a', fillvalue=1, bad=2)\n", "TypeError: zip_longest() got an unexpected keyword argument"],
]);

describeCPythonParity("functools cache_info is CPython's CacheInfo named tuple", {
  cacheInfo: `from functools import lru_cache, cache
@lru_cache(maxsize=4)
def f(x): return x
f(1); f(1); f(2)
i = f.cache_info()
print(i, type(i).__name__, isinstance(i, tuple), i[0], i._asdict(), i == (1, 2, 4, 2), type(i).__module__)
h, m, mx, cur = i
print(h, m, mx, cur, i.hits)
@cache
def g(x): return x
print(g.cache_info())
`,
}, []);

describeCPythonParity("OrderedDict views and subclasses", {
  odictViews: `from collections import OrderedDict
od = OrderedDict(b=2, a=1, c=3)
k, v, i = od.keys(), od.values(), od.items()
print(k, v, i, type(k).__name__, len(k), "a" in k, ("a", 1) in i, 2 in v)
od["d"] = 4
print(k, list(reversed(k)), list(reversed(i))[0], list(v))
print(k & {"a", "z"}, {"a", "z"} & k, sorted(k | {"z"}), sorted(k - {"a"}), sorted({"a", "q"} - k), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k == OrderedDict(a=0, b=0, c=0, d=0).keys(), k <= {"a", "b", "c", "d", "e"}, k.isdisjoint(["x"]))
print(v == v, od.values() == od.values(), i == dict(od).items(), k.mapping)
print(OrderedDict().keys(), OrderedDict(x=[1]).items())
for key, val in od.items():
    print(key, val, end="; ")
print()
print(dict(od.items()), sorted(od.values()), list(zip(od.keys(), od.values())))
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
`,
  lastUpdatedOrderedDict: `from collections import OrderedDict
import json, copy
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated(a=1, b=2)
lu["a"] = 3
print(lu, lu.keys(), json.dumps(OrderedDict(z=1, y=2)), copy.deepcopy(lu), dict(lu), lu.copy())
od = OrderedDict.fromkeys("abc")
od.move_to_end("a", last=False)
print(od, sorted(od.items()), max(od.keys()), OrderedDict(sorted({"b": 1, "a": 2}.items())))
print({**od}, [*od.values()], OrderedDict(od.items()) == od, OrderedDict(x=1) | OrderedDict(y=2))
`,
}, [
  ["from collections import OrderedDict\nOrderedDict(a=1).move_to_end('zz')\n", "KeyError: 'zz'"],
]);

describeCPythonParity("library container subclasses: deque's own methods skip overrides, copies keep the subclass", {
  containerSubclasses: `from collections import deque, Counter, defaultdict, UserDict, ChainMap
class LoggingDeque(deque):
    def append(self, x):
        print("append", x)
        super().append(x)
    def appendleft(self, x):
        print("appendleft", x)
        super().appendleft(x)
d = LoggingDeque([1])
d.extend([2, 3])
d.extendleft([0])
d.append(4)
d.rotate(1)
print(d, type(d).__name__, d.copy(), type(d.copy()).__name__)
class CI(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
c = CI()
c.update("aAb")
c["Z"] += 1
print(c)
class Tracking(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)
t = Tracking(list)
t["a"].append(1)
print(t, t.get("b"))
class UD(UserDict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
u = UD({"x": 1})
u.update(y=2)
u.setdefault("z", 3)
print(u, u.copy(), type(u.copy()).__name__)
class DD(dict):
    def __setitem__(self, k, v):
        print("DD set", k)
        super().__setitem__(k, v)
dd = DD(a=1)
dd.update(b=2)
dd.setdefault("c", 3)
dd["d"] = 4
print(dd)
class CM(ChainMap):
    pass
print(CM({"a": 1}).new_child(), type(CM().new_child()).__name__, type(CM().parents).__name__)
bounded = LoggingDeque(maxlen=2)
bounded.extend("abc")
print(bounded)
import copy
class Q(deque):
    def copy(self):
        return "overridden"
q = Q([1, 2], 5)
print(copy.copy(q), q + deque([3]), q * 2, type(q * 2).__name__, q.copy())
q += [9]
q *= 2
print(q, type(q).__name__)
`,
}, []);

describeCPythonParity("a function's __dict__ and vars() hold only the attributes a program set", {
  functionDict: `def f():
    "doc"
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = "new doc"
f.__module__ = "mod"
f.x = 1
print(f.__dict__, vars(f), f.__name__, f.__qualname__, f.__doc__, f.__module__, repr(f).split(" at ")[0])
import functools
def g(a): return a
g.calls = 0
@functools.wraps(g)
def w(*a): return g(*a)
print(sorted(vars(w)), w.calls, w.__name__)
`,
}, [
  ["def f(): pass\nf.__name__ = 5\n", "TypeError: __name__ must be set to a string object"],
  ["def f(): pass\nf.__qualname__ = None\n", "TypeError: __qualname__ must be set to a string object"],
]);

describeCPythonParity("a built-in type's __format__ with an empty spec gives str(self)", {
  formatEmptySpec: `class I(int):
    def __str__(self): return "custom-int"
class S(str):
    def __str__(self): return "custom-str"
class F(float):
    def __str__(self): return "custom-float"
print(int.__format__(I(5), ""), int.__format__(I(5), "d"), str.__format__(S("x"), ""), float.__format__(F(2.0), ""), I(5).__format__(""))
print(object.__format__(I(5), ""))
from enum import IntEnum
class Http(IntEnum):
    OK = 200
    def __str__(self):
        return f"{self.value} {self.name}"
print(Http.OK, f"{Http.OK}", "{}".format(Http.OK), format(Http.OK, "d"), f"{Http.OK:>5}")
`,
}, []);

describeCPythonParity("del of a function's attributes", {
  functionDelAttr: `def f(a=1, *, b=2):
    "doc"
f.calls = 3
del f.calls
print(hasattr(f, "calls"), f.__doc__)
del f.__doc__
print(f.__doc__)
f.__doc__ = "again"
print(f.__doc__)
del f.__defaults__
print(f.__defaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
for name in ("__name__", "__dict__", "nope"):
    try:
        delattr(f, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(f.__name__, vars(f))
`,
}, [
  ["def f(): pass\ndel f.calls\n", "AttributeError: 'function' object has no attribute 'calls'"],
]);
