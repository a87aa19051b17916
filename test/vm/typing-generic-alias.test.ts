// A user generic class subscripted (Stack[int]) is CPython's typing._GenericAlias:
// printed with its module, equal to the same subscription, calling it makes an
// instance (with __orig_class__), as a base class it is the class, its type variables
// can be substituted, and isinstance refuses it.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("subscripted user generic classes", {
  "Stack[int] and friends": `
from typing import Generic, TypeVar, Protocol, get_origin, get_args, Dict
from dataclasses import dataclass
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self): self.items = []
    @classmethod
    def of(cls, *xs):
        s = cls()
        s.items.extend(xs)
        return s
class Pair(Generic[K, T]):
    pass
class IntStack(Stack[int]):
    pass
@dataclass(frozen=True)
class Box(Generic[T]):
    v: T
print(Stack[int], Pair[str, Dict[str, int]], Stack[T], Pair[K, int][str])
s = Stack[int]()
print(type(s).__name__, s.__orig_class__, Stack[int] == Stack[int], Stack[int] == Stack[str], hash(Stack[int]) == hash(Stack[int]))
print(IntStack.__mro__, IntStack.__orig_bases__, issubclass(IntStack, Stack))
print(Stack[int].of(1, 2).items, get_origin(Stack[int]), get_args(Pair[int, str]))
print(Box[int](3), Box(4), isinstance(s, Stack))
class P(Protocol[T]):
    def get(self) -> T: ...
print(P.__name__)
`,
}, [
  ["from typing import Generic, TypeVar\nT = TypeVar('T')\nclass S(Generic[T]): pass\nisinstance(S(), S[int])", "TypeError: Subscripted generics cannot be used with class and instance checks"],
]);
