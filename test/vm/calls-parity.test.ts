// Calls beyond plain positional ones, against CPython 3.11: keywords, defaults,
// keyword-only parameters, *args and **kw bound in place (vm/bindFast.ts) and by the
// general binder (core.ts bindArguments) with CPython's messages in CPython's order;
// dataclasses' specialised __init__ (modules/dataclassesNative.ts) and generic one;
// super() calls entered without a bound method (classes.ts enterSuperMethod); closures
// sharing their cells; special methods and properties run as nested calls that start
// in compiled code (vm/nestedCall.ts). Runs with the compiled tier on and off
// (EPYTHON_BASELINE_HOT).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("calls: binding, dataclasses, super(), nested calls against CPython", {
  "keywords, defaults, keyword-only, *args and **kw": `def f(a, b=2, *, c=3): return (a, b, c)
def g(*args): return args
def h(a, *args, k=5, **kw): return (a, args, k, kw)
def p(a, b, /, c, d=4): return (a, b, c, d)
def q(a, b, *, c, d=7): return (a, b, c, d)
def r(**kw): return kw
def s(a, *args, **kw): return (a, args, kw)
def t(x):
    def inner(y=x, *, z=x): return y + z
    return inner
calls = [
    lambda: f(1), lambda: f(1, c=1), lambda: f(1, b=5), lambda: f(a=1), lambda: f(b=1, a=2, c=3),
    lambda: f(1, 2, c=9), lambda: f(), lambda: f(1, a=2), lambda: f(1, 2, 3), lambda: f(1, d=3),
    lambda: f(c=1), lambda: g(), lambda: g(1, 2, 3), lambda: g(x=1), lambda: h(1), lambda: h(1, 2, 3, k=1, z=2, y=3),
    lambda: h(a=1, k=2, m=3), lambda: h(1, a=2), lambda: p(1, 2, 3), lambda: p(1, 2, c=3, d=5), lambda: p(1, b=2, c=3),
    lambda: p(1, 2), lambda: p(a=1, b=2, c=3), lambda: q(1, 2), lambda: q(1, 2, c=3), lambda: q(1, c=3), lambda: q(c=1, d=2),
    lambda: q(1, 2, 3, c=1), lambda: r(), lambda: r(a=1, b=2), lambda: r(1), lambda: s(1, 2, b=3, a2=4), lambda: s(b=1),
    lambda: s(1, a=1), lambda: t(3)(), lambda: t(3)(1), lambda: t(3)(z=1), lambda: t(3)(y=2, z=1), lambda: t(3)(w=1),
    lambda: f(*[1, 2], **{'c': 4}), lambda: h(*[1, 2], **{'k': 1, 'zz': 2}), lambda: f(**{'a': 1, 'b': 2}),
    lambda: f(1, **{'b': 2, 'c': 3}), lambda: f(1, **{'a': 2}), lambda: q(1, 2, **{'e': 1}),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, 'TypeError', e)
class K:
    def m(self, a, b=1, *, c=2): return (a, b, c)
    def v(self, *a, **k): return (a, k)
    def __init__(self, x=0, *, y=1): self.x = x; self.y = y
k = K(y=3)
print(k.x, k.y, K(5).x, k.m(1, c=3), k.m(b=2, a=1), k.v(1, z=2), K.m(k, 4, c=1))
for bad in [lambda: k.m(), lambda: k.m(1, 2, 3), lambda: K(z=1), lambda: K(1, 2), lambda: k.m(1, a=1)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
def rec(n, *, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)
print(rec(50))
tot = 0
for i in range(3000):
    tot += f(i, c=1)[2] + f(i, b=i)[1] + len(g(i, i)) + h(i, 1, 2, k=3, z=4)[2] + len(s(i, x=i)[2])
print(tot)
`,
  "argument errors in CPython's order": `def f(a, b=2, *, c=3): pass
def q(a, b, *, c, d=7): pass
def z(a): pass
for c in [lambda: f(1, 2, 3, d=3), lambda: f(1, 2, 3, a=1), lambda: q(1, 2, 3, c=1), lambda: q(1, 2, 3, c=1, d=2), lambda: z(1, 2), lambda: z(), lambda: z(1, 2, c=1), lambda: f(1,2,3), lambda: f(1,2,3,4,c=3), lambda: q(1,2,3), lambda: z(c=1, a=2, b=3), lambda: q(1, 2, 3, e=5)]:
    try: c()
    except TypeError as e: print(e)
`,
  "dataclasses: specialised and generic __init__, __eq__, __hash__": `from dataclasses import dataclass, field, FrozenInstanceError, fields, asdict, replace
@dataclass
class P:
    x: int
    y: int = 5
@dataclass
class Q:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=3, init=False)
@dataclass(frozen=True)
class F:
    u: int
    v: str = "s"
@dataclass
class Post:
    a: int
    b: int = 2
    def __post_init__(self):
        self.s = self.a + self.b
@dataclass
class E:
    pass
@dataclass
class Base:
    x: int
@dataclass
class Der(Base):
    y: int = 1
@dataclass
class Many:
    a: int; b: int; c: int; d: int; e: int; f: int; g: int; h: int; i: int; j: int; k: int; l: int; m: int
@dataclass
class Twelve:
    a: int; b: int; c: int; d: int; e: int; f: int; g: int; h: int; i: int; j: int; k: int; l: int
@dataclass
class Odd:
    _f1: int
    _f0: int = 0
print(P(1), P(1, 2), P(y=3, x=4), P(x=1), Q(1), Q(1, [2]), F(1), F(1, "t"), Post(1), Post(1, 3).s, E(), Der(1), Der(1, 2), Der(y=3, x=2))
print(Many(*range(13)), Twelve(*range(12)), Odd(1), Odd(_f0=1, _f1=2))
print(P.__init__.__qualname__, P.__init__.__name__, Q.__init__.__qualname__)
print(P(1) == P(1), P(1) == P(2), [f.name for f in fields(Der)], asdict(P(1)), replace(P(1), y=9))
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(z=1), lambda: P(1, 2, y=3), lambda: Q(), lambda: Q(1, [], 3),
            lambda: Q(1, c=2), lambda: F(), lambda: F(1, 2, 3), lambda: Post(), lambda: Post(1, b=2, c=3), lambda: E(1), lambda: E(x=1),
            lambda: Der(), lambda: Der(1, 2, 3), lambda: Many(1), lambda: Twelve(1, 2), lambda: Twelve(*range(13))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    F(1).u = 2
except FrozenInstanceError as e:
    print('Frozen', e)
@dataclass
class S:
    self_: int
    other: float = 1.5
print(S(1), S(self_=2, other=3))
class Plain: pass
@dataclass
class WithSetattr:
    a: int
    def __setattr__(self, n, v):
        print('set', n, v)
        object.__setattr__(self, n, v)
print(WithSetattr(4))
@dataclass
class PostErr:
    a: int
    def __post_init__(self):
        raise ValueError("bad " + str(self.a))
try:
    PostErr(3)
except ValueError as e:
    print('ValueError', e)
@dataclass(frozen=True)
class H2:
    a: int
    b: str = "x"
@dataclass(unsafe_hash=True)
class H3:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
@dataclass(eq=False)
class NoEq:
    a: int
@dataclass(order=True)
class Ord:
    a: int
    b: int = 0
print(H2(1) == H2(1), H2(1) == H2(2), H2(1) != H2(1, "y"), hash(H2(1)) == hash((1, "x")), len({H2(1), H2(1), H2(2)}))
print(H3(1) == H3(1, [3]), hash(H3(5)) == hash((5,)), NoEq(1) == NoEq(1), Ord(1) < Ord(2), sorted([Ord(3), Ord(1, 5), Ord(1, 2)]))
print(P(1) == 1, P(1).__eq__(1), E() == E(), hash(F(1)) == hash(F(1)), P.__eq__.__qualname__, H2.__hash__.__qualname__, P.__hash__)
@dataclass
class Other:
    other: int
    self: int = 0
print(Other(1) == Other(1), Other(1) == Other(2))
try:
    hash(P(1))
except TypeError as e:
    print('TypeError', e)
`,
  "super(): methods, classmethods, multiple inheritance, metaclasses": `class A:
    def val(self, k=1): return ('A', k)
    def __init__(self, k): self.k = k
    @classmethod
    def make(cls, k): return (cls.__name__, k)
    @staticmethod
    def st(x): return x * 2
    @property
    def p(self): return 'propA'
class B(A):
    def val(self, k=2): return super().val(k) + super().val()
    def __init__(self, k):
        super().__init__(k)
        self.j = k
    @classmethod
    def make(cls, k): return super().make(k + 1)
    def st2(self): return super().st(4)
    def pp(self): return super().p
    def bad(self): return super().val(1, 2, 3)
    def bad2(self): return super().nope()
class C(A):
    def val(self, k=3): return ('C', k) + super().val(k)
class D(B, C):
    def val(self, k=4): return ('D',) + super().val(k)
    @classmethod
    def make(cls, k): return ('D',) + super().make(k)
print(B(1).val(), D(2).val(), B.make(1), D.make(2), B(1).st2(), B(1).pp(), B(5).k, B(5).j, D(7).k)
for bad in [lambda: B(1).bad(), lambda: B(1).bad2(), lambda: B()]:
    try: bad()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class M(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()
class X(metaclass=M): pass
print(X.tag)
class L(list):
    def append(self, v): super().append(v * 2)
l = L(); l.append(3); print(l)
class G:
    def __init__(self):
        self.v = 1
class H(G):
    def __init__(self):
        for i in range(3):
            super().__init__()
        self.v += 1
print(H().v)
t = 0
for i in range(2000):
    t += B(i).val()[1] + D(i).val()[2]
print(t)

class T(A):
    def val(self): return super().val(1, 2, 3)
try:
    T(1).val()
except TypeError as e:
    print(e)
`,
  "closures and cells": `def make(k):
    def f(x): return x + k
    def setk(v):
        nonlocal k
        k = v
    def gen(n):
        for i in range(n): yield i + k
    return f, setk, gen
f, s, g = make(3)
print(f(1), list(g(3)))
s(10)
print(f(1), list(g(2)))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
a = counter(); b = counter()
print(a(), a(), b(), a())
def outer(x):
    def mid(y):
        def inner(z): return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
t = 0
for i in range(3000):
    t += f(i)
print(t)
`,
  "special methods and properties run as nested calls": `class V:
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        try:
            return self.x < o.x
        except AttributeError:
            return True
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return "V(%d, %d)" % (self.x, self.y)
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return (self.x, self.y)[i]
    @property
    def norm(self): return self.x * self.x + self.y * self.y
    @property
    def bad(self): return 1 // 0
v = V(0, 0); d = V(1, 2)
for i in range(3000):
    v = v + d
print(v, 5 + v, v == V(3000, 6000), sorted([V(3, 1), V(1, 2), V(2, 0)]), V(1, 1) < 5, list(V(7, 8)), len(v), v.norm)
print({V(1, 2): 1}[V(1, 2)], max([V(1, 0), V(5, 0), V(2, 0)], key=lambda p: p.x))
try:
    v + "s"
except TypeError as e:
    print('TypeError', e)
try:
    v.bad
except ZeroDivisionError as e:
    print('ZDE', e)
def gen_key(p):
    for q in range(2):
        pass
    return -p.x
print(sorted([V(1, 0), V(3, 0)], key=gen_key))
class W:
    def __iter__(self):
        yield 1
        yield 2
print(list(W()), sum(W()))
t = 0
for i in range(3000):
    t += V(i, 1).norm + (V(1, 1) == V(1, i))
print(t)
`,
}, [
  ["def f(a, b=2, *, c=3): pass\nf(1, 2, 3, d=3)\n", "TypeError: f() got an unexpected keyword argument 'd'"],
  ["def f(a, b=2, *, c=3): pass\nf(1, 2, 3, a=1)\n", "TypeError: f() got multiple values for argument 'a'"],
  ["def q(a, b, *, c, d=7): pass\nq(1, 2, 3, c=1)\n", "TypeError: q() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"],
  ["def q(a, b, *, c, d=7): pass\nq(1, 2)\n", "TypeError: q() missing 1 required keyword-only argument: 'c'"],
  ["def q(*, a, b, c): pass\nq()\n", "TypeError: q() missing 3 required keyword-only arguments: 'a', 'b', and 'c'"],
  ["def q(a, b, c, d=1): pass\nq()\n", "TypeError: q() missing 3 required positional arguments: 'a', 'b', and 'c'"],
  ["def q(a, b, c): pass\nq(1)\n", "TypeError: q() missing 2 required positional arguments: 'b' and 'c'"],
  ["def p(a, /, b): pass\np(a=1, b=2)\n", "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'"],
  ["def g(*args): pass\ng(x=1)\n", "TypeError: g() got an unexpected keyword argument 'x'"],
  ["def h(a, **kw): pass\nh(1, a=2)\n", "TypeError: h() got multiple values for argument 'a'"],
  ["class C:\n    def m(self, a, *, k=1): pass\nC().m(1, 2)\n", "TypeError: C.m() takes 2 positional arguments but 3 were given"],
  ["class C:\n    def m(self, a, *, k=1): pass\nC().m(1, j=2)\n", "TypeError: C.m() got an unexpected keyword argument 'j'"],
  ["from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\nP()\n", "TypeError: P.__init__() missing 1 required positional argument: 'x'"],
  ["from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\nP(1, 2, 3)\n", "TypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given"],
  ["from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nP(1, x=2)\n", "TypeError: P.__init__() got multiple values for argument 'x'"],
  ["from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nP(1, z=2)\n", "TypeError: P.__init__() got an unexpected keyword argument 'z'"],
  ["from dataclasses import dataclass, field\n@dataclass\nclass P:\n    x: int\n    y: list = field(default_factory=list)\nP(1, [], 3)\n", "TypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given"],
  ["from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    a: int\n    b: int\n    c: int\nP()\n", "TypeError: P.__init__() missing 3 required positional arguments: 'a', 'b', and 'c'"],
  ["from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    a: int\nP(1).a = 2\n", "dataclasses.FrozenInstanceError: cannot assign to field 'a'"],
  ["from dataclasses import dataclass\n@dataclass\nclass P:\n    a: int\n    def __post_init__(self):\n        raise ValueError(self.a)\nP(4)\n", "ValueError: 4"],
  ["class A:\n    def f(self): return 1\nclass B(A):\n    def f(self): return super().g()\nB().f()\n", "AttributeError: 'super' object has no attribute 'g'"],
  ["class A:\n    def f(self): return 1\nclass B(A):\n    def f(self): return super().f(2)\nB().f()\n", "TypeError: A.f() takes 1 positional argument but 2 were given"],
]);
