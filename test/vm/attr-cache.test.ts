// The attribute caches (src/vm/attrCache.ts, classVersion.ts) change no behaviour:
// class attributes rebound, added or deleted while compiled code and cached
// lookups run (a base class too), instances shadowing methods, None as a class
// attribute, polymorphic call sites, properties and __setattr__ added late, and
// exact errors. Run with EPYTHON_BASELINE_HOT=1 and =0 (the suite compiles at 64).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "class attributes change under cached sites": `
class Base:
    k = 1
    def m(self):
        return 'base'
class D(Base):
    pass
class E(Base):
    def m(self):
        return 'E'
out = []
objs = [D(), E(), Base()]
for i in range(300):
    o = objs[i % 3]
    out.append((o.k, o.m()))
    if i == 100:
        Base.k = 2
    if i == 150:
        Base.m = lambda self: 'patched'
    if i == 200:
        D.k = 'own'
    if i == 250:
        del D.k
        objs[0].m = lambda: 'instance'
print(out[::7])
`,
  "None, staticmethods and class objects as class attributes": `
class Q:
    _inst = None
    helper = staticmethod(lambda x: x * 2)
    kind = int
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
t = 0
for i in range(200):
    q = Q()
    t += q.helper(i) + q.kind('3')
print(Q() is Q(), t)
`,
  "properties and __setattr__ added late": `
class P:
    def __init__(self):
        self.x = 1
ps = [P() for _ in range(3)]
out = []
for i in range(200):
    p = ps[i % 3]
    p.x = i
    out.append(p.x)
    if i == 80:
        P.x = property(lambda self: -1, lambda self, v: None)
    if i == 160:
        def hook(self, name, v):
            object.__setattr__(self, name, v * 10)
        P.__setattr__ = hook
        del P.x
print(out[::9])
`,
  "instances shadow methods; __slots__ and missing attributes": `
class S:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 0
class C:
    def f(self):
        return 1
c = C()
r = []
for i in range(200):
    s = S()
    s.a += i
    r.append(c.f())
    if i == 50:
        c.f = lambda: 2
    if i == 120:
        del c.f
print(sum(r), s.a)
for i in range(100):
    try:
        s.b = 1
    except AttributeError as e:
        msg = str(e)
    try:
        c.g
    except AttributeError as e:
        msg2 = str(e)
print(msg, msg2)
`,
  "megamorphic sites: six classes, some uncacheable, changed while running": `
class A:
    v = 'A'
    def __init__(self):
        self.w = 0
    def get(self, d):
        return self.v + str(d)
class B(A):
    def get(self, d):
        return 'B' + str(d)
class C(A):
    v = 'C'
class D(B):
    pass
class G(A):
    def __getattribute__(self, name):
        return 'G.' + name if name == 'v' else object.__getattribute__(self, name)
class P(A):
    @property
    def v(self):
        return 'P'
    @property
    def w(self):
        return self.__dict__.get('_w', 0)
    @w.setter
    def w(self, x):
        self.__dict__['_w'] = x * 100
objs = [A(), B(), C(), D(), G(), P(), A(), C()]
out = []
for i in range(400):
    o = objs[i % 8]
    o.w = i
    out.append((o.v, o.get(i % 5), o.w))
    if i == 200:
        C.get = lambda self, d: 'patched'
    if i == 300:
        objs[0].v = 'own'
        del C.v
print(out[::11])
`,
  "method calls entered from the shape cache: shadowed, deleted, replaced, defaults, generators": `
class A:
    def __init__(self, v):
        self.v = v
    def m(self, k):
        return self.v + k
    def gen(self, n):
        for j in range(n):
            yield self.v + j
    def dflt(self, k, extra=100):
        return self.v + k + extra
class B(A):
    def m(self, k):
        return -self.v - k
objs = [A(1), B(2), A(3)]
out = []
for i in range(400):
    o = objs[i % 3]
    out.append(o.m(i))
    out.append(sum(o.gen(2)))
    out.append(o.dflt(i))
    if i == 100:
        objs[0].m = lambda k: 'own'          # shadows the method on one instance
    if i == 150:
        del objs[0].m                        # its dict goes to dictionary mode
    if i == 200:
        A.m = lambda self, k: 'patched'      # the class's method changes
    if i == 250:
        objs[2] = B(5)                       # a new class at the site
    if i == 300:
        objs.append(A(9)); objs[1].extra = 1  # a new shape for an old class
print(out[::9], len(out))
`,
  "method calls entered from the shape cache: errors inside and outside": `
class C:
    def __init__(self):
        self.n = 0
    def down(self, k):
        self.n += 1
        return self.down(k - 1) if k else 0
    def bad(self, x):
        return x[10]
c = C()
for i in range(200):
    c.down(3)
print(c.n)
for i in range(200):
    try:
        c.bad([1, 2])
    except IndexError as e:
        last = str(e)
print(last)
try:
    c.bad(1, 2)
except TypeError as e:
    print(e)
`,
  "attributes read from class objects": `
class Desc:
    def __get__(self, inst, owner):
        return ('desc', inst is None, owner.__name__)
class Plain:
    pass
class Meta(type):
    tag = 'meta'
class K:
    n = 1
    s = staticmethod(lambda x: x + 1)
    c = classmethod(lambda cls, x: (cls.__name__, x))
    p = property(lambda self: 5)
    d = Desc()
    o = Plain()
    f = len
class L(K):
    n = 2
class M(metaclass=Meta):
    n = 3
out = []
for i in range(300):
    cls = [K, L, M][i % 3]
    out.append((cls.n, cls.__name__, K.s(i), L.c(i), type(K.p).__name__, K.d, L.d, K.o is K.o, K.f('ab'), M.tag))
    if i == 100:
        Plain.__get__ = lambda self, inst, owner: 'now a descriptor'
        out.append(K.o)
    if i == 200:
        K.n = 'rebound'
        del L.n
print(out[::13])
try:
    for i in range(100):
        K.missing
except AttributeError as e:
    print(e)
`,
};

const errors: [string, string][] = [
  ["class A:\n    def f(self):\n        return self.y\nfor i in range(100):\n    A().f()\n", "AttributeError: 'A' object has no attribute 'y'"],
  ["class A:\n    __slots__ = ()\nfor i in range(100):\n    A().z = 1\n", "AttributeError: 'A' object has no attribute 'z'"],
];

describeCPythonParity("attribute caches: the same output as CPython 3.11", programs, errors);
