// sorted()/list.sort() take three-way comparisons for keys whose order is known
// (numbers other than NaN, strings, tuples of these) and the generic `<` for the rest
// (vm/sorting.ts); min()/max() and sum() loop over a list's items directly; compiled
// comparisons of two strings are made in place. Every one must give CPython's results,
// stability, and errors.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "sorting, min/max and sum fast paths against CPython",
  {
    "numbers: ints, floats, bools mixed, stable, reversed": `xs = [5, 3.0, 3, True, 1, 1.0, -2, 0, False, 0.0, 2.5, -0.0, 10**3]
print(sorted(xs))
print(sorted(xs, reverse=True))
print([type(v).__name__ for v in sorted(xs)])
print([type(v).__name__ for v in sorted(xs, reverse=True)])
ints = [(i * 7919) % 101 - 50 for i in range(101)]
print(sorted(ints) == list(range(-50, 51)), sorted(ints, reverse=True)[:5])
big = [10**20, -10**20, 3, 2**40, -1]
print(sorted(big), max(big), min(big))
inf = float("inf")
print(sorted([inf, -inf, 1.5, 0, -inf]))
`,
    "NaN keeps CPython's order": `nan = float("nan")
print(sorted([3, nan, 1, 2]))
print(sorted([nan, 3, 1, nan, 2, 0.5]))
print(max([1, nan, 3]), min([nan, 1, 3]), max(nan, 1), min(1, nan))
`,
    "strings in code-point order, astral characters after the BMP": `words = ["pear", "Apple", "apple", "banana", "", "b", "\\uffff", "\\U0001f600", "\\ue000", "zz", "a\\U0001f600", "a\\uffff"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(ascii(min(words)), ascii(max(words)))
print("\\U0001f600" > "\\uffff", "\\ue000" < "\\U0001f600", "abc" < "abd", "b" >= "abc", "x" == "x", "x" != "y")
`,
    "tuples and records with keys": `people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
rows = [(1, "b", 2.5), (1, "a", 3), (0, "z", 1), (1, "a", 2.0)]
rows.sort()
print(rows)
print(sorted([(1, 2), (1,), (), (0, 5, 5)]))
`,
    "generic order: classes with __lt__, lists, key calls counted": `import functools
class V:
    calls = 0
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        V.calls += 1
        return self.x < other.x
    def __repr__(self):
        return f"V({self.x})"
vs = [V(3), V(1), V(2), V(1)]
print(sorted(vs), V.calls > 0)
print(sorted([[2, 1], [1, 5], [1, 2, 3]]))
seen = []
def key(v):
    seen.append(v)
    return -v
print(sorted([3, 1, 2], key=key), seen)
@functools.total_ordering
class W:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return "W%d" % self.x
print(max([W(2), W(5), W(1)]), min(W(4), W(3)))
`,
    "sum and min/max over lists": `fs = [0.1] * 10 + [1, 2, 3]
print(sum(fs), sum([1, 2, 3]), sum([2**62, 2**62, 5]), sum([1, 2.5, True]), sum([], 7))
print(sum([[1], [2, 3]], []), sum([0.5, 10**30]), sum([1.5, 2**70]))
class M:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return M(o + self.v)
    def __add__(self, o): return M(self.v + (o.v if isinstance(o, M) else o))
print(sum([M(1), M(2)]).v, sum([1, M(2), 3]).v)
it = iter([1, 2, 3, 4])
print(next(it), sum(it), list(it))
xs = [4, 9, 1, 9, 1]
print(min(xs), max(xs), min(xs, default=0), max([], default="none"), min(3, 8), max(3, 8), min(2.5, 2), max(-1, -1.0))
print(max(["b", "abc", "z"]), min(["b", "abc", "z"], key=len), max([1, 2.5, True]))
`,
  },
  [
    ["print(sorted([3, 'a', 1]))\n", "TypeError: '<' not supported between instances of 'str' and 'int'"],
    ["print(sorted([(1, 'a'), (1, 2)]))\n", "TypeError: '<' not supported between instances of 'int' and 'str'"],
    ["print(sorted(['b', 2], reverse=True))\n", "TypeError: '<' not supported between instances of 'str' and 'int'"],
    ["print(sorted([(1, 'x'), (2, 3), (1, 2)], reverse=True))\n", "TypeError: '<' not supported between instances of 'str' and 'int'"],
    ["print(max([1, 'x']))\n", "TypeError: '>' not supported between instances of 'str' and 'int'"],
    ["print(sum(['a', 'b']))\n", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
  ],
);
