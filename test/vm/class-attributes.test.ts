// Class attributes as CPython 3.11 treats them: property getter/setter/deleter copies
// and fdel, built-in functions stored in a class that do not bind, static and class
// methods as special methods, a __getitem__ that returns None, `obj.__class__ = C`.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("class attributes", {
  "property getter, setter, deleter": `class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
        self._x = None
    y = property(lambda self: 7, None, lambda self: print("del y"))
c = C()
c.x = 5
print(c.x)
del c.x
print(c.x, c.y, C.x.fdel is not None, C.y.fset)
del c.y
p = property()
q = p.getter(len)
print(p.fget, q.fget is len, p is q)
class D:
    prop = property()
try:
    del D().prop
except AttributeError as e:
    print(e)
`,
  "built-in functions do not bind, methods do": `import math
class C:
    f = abs
    g = len
    h = math.sqrt
    k = int
    def m(self, v):
        return v + 1
    n = lambda self, v: v * 2
c = C()
print(c.f(-3), c.g([1, 2]), c.h(16.0), c.k("5"), c.m(1), c.n(4), C.f(-1))
class L(list):
    push = list.append
l = L()
l.push(3)
print(l)
`,
  "static and class methods as special methods; __getitem__ returning None": `class V:
    @staticmethod
    def __add__(other):
        return "static " + str(other)
    @classmethod
    def __sub__(cls, other):
        return cls.__name__ + " " + str(other)
    def __getitem__(self, i):
        print("getitem", i)
v = V()
print(v + 1, v - 2)
print(v[0])
`,
  "dir of classes and instances, __dir__": `class C:
    x = 1
    def m(self): pass
class S:
    __slots__ = ("a",)
print(dir(C))
print(dir(C()) == dir(C), "__dict__" in dir(S), "a" in dir(S))
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()), "a" in dir(D), "append" in dir(list), "upper" in dir(str))
`,
  // Read and written while compiled code caches the instance's shape and methods
  // (attrCache.ts): the attributes move to the new class's shapes.
  "assigning __class__ (and refusing __bases__)": `class A:
    def m(self): return 'A'
    def __repr__(self): return 'A-obj'
class B:
    def m(self): return 'B'
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
class E(Exception): pass
a = A()
a.x = 1; a.y = 2
out = []
for i in range(200):
    out.append(a.m() + str(a.x))
    if i == 100:
        a.__class__ = B
        out.append((type(a).__name__, isinstance(a, B), isinstance(a, A), a.x, a.y, vars(a)))
    if i == 150:
        a.__class__ = A
        a.z = 3
print(out[98:104], out[-1], repr(a), sorted(vars(a)))
for bad in [1, int, S1, E]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print('TypeError:', e)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print('TypeError:', e)
try:
    A.__bases__ = (B,)
except TypeError as e:
    print('TypeError')
`,
}, [
  ["class D:\n    prop = property()\ndel D().prop", "AttributeError: property 'prop' of 'D' object has no deleter"],
]);
