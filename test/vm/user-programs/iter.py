import itertools as it
import functools
import operator
from operator import itemgetter, attrgetter, methodcaller

data = [("alice", "eng", 120), ("bob", "ops", 90), ("carol", "eng", 150), ("dave", "ops", 80), ("eve", "hr", 70)]
by_dept = sorted(data, key=itemgetter(1))
for dept, grp in it.groupby(by_dept, key=itemgetter(1)):
    rows = list(grp)
    print(dept, [r[0] for r in rows], sum(map(itemgetter(2), rows)))
print(list(it.combinations("ABCD", 2)))
print(list(it.permutations(range(3), 2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.combinations_with_replacement([1, 2, 3], 2)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat(0, 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(1, 6), operator.mul, initial=1)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.chain("ab", [1, 2], (3,))))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda x, y: x * y, [1, 2, 3, 4], 10))
print(operator.neg(5), operator.itemgetter(0, 2)("xyz"), operator.contains([1, 2], 2))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"P({self.name}, {self.age})"
people = [P("x", 30), P("y", 20), P("z", 25)]
print(sorted(people, key=attrgetter("age")), max(people, key=attrgetter("age")))
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(methodcaller("split", ","), ["a,b", "c"])))
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), Money(1) <= Money(1), Money(2) >= Money(3), Money(5) > Money(4))
print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(5))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Stats:
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def mean(self):
        print("computing mean")
        return sum(self.xs) / len(self.xs)
s = Stats([1, 2, 3, 4])
print(s.mean, s.mean)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
counts = {k: len(list(g)) for k, g in it.groupby("aaabbcaa")}
print(counts, ["".join(g) for _, g in it.groupby("aaabbcaa")])
print(list(it.count(10, 5))[:0] if False else list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(range(100), 5, 20, 4)))
