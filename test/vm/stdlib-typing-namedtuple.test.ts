// typing.NamedTuple, TypedDict and the aliases' isinstance (library module typing, src/vm/modules/typingSource.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("typing.NamedTuple and TypedDict", {
  "NamedTuple class syntax, defaults, methods, subclass, functional form; TypedDict": `from typing import NamedTuple, TypedDict, List, Optional

class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

p = Point(1, 2)
q = Point(3, label="q")
print(p, q, p.x, q.y, q.label, p._fields, p._field_defaults, p == (1, 2, None), isinstance(p, tuple))
print(p._asdict(), p._replace(y=9), Point._make([4, 5, "m"]), len(p), p[0], list(p), hash(p) == hash((1, 2, None)))
x, y, lab = q
print(x, y, lab, sorted([Point(2), Point(1, 5), Point(1, 2)]), p + (7,))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1,), {"z": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self):
        return self.name + "#" + str(self.id)
    def __str__(self):
        return "<" + self.describe() + ">"
e = Employee("ann")
print(e, repr(e), e.describe(), Employee.__name__)

class Manager(Employee):
    def title(self):
        return "mgr " + self.name
m = Manager("bob", 7)
print(m.title(), m, m._fields)

Pair = NamedTuple("Pair", [("left", int), ("right", List[int])])
print(Pair(1, [2]), Pair._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)

class Movie(TypedDict):
    name: str
    year: int
class Partial(Movie):
    rating: float
mv = Movie(name="Blade Runner", year=1982)
print(mv, type(mv).__name__, mv["year"], Movie.__total__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), sorted(Partial.__required_keys__), Partial.__total__)
print(Partial(name="x", year=1, rating=2.5))
`,
  "typing aliases of the collection types answer isinstance/issubclass": `import typing
from typing import Iterable, Iterator, Sequence, Mapping, MutableMapping, List, Dict, Tuple, Callable, Hashable, Sized, AbstractSet, Deque, Counter, Any, Optional
def gen():
    yield 1
class Bag:
    def __len__(self):
        return 0
for v in [[1], (1,), {1: 2}, {1}, "s", 3, gen(), len, Bag()]:
    print(type(v).__name__, [isinstance(v, t) for t in (Iterable, Iterator, Sequence, Mapping, MutableMapping, List, Dict, Tuple, Callable, Hashable, Sized, AbstractSet)])
print(issubclass(list, Sequence), issubclass(dict, typing.Mapping), issubclass(Bag, Sized), issubclass(int, Iterable), isinstance([], (int, List)))
import collections
print(isinstance(collections.deque(), Deque), isinstance(collections.Counter(), Counter), isinstance({}, Counter))
print(isinstance(1, Optional[int]), isinstance(None, Optional[str]), isinstance("s", typing.Union[int, str]), isinstance(2.5, typing.Union[int, str]))
for bad in [List[int], Any]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print(e)
print(typing.Iterable, List[int], Mapping[str, int])
`,
}, [
  ["from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\nP(1)._make([1, 2])", "TypeError: Expected 1 arguments, got 2"],
  ["from typing import NamedTuple\nclass P(NamedTuple):\n    _x: int", "ValueError: Field names cannot start with an underscore: '_x'"],
]);
