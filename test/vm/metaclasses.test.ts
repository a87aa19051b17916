// Metaclasses (vm/metaclasses.ts) against CPython 3.11: class M(type) with __new__,
// __init__, __call__, __prepare__, methods, properties and special methods seen on
// its classes, class keywords, metaclass inheritance and conflicts, abc.ABCMeta.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("metaclasses", {
  "protocol, attributes, special methods, singletons, prepare, keywords": `class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 7
    def __repr__(cls):
        return "<M " + cls.__name__ + ">"

class C(metaclass=M, tag="x"):
    a = 1
    def f(self):
        return super().__class__
    def g(self):
        return 5

class D(C):
    pass

print(type(C) is M, type(D) is M, type(M) is type, isinstance(C, M), isinstance(C, type))
print(C.tag, D.tag, C.hello(), D.upper, len(C), list(C), C[4], 7 in C, 8 in C)
print(repr(C), str(D), C().g(), C.a)
print(issubclass(M, type), M.__mro__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class S(metaclass=Singleton):
    def __init__(self, v):
        print("S init", v)
        self.v = v
s1 = S(1); s2 = S(2)
print(s1 is s2, s1.v)

class M2(type): pass
class E(metaclass=M2): pass
try:
    class F(C, E): pass
except TypeError as e:
    print("TypeError:", e)

class P(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
class Q(metaclass=P):
    x = 2
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
print(Q.injected, Q.x)
class R(Q, z=4): pass

class Base:
    def __init_subclass__(cls, flag=0, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class K(Base, flag=9): pass
print(K.flag)
X = M("X", (), {"q": 1})
print(type(X) is M, X.q)
Y = type.__new__(M, "Y", (), {})
print(type(Y).__name__)
`,
  "abc.ABCMeta and register": `from abc import ABCMeta, ABC, abstractmethod
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq().area(), type(Shape) is ABCMeta, type(ABC) is ABCMeta, isinstance(Sq(), Shape))
class Sized(ABC):
    pass
Sized.register(list)
print(isinstance([1], Sized), issubclass(list, Sized), isinstance(3, Sized), issubclass(tuple, Sized))
class Plain: pass
Sized.register(Plain)
print(isinstance(Plain(), Sized), issubclass(Plain, Sized))
class Checker(type):
    def __instancecheck__(cls, x):
        return x == 3
    def __subclasscheck__(cls, sub):
        return sub is int
class Three(metaclass=Checker): pass
print(isinstance(3, Three), isinstance(4, Three), issubclass(int, Three), issubclass(str, Three))
`,
  "registry metaclass, class attributes through the metaclass, setattr hook": `registry = {}
class Registered(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name] = cls
    def __setattr__(cls, name, value):
        if name == "locked":
            raise AttributeError("cannot set " + name)
        super().__setattr__(name, value)
    count = 0
    @classmethod
    def make(mcs):
        return mcs.__name__
class Plugin(metaclass=Registered):
    pass
class A(Plugin): pass
class B(Plugin):
    x = 1
print(sorted(registry), Plugin.count, Plugin.make())
B.y = 2
print(B.y)
try:
    B.locked = 1
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(B, Registered), type(A).__name__)
def func_meta(name, bases, ns):
    return name.upper()
class lower(metaclass=func_meta):
    pass
print(lower)
class Explicit(metaclass=type):
    pass
print(type(Explicit) is type)
`,
  "type(name, bases, ns) defers to a base's metaclass; C.__class__": `class M(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=M): pass
B = type("B", (A,), {"x": 1})
print(type(B).__name__, B.made_by, B.x, isinstance(B(), A), A.__class__.__name__)
class C: pass
print(C.__class__, C.__class__ is type, type(C) is C.__class__)
`,
}, [
  ["class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\nclass B(metaclass=N): pass\nclass C(A, B): pass",
    "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"],
  ["class A(x=1): pass", "TypeError: A.__init_subclass__() takes no keyword arguments"],
]);
