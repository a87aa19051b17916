import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("operator and functools (against CPython 3.11)", () => {
  it("operator: functions, itemgetter, attrgetter, methodcaller, errors", () => {
    expectSameAsCPython(`import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(2, 3), op.sub(2, 5), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(4), op.pos(-1), op.abs(-3.5))
print(op.lt(1, 2), op.le(2, 2), op.eq([1], [1]), op.ne(1, 1), op.gt('b', 'a'), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 2), op.invert(5), op.contains([1, 2], 2), op.getitem('abc', 1), op.concat([1], [2]), op.index(True), op.countOf([1, 2, 1], 1))
xs = [1, 2, 3]; op.setitem(xs, 0, 9); op.delitem(xs, 1); print(xs)
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None)) if False else itemgetter(-1)('hello'))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self
    def greet(self, other, punct='!'):
        return 'hi ' + other + punct
ps = [P('bo', 30), P('al', 25)]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]), attrgetter('me.me.name')(ps[1]))
print(methodcaller('greet', 'you')(ps[0]), methodcaller('greet', 'you', punct='?')(ps[0]), methodcaller('upper')('abc'))
print(itemgetter(1), attrgetter('a', 'b'), methodcaller('f', 1, k=2), callable(itemgetter(0)))
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.neg, [1, -2])))
for bad in [lambda: op.add(1, 'a'), lambda: itemgetter(5)([1]), lambda: attrgetter('zz')(ps[0]), lambda: op.concat(1, 2), lambda: op.lt(1, 'a')]:
    try: bad()
    except (TypeError, IndexError, AttributeError) as e: print(type(e).__name__, e)
`);
  });

  it("functools: reduce, partial, lru_cache/cache, wraps, cmp_to_key, total_ordering", () => {
    expectSameAsCPython(`from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def f(a, b, c=3):
    return a * 100 + b * 10 + c
p = partial(f, 1, c=5)
print(p(2), p(2, c=9), p.args, p.keywords, p.func is f, partial(p, 4)(), callable(p))
int2 = partial(int, base=2); print(int2('1010'))
calls = [0]
@lru_cache(maxsize=None)
def fib(n):
    calls[0] += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80) if False else fib(40), calls[0])
@lru_cache
def sq(x):
    calls[0] += 1
    return x * x
calls[0] = 0
print([sq(i % 3) for i in range(9)], calls[0])
@lru_cache(maxsize=2)
def ident(x):
    calls[0] += 1
    return x
calls[0] = 0
for x in [1, 2, 1, 3, 1, 2]:
    ident(x)
print(calls[0])
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(12))
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a) + 1
    return inner
@deco
def g(x):
    return x
print(g(1))
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) >= V(2), V(2) > V(1), V(1) <= V(1), V(3) > V(3), sorted([V(3), V(1)])[0].v)
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(2) <= W(1), W(1) > W(1))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(e)
`);
  });
});

describe("functools on the device", () => {
  it("a memoised recursion runs in the interpreter loop: deep recursion is bounded by memory, not the host stack", () => {
    expect(output(`
from functools import lru_cache
@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(150))
`, { profile: "host" })).toBe("150\n");
  });

  it("partial objects print as CPython's and are traced by the collector", () => {
    expect(output(`
from functools import partial
import memory
ps = [partial(max, i) for i in range(3)]
memory.gc()
print(ps[2](1), repr(partial(max, 1, 2)))
`)).toBe("2 functools.partial(<built-in function max>, 1, 2)\n");
  });
});
