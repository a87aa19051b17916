// dataclasses.make_dataclass (modules/dataclassesSource.ts): CPython 3.11's field
// forms (a name, (name, type), (name, type, field or default)), bases, namespace and
// the dataclass options. Its types are objects, not annotation text, so ClassVar,
// InitVar and KW_ONLY are recognised as objects too.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "dataclasses.make_dataclass against CPython",
  {
    "field forms, bases, namespace, options, markers and errors": `from dataclasses import make_dataclass, field, fields, asdict, is_dataclass, KW_ONLY, InitVar
import dataclasses
from typing import ClassVar

Point = make_dataclass("Point", ["x", ("y", int), ("tags", list, field(default_factory=list))],
                       namespace={"norm1": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), asdict(p), is_dataclass(Point), Point.__name__, Point.__qualname__, Point.__module__)
print([(f.name, f.type) for f in fields(Point)])

class Base:
    def hello(self):
        return "hi from " + type(self).__name__
Item = make_dataclass("Item", [("name", str), ("price", float, 0.0), ("qty", int, field(default=1, repr=False))],
                      bases=(Base,), order=True, frozen=True)
a, b = Item("apple", 1.5), Item("pear")
print(a, b, a < b, a.hello(), hash(a) == hash(Item("apple", 1.5, 1)), sorted([b, a]))
try:
    a.price = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)

Cfg = make_dataclass("Cfg", [("debug", bool, False), ("_", KW_ONLY), ("level", int, 0),
                             ("scale", InitVar[int], 1), ("count", ClassVar[int], 0)],
                     namespace={"__post_init__": lambda self, scale: setattr(self, "level", self.level * scale)})
print(Cfg(True, level=2, scale=5), [f.name for f in fields(Cfg)], Cfg.count)
S = make_dataclass("S", ["a", "b"], slots=True)
print(S(1, 2), S.__slots__, S.__match_args__)
for bad in [["a", "a"], ["class"], [("a", int, 1, 2)], ["not valid"], [("x", int), "y"]]:
    try:
        make_dataclass("Q", bad)
    except TypeError as e:
        print("TypeError:", e)
`,
  },
  [
    ["from dataclasses import make_dataclass\nmake_dataclass('Q', [3])", "TypeError: object of type 'int' has no len()"],
    ["from dataclasses import make_dataclass\nP = make_dataclass('P', ['x', ('y', int)])\nP(1)", "TypeError: P.__init__() missing 1 required positional argument: 'y'"],
  ],
);
