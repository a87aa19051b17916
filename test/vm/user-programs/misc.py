import sys
from collections import namedtuple
from typing import Optional, Union, Any, Callable, TypeVar, Generic
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items})"
Emp = namedtuple("Emp", "name dept salary", defaults=[50000.0])
s: Stack[int] = Stack()
for i in range(3): s.push(i * i)
print(s, s.pop(), len(s))
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
emps = [Emp("a", "x", 10.5), Emp("b", "y"), Emp("c", "x", 99)]
print(emps[1], emps[0].salary, sorted(emps, key=lambda e: e.salary)[0].name, emps[2]._asdict())
def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]
print(apply(lambda v: v ** 2, [1, 2, 3]))
def maybe(x: Optional[int] = None) -> Union[int, str]:
    return "none" if x is None else x
print(maybe(), maybe(5))
print("a", "b", "c", sep="-", end="!\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" | continued")
print(file=sys.stdout)
print("to stderr", file=sys.stderr) if False else None
sys.stdout.write("written\n")
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
nums = [5, 3, 8, 1, 9, 2]
print(nums[::2], nums[1::2], nums[-3:], nums[:-3], nums[::-1][:2], nums[2:5:2])
nums[1:3] = [30, 31, 32]
print(nums)
del nums[::2]
print(nums)
nums[:] = []
print(nums, sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default=None), max([1, 5, 3], key=lambda x: -x))
print(sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), round(sum([0.1] * 10), 10))
print(abs(-3.5), pow(2, 0.5), divmod(7.5, 2), 7 // 2.0, 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(sorted({"b": 2, "a": 1}.items()), sorted("hello", reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(enumerate(["x", "y"], 1)), dict(enumerate("ab")), list(map(pow, [2, 3], [3, 2])))
print(all([]), any([]), bool([]), bool([0]), not None, 0 or "default", "" and "x", None is None)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2), 2 in {1: 2}.values())
print(int("42") + float("0.5"), str(42) + "!", bool("False"), list("abc"), tuple([1]), set([1, 1]))
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(len))
print(chr(65) + chr(97), ord("z") - ord("a"), hex(255), bin(5), oct(8), f"{255:08b}")
print(isinstance(True, int), 10 / 3, 10 // 3, 10 % 3, -10 % 3, 2 ** 10, 1e3, 1_000_000)
x = [1, [2, 3]]
y = x.copy()
y[1].append(4)
import copy
z = copy.deepcopy(x)
z[1].append(5)
print(x, y, z, x is y, x == y)
print(id(x) == id(x), hash("a") == hash("a"), len({1: 2}), "%.3f" % 3.14159)
