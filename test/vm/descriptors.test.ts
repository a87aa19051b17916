// Descriptors and class-creation hooks (issue 9, vm/classes.ts): `__get__`/`__set__`/
// `__delete__` with CPython's precedence (data descriptors before the instance's
// dict, non-data ones after it), `__set_name__`, `__init_subclass__` (with class
// keywords through type()), `__class_getitem__`, `__getattribute__`, and
// `type(name, bases, dict)`. Outputs must equal CPython 3.11's; errors are pinned.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "descriptors, __set_name__, __init_subclass__, __class_getitem__, __getattribute__, type()": `
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("bad " + self.name)
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__ if False else None
        setattr(obj, self.f.__name__, v)
        return v
class P:
    x = Typed(int)
    def __init__(self, x):
        self.x = x
    @Lazy
    def big(self):
        print("computing")
        return self.x * 100
p = P(3)
print(p.x, p._x, P.x.name, type(P.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
print(p.big, p.big)
class Const:
    def __get__(self, obj, cls):
        return 42
class Q:
    c = Const()
print(Q.c, Q().c)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append((cls.__name__, kw))
class A(Base): pass
class B(A): pass
print(Base.subs)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
T = type("T", (A,), {"v": 1, "m": lambda self: self.v + 1})
print(T.__name__, T().m(), isinstance(T(), A), Base.subs[-1])
class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing " + name
    def m(self):
        return "m"
s = Spy()
print(s.a, s.secret, s.zzz, s.m())
class Del:
    def __get__(self, o, c): return 1
    def __delete__(self, o): print("deleting")
class R:
    d = Del()
r = R()
del r.d
try:
    r.d = 5
except AttributeError as e:
    print("AttributeError", e)
`,
  "non-data descriptor is shadowed by the instance dict; data descriptor is not": `
class NonData:
    def __get__(self, o, c):
        return "descriptor"
class Data:
    def __get__(self, o, c):
        return "data"
    def __set__(self, o, v):
        o.__class__.stored = v
class C:
    n = NonData()
    d = Data()
c = C()
print(c.n, c.d)
c.n = "own"
c.d = "set"
print(c.n, c.d, C.stored, getattr(c, "n"), hasattr(c, "d"))
class Later:
    pass
x = Later()
x.y = 1
Later.y = Data()
print(x.y)
`,
  "type() with three arguments": `
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: "Point(%r)" % self.v, "dims": 2})
p = Point(5)
print(p, Point.dims, type(p) is Point, Point.__name__, type(Point).__name__, Point.__bases__)
Sub = type("Sub", (Point, ), {})
print(Sub(1), isinstance(Sub(1), Point), Sub.__mro__)
L = type("L", (list,), {"first": lambda self: self[0]})
print(L([4, 5]).first(), isinstance(L(), list))
`,
  "__slots__: only the listed names, unless a class lacks them or lists __dict__": `
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Q(P):
    __slots__ = 'z'
q = Q(1, 2)
q.z = 3
print(q.z)
try:
    q.w = 1
except AttributeError as e:
    print(e)
class Free(P):
    pass
f = Free(1, 2)
f.w = 9
print(f.w)
class D:
    __slots__ = ['a', '__dict__']
d = D()
d.b = 1
print(d.b)
`,
  "class docstrings are __doc__": `
class C:
    "Doc here."
    x = 1
class D:
    pass
class E(C):
    pass
print(C.__doc__, D.__doc__, C().__doc__, D().__doc__, E.__doc__, C.__module__, C.__qualname__)
`,
};

const errors: [string, string][] = [
  ["type('X', [], {})\n", "TypeError: type.__new__() argument 2 must be tuple, not list"],
  ["type(1, 2)\n", "TypeError: type() takes 1 or 3 arguments"],
  ["class C:\n    pass\nC[int]\n", "TypeError: type 'C' is not subscriptable"],
];

describeCPythonParity("descriptors and class hooks: the same output as CPython 3.11", programs, errors);

describe("__getattribute__", () => {
  it("sees every attribute read, method calls included", () => {
    const src = "class T:\n    def __getattribute__(self, n):\n        print('get', n)\n        return object.__getattribute__(self, n)\n    def m(self):\n        return 1\nt = T()\nprint(t.m())\n";
    expect(output(src)).toBe("get m\n1\n");
  });
});

// A classmethod wrapping a descriptor applies it to the class (CPython 3.9–3.12), the
// `@classmethod @property` idiom of class-level computed attributes.
describeCPythonParity("a classmethod over a property or descriptor", {
  "@classmethod @property and classmethod(descriptor)": `
class A:
    _registry = ["a", "b"]
    @classmethod
    @property
    def count(cls):
        return f"{cls.__name__}:{len(cls._registry)}"
class B(A):
    _registry = [1]
print(A.count, B.count, A().count, B().count)
class Desc:
    def __get__(self, obj, owner):
        return f"desc({obj.__name__}, {owner.__name__})"
class C:
    d = classmethod(Desc())
print(C.d, C().d)
class Meta(type):
    @classmethod
    @property
    def kind(mcls):
        return mcls.__name__
class M(metaclass=Meta): pass
print(M.kind)
`,
}, []);

// __getattr__ answers an AttributeError raised while reading a property or a
// descriptor (CPython's slot_tp_getattr_hook), with the property's own name: the
// puzzling "no x" of classes mixing properties and __getattr__.
describeCPythonParity("__getattr__ after a property or descriptor raising AttributeError", {
  "the fallback gets the attribute's name": `
class A:
    @property
    def x(self):
        return self.missing
    @property
    def boom(self):
        raise KeyError("k")
    def __getattr__(self, name):
        print("__getattr__", name)
        return f"default-{name}"
a = A()
print(a.x)
try:
    a.boom
except KeyError as e:
    print("KeyError", e)
class Desc:
    def __get__(self, obj, owner):
        raise AttributeError("from desc")
class DataDesc(Desc):
    def __set__(self, obj, v): pass
class B:
    d = Desc()
    dd = DataDesc()
    def __getattr__(self, name):
        return "fallback " + name
print(B().d, B().dd)
class C:
    @property
    def p(self):
        raise AttributeError("real problem")
print(hasattr(C(), "p"), getattr(C(), "p", "dflt"))
`,
}, [
  [`class A:
    @property
    def x(self): return self.y
    def __getattr__(self, n): raise AttributeError(f"no {n}")
A().x`, "AttributeError: no x"],
]);
