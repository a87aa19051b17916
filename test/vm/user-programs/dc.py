from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None
    count: int = field(default=0, repr=False)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.count += 1

    def value(self) -> float:
        return sum(i.total for i in self.items)

inv = Inventory(owner="shop")
inv.add(Item("apple", 0.5, 10))
inv.add(Item("pear", 0.75, 4, ["fruit"]))
inv.add(Item("knife", 12.0))
print(inv)
print(f"value: {inv.value():.2f}")
print(asdict(inv.items[1]))
print(astuple(inv.items[0]))
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2))
vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2) < Version(1, 10), max(vs))
p, q = Point(0, 0), Point(3, 4)
print(p, q, p.dist(q), hash(p) == hash(Point(0, 0)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
r = replace(q, y=0)
print(r, q)
print({Point(1, 2): "a", Point(1, 2): "b"})
print(Item.__dataclass_fields__.keys() if hasattr(Item, "__dataclass_fields__") else None)
i = Item("x", 2.5, 2)
i.qty += 3
print(i, i.total)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
print(tree)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(21))
