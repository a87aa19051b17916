# Subclasses of built-in types, descriptors and class hooks (Python 3 dialect).
from collections import namedtuple, Counter


class Stack(list):
    """A list with push/peek; everything else is the list's own."""
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Settings(dict):
    def __missing__(self, key):
        return "unset"


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"


class Positive:
    """A data descriptor: checks every assignment of the attribute it names."""
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, owner):
        return self if obj is None else getattr(obj, self.slot)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.slot[1:]} must be positive, not {value}")
        setattr(obj, self.slot, value)


class Registered:
    __slots__ = ()
    kinds = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.kinds.append(cls.__name__)


class Box(Registered):
    __slots__ = ("_width",)
    width = Positive()

    def __init__(self, width):
        self.width = width


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), s + [4], sum(s))
cfg = Settings(mode="fast")
print(cfg["mode"], cfg["level"], dict(cfg))
t = Celsius(21.5)
print(t, [t], t + 1, isinstance(t, float))
b = Box(3)
print(b.width, Registered.kinds)
try:
    b.width = -1
except ValueError as e:
    print("ValueError:", e)
try:
    b.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p == (1, 2), isinstance(p, tuple))
print(Counter("mississippi").most_common(2))
Pair = type("Pair", (tuple,), {"swap": lambda self: (self[1], self[0])})
print(Pair((1, 2)).swap())
