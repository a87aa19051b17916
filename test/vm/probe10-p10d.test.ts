// Probe 10 (advanced idioms): property/abc descriptors called by name, singledispatch
// over unions, copy's reduce/state protocol, dataclasses' factories, operator.call
// and matmul, all against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "probe10-p10d: advanced idioms against CPython",
  {
    "property errors, __set__/__delete__ by name and __isabstractmethod__": `import abc
class C:
    x = property(None, lambda s, v: None)
    y = property(lambda s: 1)
c = C()
for f in (lambda: c.x, lambda: setattr(c, "y", 1), lambda: property().__get__(1),
          lambda: property().__set__(1, 2), lambda: property().__delete__(1)):
    try:
        f()
    except AttributeError as e:
        print(e)
class Base:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
class Sub(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, val):
        Base.v.__set__(self, val + 1)
s = Sub()
s.v = 3
print(s.v, property().__isabstractmethod__, C.y.__isabstractmethod__)
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    q = property(None, abc.abstractmethod(lambda s, v: 0))
print(Shape.area.__isabstractmethod__, Shape.q.__isabstractmethod__, sorted(Shape.__abstractmethods__))
print(abc.abstractmethod(lambda: 0).__isabstractmethod__, staticmethod(abc.abstractmethod(lambda: 0)).__isabstractmethod__)
print(type(abc.get_cache_token()).__name__)
class Dyn(abc.ABC):
    pass
Dyn.go = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Dyn)
try:
    Dyn()
except TypeError as e:
    print(e)
`,
    "singledispatch registers unions and annotated classmethods": `from functools import singledispatch, singledispatchmethod
from typing import Union
import types
@singledispatch
def show(x):
    return "object"
@show.register
def _(x: int | float):
    return "number"
@show.register
def _(x: Union[list, tuple]):
    return "sequence"
@show.register(str | bytes)
def _(x):
    return "text"
print(show(1), show(2.5), show([1]), show((1,)), show("a"), show(b"b"), show(None))
print(sorted(t.__name__ for t in show.registry if t is not object))
try:
    @show.register
    def _(x: list[int]):
        return 0
except TypeError as e:
    print(e)
class F:
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return "generic"
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " string"
print(F.kind(1), F.kind("s"), types.UnionType is type(int | str), types.GenericAlias is type(list[int]))
`,
    "functools.wraps copies __annotations__": `import functools
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def add(a, b):
    return a + b
print(functools.WRAPPER_ASSIGNMENTS, list(add.__annotations__), add.__name__)
`,
    "copy uses __reduce__, __getstate__/__setstate__ and keeps container items": `import copy, enum, collections
from typing import NamedTuple
class Reduced:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (Reduced, (self.x * 10,))
print(copy.copy(Reduced(2)).x, copy.deepcopy(Reduced(3)).x)
class WithState:
    def __init__(self):
        self.a = [1]
        self.tmp = "drop"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["tmp"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.tmp = "restored"
w = WithState()
d = copy.deepcopy(w)
print(d.a, d.tmp, d.a is w.a, copy.copy(w).tmp)
class E(enum.Enum):
    A = 1
print(copy.deepcopy(E.A) is E.A, copy.copy(E.A) is E.A)
class NT(NamedTuple):
    a: int
    b: list
n = NT(1, [2])
print(copy.copy(n), copy.deepcopy(n), copy.deepcopy(n).b is n.b)
c = collections.Counter("aab")
od = collections.OrderedDict(a=[1])
dd = collections.defaultdict(list, a=[1])
for v in (c, od, dd):
    dc = copy.deepcopy(v)
    print(dc, dc == v)
print(copy.deepcopy(od)["a"] is od["a"])
`,
    "dataclasses asdict/astuple factories": `from dataclasses import dataclass, asdict, astuple, field
from typing import Optional
@dataclass
class A:
    x: int
    tags: set = field(default_factory=set)
    parent: Optional["A"] = None
a = A(1, {"t"}, A(0))
d = asdict(a)
print(d, d["tags"] is a.tags)
print(asdict(a, dict_factory=lambda kv: {k: v for k, v in kv if v is not None}))
print(astuple(a, tuple_factory=list))
`,
    "dataclass keeps the class's own methods, follows CPython's hash table and frozen bases": `from dataclasses import dataclass
@dataclass(order=True)
class A:
    x: int
    def __repr__(self):
        return "custom A"
    def __eq__(self, o):
        return True
print(A(1), A(1) == A(2), A.__hash__, A(1) < A(2))
@dataclass
class E:
    x: int
    def __hash__(self):
        return 7
@dataclass(frozen=True)
class F:
    x: int
    def __hash__(self):
        return 8
@dataclass(frozen=True)
class G:
    x: int
print(hash(E(1)), hash(F(1)), hash(G(1)) == hash(G(1)), E.__dataclass_params__, G.__dataclass_params__.frozen)
print(E.__repr__.__qualname__, G.__setattr__.__qualname__, G.__init__.__qualname__)
for src in ("order", "frozen", "unsafe", "nonfrozen", "frozenplain"):
    try:
        if src == "order":
            @dataclass(order=True)
            class B:
                x: int
                def __lt__(self, o):
                    return True
        elif src == "frozen":
            @dataclass(frozen=True)
            class C:
                x: int
                def __setattr__(self, k, v):
                    pass
        elif src == "unsafe":
            @dataclass(unsafe_hash=True)
            class D:
                x: int
                def __hash__(self):
                    return 1
        elif src == "nonfrozen":
            @dataclass
            class H(G):
                y: int = 0
        else:
            @dataclass(frozen=True)
            class I(E):
                y: int = 0
    except TypeError as e:
        print(e)
`,
    "__mro_entries__ bases, metaclass of a non-class base, __exit__ gets the traceback": `class Entries:
    def __mro_entries__(self, bases):
        print("asked with", len(bases), "bases")
        return (dict,)
class FromEntries(Entries(), metaclass=type):
    pass
class Plain(Entries()):
    pass
print(FromEntries.__mro__, [type(b).__name__ for b in Plain.__orig_bases__], Plain(a=1))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
class C:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, tb is not None, ev.__traceback__ is tb, type(tb).__name__)
        return True
with C():
    raise KeyError("a")
`,
    "enum _ignore_, read-only name/value, Flag's invalid-value message": `import enum
class Status(enum.Enum):
    _ignore_ = ["tmp", "other"]
    ACTIVE = "active"
    tmp = 5
    other = 6
class Days(enum.Enum):
    _ignore_ = "i j"
    MON = 1
    i = 2
    j = 3
print(list(Status), hasattr(Status, "tmp"), hasattr(Status, "_ignore_"), list(Days))
for attr in ("value", "name"):
    try:
        setattr(Status.ACTIVE, attr, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(Status.ACTIVE, attr)
    except AttributeError as e:
        print(e)
class Color(enum.Flag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()
try:
    Color(16)
except ValueError as e:
    print(e)
print(enum.bin(10), enum.bin(-5), enum.bin(3, 6))
`,
    "TypedDict: Required/NotRequired, inherited keys, the functional form, no isinstance": `from typing import TypedDict, NotRequired, Required
import typing
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Extra(Movie, total=False):
    rating: float
    director: Required[str]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__, list(Extra.__annotations__))
Alt = TypedDict("Alt", {"x": int, "y-z": str}, total=False)
print(Alt(x=1), Alt.__name__, sorted(Alt.__optional_keys__), Alt.__total__)
print(Movie(title="Alien"), type(Movie(title="x")).__name__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
class B:
    def __init_subclass__(cls, k=0):
        print("init_subclass", cls.__name__, k)
type("A", (B,), {}, k=2)
for f in (lambda: type(1, k=2), lambda: type("A", (), {}, k=2)):
    try:
        f()
    except TypeError as e:
        print(e)
`,
    "json.JSONDecoder.raw_decode": `import json
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[1, 2]yy', 2), dec.raw_decode('"\u00e9\u2713" 5'))
s = '{"a": 1} {"b": [2, 3]}  7 "x"'
pos, out = 0, []
while pos < len(s):
    while pos < len(s) and s[pos].isspace():
        pos += 1
    v, pos = dec.raw_decode(s, pos)
    out.append(v)
print(out)
for args in [(" 1", 0), ("[1,", 0), ("abc", 5), ("[1]", -1), ("[1]", "x")]:
    try:
        dec.raw_decode(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
    "asyncio locks' and queues' reprs and modules": `import asyncio
async def main():
    lock = asyncio.Lock()
    e = asyncio.Event()
    s = asyncio.Semaphore(2)
    c = asyncio.Condition()
    for x in (lock, e, s, asyncio.BoundedSemaphore(0), c):
        print(repr(x).split(" at ")[0], repr(x).split("[")[1])
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait("a")
    print(repr(q).split(" at ")[0], str(q), str(asyncio.PriorityQueue(3)))
    print(asyncio.LifoQueue.__module__, asyncio.Lock.__module__, asyncio.QueueEmpty.__module__, asyncio.CancelledError.__module__)
    async with lock:
        print(repr(lock).split("[")[1])
    async def w():
        await e.wait()
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print(repr(e).split("[")[1])
    e.set()
    await t
asyncio.run(main())
`,
    "reprs and qualnames of built-in types' methods taken from the type": `print(str.upper, list.append, dict.get, int.__add__, object.__init__, str.__format__)
print(list.__getitem__, dict.__contains__, str.__getitem__, tuple.__len__, list.__iadd__, str.__mod__)
print(int.__add__.__qualname__, object.__init__.__qualname__, str.upper.__qualname__, list.__len__.__name__)
class L(list):
    pass
class O:
    pass
print(L.__len__, L.append, O.__init__, [str.lower])
`,
    "errors: __slots__ names, dataclasses.replace, TypeVar, reduce, NamedTuple fields": `import dataclasses, functools, typing, operator
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!", type(e).__name__, e)
for slots in [("1a",), (1,), ("",), "a b", ("__dict__",)]:
    attempt(repr(slots), lambda: type("S", (), {"__slots__": slots}).__name__)
for base in (int, str, tuple, bytes, float, list, dict):
    attempt(base.__name__, lambda: type("S", (base,), {"__slots__": ("a",)}).__name__)
@dataclasses.dataclass
class P:
    x: int
    y: int = dataclasses.field(init=False, default=0)
attempt("replace init=False", lambda: dataclasses.replace(P(1), y=2))
attempt("replace non-dc", lambda: dataclasses.replace(1))
attempt("replace ok", lambda: dataclasses.replace(P(1), x=5))
attempt("reduce non-iter", lambda: functools.reduce(operator.add, 5))
attempt("typevar bound+constraints", lambda: typing.TypeVar("T", int, str, bound=int))
attempt("typevar one constraint", lambda: typing.TypeVar("T", int))
attempt("typevar bivariant", lambda: typing.TypeVar("T", covariant=True, contravariant=True))
attempt("typevar reprs", lambda: (typing.TypeVar("T", covariant=True), typing.TypeVar("U", contravariant=True), typing.TypeVar("V")))
attempt("namedtuple dup", lambda: typing.NamedTuple("N", [("a", int), ("a", str)]))
`,
    "typing: Optional/Union equality, get_origin of Literal, NewType's name": `from typing import Union, Optional, Literal, get_origin, get_args, NewType, List
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], hash(Optional[int]) == hash(Union[None, int]))
print(get_origin(Literal[1]) is Literal, get_origin(List[int]), get_origin(Optional[int]) is Union, {Optional[int]: 1}[Union[int, None]])
U = NewType("UserId", int)
print(U.__name__, U.__supertype__, U(3))
print(Union[int, str] != Union[int, float], List[int] == List[int], List[int] == List[str])
`,
    "operator.call, matmul and imatmul": `import operator
class V:
    def __init__(self, *c):
        self.c = c
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
print(operator.matmul(V(1, 2), V(3, 4)), operator.imatmul(V(1), V(5)), operator.call(max, 1, 5, 3), operator.call(dict, a=1))
for f in (lambda: operator.matmul(1, 2), lambda: operator.imatmul(1, 2), lambda: operator.call()):
    try:
        f()
    except TypeError as e:
        print(e)
`,
  },
  [
    ["import asyncio\nasync def m():\n    asyncio.get_running_loop().create_future().result()\nasyncio.run(m())\n", "asyncio.exceptions.InvalidStateError: Result is not set."],
    ["property().__get__(1)\n", "AttributeError: property of 'int' object has no getter"],
    ["import functools\n@functools.singledispatch\ndef f(x): pass\nf.register(3, len)\n", "TypeError: Invalid first argument to `register()`. 3 is not a class or union type."],
  ],
);
