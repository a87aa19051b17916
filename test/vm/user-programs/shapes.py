from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.3f})"
    def __lt__(self, o):
        return self.area() < o.area()
    def __add__(self, o):
        return self.area() + (o.area() if isinstance(o, Shape) else o)
    __radd__ = __add__
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
print(sorted(shapes), sum(shapes), max(shapes))
try:
    Shape()
except TypeError as e:
    print(e)
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0): self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), bool(Vector()), v == Vector(3, 4), list(v), v[1], len(v))
print(f"{v:.2f}", format(w, "+d"), {v: 1}[Vector(3, 4)], *v)
v += w
print(v)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)
class Temperature:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, val): self._c = (val - 32) * 5 / 9
t = Temperature(100)
print(t.f); t.f = 32; print(t._c)
class Registry:
    _items = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry._items[key or cls.__name__] = cls
class A(Registry): pass
class B(Registry): pass
print(sorted(Registry._items))
class Matrix2:
    def __init__(self, a, b, c, d): self.m = (a, b, c, d)
    def __matmul__(self, o):
        a, b, c, d = self.m; e, f, g, h = o.m
        return Matrix2(a*e + b*g, a*f + b*h, c*e + d*g, c*f + d*h)
    def __repr__(self): return f"M{self.m}"
print(Matrix2(1, 1, 1, 0) @ Matrix2(1, 1, 1, 0))
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with Ctx("a") as c1, Ctx("b"):
    print("body", c1.name)
with Ctx("c"):
    raise KeyError("swallowed")
print("after")
print(isinstance(3, (int, str)), issubclass(bool, int), type(v).__name__, Vector.__name__, v.__class__ is Vector)
print(getattr(v, "x"), hasattr(v, "q"), getattr(v, "q", "dflt"), callable(v), callable(Vector))
