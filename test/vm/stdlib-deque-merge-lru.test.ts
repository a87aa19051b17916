// Library behaviours a probe of user programs found different from CPython:
// deque repetition and ordering, heapq.merge lazy (CPython's generator: one item at a
// time, unsorted and endless inputs), lru_cache's typed=True and cache_parameters(),
// argparse's Namespace being its __dict__ (vars(args) holds only the arguments), and
// `<`/`<=` of dict keys/items views (as sets) and of Counters (multiset inclusion).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "deque, heapq.merge, lru_cache and argparse.Namespace against CPython",
  {
    "deque * n, n * deque, *=, comparisons": `from collections import deque
d = deque([1, 2])
print(d * 2, 2 * d, d * 0, d * -1)
d *= 3
print(d, len(d))
m = deque([1, 2, 3], maxlen=4)
print(m * 2)
m *= 2
print(m)
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque([1]) <= deque([1]), deque([3]) > deque([3, 0]))
`,
    "heapq.merge is lazy and merges as CPython's": `import heapq, itertools
print(list(heapq.merge([5, 4], [3, 6])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 6)))
print(list(heapq.merge([6, 4, 2], [5, 3, 1], reverse=True)))
print(list(heapq.merge([2, 4, 6], [1, 3, 5], reverse=True)))
print(list(heapq.merge([(3, 'a'), (5, 'c')], [(3, 'b'), (4, 'd')], key=lambda t: t[0])))
print(list(heapq.merge([(3, 'a')], [(3, 'b')], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge(['apple', 'fig'], ['Banana', 'date'], key=str.lower)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
def gen(n):
    for i in range(n):
        yield i * 3
print(list(heapq.merge(gen(4), range(1, 12, 4))))
m = heapq.merge([1], [2])
print(type(m).__name__ in ('generator', 'MergeIterator'), next(m), list(m))
`,
    "lru_cache typed, keys and cache_parameters": `from functools import lru_cache, cache
@lru_cache(typed=True)
def f(x):
    return type(x).__name__
print(f(1), f(1.0), f(True), f.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info(), fib.cache_parameters())
@cache
def g(a, b=2):
    return a * b
print(g(3), g(3, b=2), g(3, 2), g.cache_info(), g.cache_parameters())
@lru_cache(maxsize=2)
def h(x):
    print("compute", x)
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    h(v)
print(h.cache_info(), h.cache_parameters())
@lru_cache
def k(x):
    return x
print(k(1), k(1.0), k("s"), k.cache_info())
`,
    "dict keys/items views and Counters compare as sets and multisets": `from collections import Counter
a = {"a": 1}; b = {"a": 1, "b": 2}
print(a.keys() < b.keys(), a.items() <= b.items(), b.keys() > a.keys(), a.keys() >= {"a"}, {"a", "b"} > a.keys(), a.keys() < a.keys())
print(a.items() < b.items(), {("a", 1)} <= a.items(), b.keys() <= {"a"})
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter("abc") > Counter("ab"), Counter(a=1) == Counter(a=1, b=0))
try:
    print(a.keys() < [1])
except TypeError as e:
    print(e)
try:
    print(a.values() < b.values())
except TypeError as e:
    print(e)
try:
    print(Counter(a=1) < {"a": 2})
except TypeError as e:
    print(e)
`,
    "argparse Namespace": `import argparse
p = argparse.ArgumentParser(prog="rep")
p.add_argument("--x", default=1, type=int)
p.add_argument("name", nargs="?", default="anon")
p.add_argument("--dry-run", action="store_true")
a = p.parse_args(["--x", "5", "bob"])
print(vars(a), a)
print("x" in a, "y" in a, a == argparse.Namespace(x=5, name="bob", dry_run=False))
ns = argparse.Namespace(a=1, b=[2])
ns.c = 3
del ns.a
print(ns, vars(ns), sorted(vars(ns)))
`,
  },
  [
    ["import heapq\nm = heapq.merge(1, [2])\nnext(m)\n", "TypeError: 'int' object is not iterable"],
    ["from collections import deque\nprint(deque([1]) * 'a')\n", "TypeError: can't multiply sequence by non-int of type 'str'"],
  ],
);
