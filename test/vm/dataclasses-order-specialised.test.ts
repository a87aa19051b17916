// dataclass(order=True)'s __lt__/__le__/__gt__/__ge__ are specialised from one template
// per field count (dataclassesSource.ts `_order_n`, calling operator.lt/le/gt/ge on the
// tuples of the compared fields), as CPython generates them; classes with more fields
// than the templates keep the generic method. Found by a discrete-event simulation
// (heapq of ordered dataclass events ran ~100x CPython through a generator expression
// per comparison).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "dataclass order=True against CPython",
  {
    "tuple order, compare=False fields, all four operators, names": `from dataclasses import dataclass, field
import heapq
@dataclass(order=True)
class Ev:
    time: float
    seq: int
    kind: str = field(compare=False)
a, b, c = Ev(1.0, 2, "x"), Ev(1.0, 3, "a"), Ev(0.5, 9, "z")
print(a < b, a <= b, a > b, a >= b, b < a, a <= Ev(1.0, 2, "other"), a >= Ev(1.0, 2, "q"))
print(sorted([a, b, c]), min(a, b, c), max([a, b, c]))
h = []
for e in (a, b, c, Ev(0.5, 1, "first")):
    heapq.heappush(h, e)
print([heapq.heappop(h).kind for _ in range(4)])
print(Ev.__lt__.__name__, Ev.__lt__.__qualname__, Ev.__ge__.__qualname__)
print(a.__lt__(3), a.__gt__(b), Ev.__le__(a, a))
@dataclass(order=True)
class Empty:
    pass
print(Empty() < Empty(), Empty() <= Empty(), Empty() >= Empty())
@dataclass(order=True)
class Wide:
    f0: int = 0; f1: int = 0; f2: int = 0; f3: int = 0; f4: int = 0; f5: int = 0; f6: int = 0
    f7: int = 0; f8: int = 0; f9: int = 0; f10: int = 0; f11: int = 0; f12: int = 0; f13: int = 1
print(Wide() < Wide(f13=2), Wide(f0=1) > Wide(), Wide() >= Wide())
class Sub(Ev):
    pass
try:
    print(Sub(1, 2, "s") < a)
except TypeError as e:
    print("TypeError:", e)
`,
  },
  [
    ["from dataclasses import dataclass\n@dataclass(order=True)\nclass P:\n    x: int\nP(1) < 2", "TypeError: '<' not supported between instances of 'P' and 'int'"],
    ["from dataclasses import dataclass\n@dataclass(order=True)\nclass P:\n    x: object\nP(None) >= P(1)", "TypeError: '>=' not supported between instances of 'NoneType' and 'int'"],
    ["from dataclasses import dataclass\n@dataclass(order=True)\nclass P:\n    x: int\nP(1).__lt__(P(2), P(3))", "TypeError: P.__lt__() takes 2 positional arguments but 3 were given"],
  ],
);
