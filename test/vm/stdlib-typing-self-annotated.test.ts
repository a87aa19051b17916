// typing.Self and typing.Annotated (modules/typingSource.ts): Self refuses subscripts
// and calls; Annotated[T, x] keeps T as __origin__ and the metadata as __metadata__,
// and get_type_hints strips it unless include_extras=True. Annotation text is read
// later (modules/annotations.ts): a string in Annotated[...] after the type is a value,
// not a forward reference. Classes outside builtins print with their module, as in
// CPython's typing._type_repr.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "typing.Self and typing.Annotated against CPython",
  {
    "Self and Annotated in annotations, get_origin/get_args/get_type_hints, errors": `from typing import Annotated, Self, get_type_hints, get_origin, get_args, List, Optional
import typing
from dataclasses import dataclass

Distance = Annotated[float, "metres"]
Positive = Annotated[int, "positive", "checked"]

class Vector:
    unit: Annotated[str, "label"]
    def __init__(self, x: Distance, y: Distance) -> None:
        self.x, self.y = x, y
    def scaled(self, k: float) -> Self:
        return Vector(self.x * k, self.y * k)
    @classmethod
    def origin(cls) -> Self:
        return cls(0.0, 0.0)
    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"

def area(w: Annotated[float, "m"], h: Positive = 1) -> Annotated[float, "m2"]:
    return w * h

@dataclass
class Item:
    name: str
    qty: Annotated[int, "count"] = 0

print(Vector(1.0, 2.0).scaled(3), Vector.origin(), area(2.5, 2), Item("a", 3))
print(Distance, Positive, Self, Annotated)
print(Distance.__origin__, Distance.__metadata__, get_origin(Positive) is Annotated, get_args(Positive))
print(Annotated[Annotated[int, "a"], "b"], Annotated[int, "a", "b"] == Annotated[Annotated[int, "a"], "b"])
print(Annotated[List[int], 1], Annotated[Optional[str], None], Annotated[int, "x"]("42"))
print(get_type_hints(area), get_type_hints(area, include_extras=True)["w"])
print(get_type_hints(Item), get_type_hints(Vector))
print(hash(Distance) == hash(Annotated[float, "metres"]), get_origin(Self), get_args(Self))
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: Self(), lambda: Self[int],
            lambda: isinstance(1, Self), lambda: isinstance(1, Distance)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Node:
    def add(self, child: "Annotated[Node, 'child']") -> Annotated["Node", "self"]:
        return self
print(get_type_hints(Node.add), get_type_hints(Node.add, include_extras=True))
`,
    "subscripted aliases name classes with their module": `from typing import List, Dict, Optional
import collections
class A: pass
print(List[A], Dict[str, List[collections.deque]], Optional[A])
`,
  },
  [
    ["from typing import Annotated\nAnnotated[int]", "TypeError: Annotated[...] should be used with at least two arguments (a type and an annotation)."],
    ["from typing import Self\nSelf()", "TypeError: Cannot instantiate typing.Self"],
  ],
);
