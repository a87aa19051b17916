// Runs small programs both on ePython (--float64) and CPython 3 and requires the
// same output. Skipped when python3 is not on the machine.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

const programs: Record<string, string> = {
  arithmetic: `
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 7 / 2, -7 / 2)
print(1 + 2 * 3 - 4, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 2 - 3)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2, 0x1F, 0b101, 0o17, 1_000_000)
print(1.5 + 2, 3 * 0.5, 1e3, 1.5e-5, 1e16, 123456789.0, 0.1 + 0.2, 1/3, -0.0, 2.0 ** 0.5)
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), round(2.5), round(3.5), round(2.675, 2))
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), float("1.5"), float(3), int(True))
print(True + True, True * 3, 1 == 1.0, 1 is 1, None is None, 3 > 2.5)
`,
  comparisons: `
a = 5
print(1 < a < 10, 1 < a > 10, a == 5 != 6, "abc" < "abd", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(0 or "x", 1 and 0, None or [], "a" and "b", not 0, not [1])
print(3 in [1, 2, 3], "bc" in "abcd", 4 not in range(4), 2 in (1, 2))
x = 10 if a > 3 else 20
print(x, "yes" if not a else "no")
`,
  strings: `
s = "Hello, World"
print(s[0], s[-1], s[1:5], s[::-1], s[::2], len(s), s * 2, s + "!")
print(s.upper(), s.lower(), s.split(", "), " x ".strip(), s.replace("l", "L"), s.find("o"), s.find("z"))
print(s.startswith("Hell"), s.endswith("d"), "-".join(["a", "b", "c"]), "a b  c".split())
print(f"{s!r} {len(s):>5} {3.14159:.2f} {42:08b} {255:x} {'left':<6}| {7:^5}|")
print("%d items at %.2f each, %s %r %5s|%-5d|" % (3, 1.5, "ok", "q", "ab", 42))
print("%x %o %e %g %%" % (255, 8, 12345.678, 0.0001))
print(ord("A"), chr(66), hex(255), bin(5), oct(8), str(12), repr("a'b"), str(1.0), str(None))
print("'single'", '"double"', """triple
quoted""", 'esc\\tape\\n'.count("\\\\"), "tab\\there")
`,
  lists: `
xs = [3, 1, 2]
xs.append(5); xs.insert(0, 9); print(xs, xs.pop(), xs.pop(0), xs)
ys = [0] * 5; ys[-1] = 7; print(ys, ys[1:3], ys[::-1])
zs = [[0] * 3 for _ in range(2)]; zs[0][1] = 4; print(zs)
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2], "xy")), sum([1, 2, 3]), min(3, 1, 2), max([4, 9, 2]))
print(any([0, 0, 1]), all([1, 1, 0]), [x * x for x in range(6) if x % 2], [(i, j) for i in range(2) for j in range(2)])
a = [1, 2, 3, 4, 5]; a[1:3] = [9]; print(a); del a[0]; print(a); a += [6]; print(a, a.index(9), a.count(4))
t = (1, 2, 3); print(t, t[1], len(t), t + (4,), (1,), ()); p, q, r = t; print(p, q, r)
for i, (u, v) in enumerate([(1, 2), (3, 4)]): print(i, u, v)
print(list(range(10, 0, -3)), list(range(0)), len(range(5, 100, 7)), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
`,
  functions: `
def g(a, b=2, *rest, key=None):
    return a, b, rest, key
print(g(1), g(1, 3), g(1, 3, 4, 5), g(1, key="k"), g(b=7, a=0))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = outer(); c(); c(5); print(c())
total = 0
def add(x):
    global total
    total += x
add(3); add(4); print(total)
sq = lambda x: x * x
print(sq(7), (lambda *a: len(a))(1, 2, 3), list(map(lambda p: p[0], [(1, 2), (3, 4)])))
def apply(fn, *args): return fn(*args)
print(apply(max, 3, 9, 4), apply(g, 1, 2, 3))
def kwonly(a, *, b, c=3): return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
def swap(a, b): return b, a
x, y = swap(1, 2); print(x, y)
adders = [lambda x, i=i: x + i for i in range(3)]
print([h(10) for h in adders])
`,
  control: `
for i in range(5):
    if i == 3:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop done", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print("unreachable")
print(n)
k = 0
while k < 3:
    k += 1
else:
    print("while else", k)
print(1, 2, 3, sep="-", end="!\\n")
assert k == 3, "k should be 3"
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), type(1) == int, type("s"))
print(bool(0), bool("x"), list("abc"), tuple([1, 2]), str([1, "a", (2,)]))
`,
  modules: `
import math
import math as m
from math import sqrt, pi, floor
print(math.sqrt(16), m.floor(2.7), sqrt(2), round(pi, 5), math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 1e308, math.log(math.e), math.hypot(3, 4))
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice([1, 2, 3]), random.randrange(0, 10, 2))
xs = list(range(10)); random.shuffle(xs); print(xs)
from random import *
seed(7); print(uniform(1, 2))
`,
  augmented: `def f(xs, a, b):
    s = 0.5
    for i in range(3):
        s += a * xs[i]
        xs[i] += b * 2
        xs[0] -= 1
        xs[i] //= 3
    t = [[1], [2]]
    t[0] += [3]
    k = 0
    k += 2147483647 - 2147483647 + a * 0
    return s, xs, t, k
print(f([10, 20, 30], 2, 3))
print(f([1.5, 2.5, 3.5], 0.25, -1))
`,
  semantics: `def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make())
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
k = counter(); k(); print(k())
xs = [[i * j for j in range(4) if j % 2 == 0] for i in range(3)]
print(xs, sum(x for row in xs for x in row))
def outer(n):
    def mid():
        def inner():
            return n * 2
        return inner()
    return mid()
print(outer(21))
a = b = c = 5
a += 1
print(a, b, c)
t = (1, [2, 3])
t[1].append(4)
print(t)
s = "abc"
print(s[::-1], s[-2:], s[:-1], s[5:], s[1:1], list(reversed(s)))
n = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        n += 1
    else:
        n += 100
print(n)
print([1, 2] * 0, [] + [], "x" * -1, 3 * "ab")
print(max("apple", "pear", key=len), min([3, 1, 2], default=0), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(zip("abc", range(10), [True, False, None])))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 // -2, 7 % -2, 2 ** 0, 0 ** 0)
print(int("0x1f", 16), int("0b101", 0), int("  12_000 "), float("-inf"), float(" 2.5e3 "))
print("%5.2f|%-6s|%06d|%+d|%x|%o|%e" % (3.14159, "ab", 42, 5, 255, 8, 1234.5))
print(f"{'x':*^9}|{123456:,}|{0.25:%}|{1e-7:g}|{12345.678:.2e}|{42:#x}|{-3:05d}")
print(repr(1.0), repr(-0.0), 1e100, 1.5e-10, 123456789012345678.0, 0.1 * 3, 2.0 ** 60)
print(round(0.5), round(1.5), round(-1.5), round(3.14159, 3))
x = 10
def g():
    global x
    x = x * 2
g(); g(); print(x)
def kw(a, b=2, *c, d, e=5):
    return (a, b, c, d, e)
print(kw(1, d=4), kw(1, 2, 3, d=4, e=6), kw(*[1, 2, 3, 4], d=0))
print(all([]), any([]), bool([]), bool([0]), not None, None == 0, [] == [], () == ())
print(isinstance(True, bool), isinstance(1, bool), type(2.0) == float, type([]) is list)
print(abs(-0.0), -0.0 == 0.0, 1 / 4, 3.0 // 2, 3.5 % 2, -3.5 % 2, 2 ** -2)
print(str(1 == 1.0), 10 / 4 * 4, 7.0 / 2 == 3.5, 0.1 + 0.7)
print(hex(-255), bin(0), oct(64), chr(9731), ord("☃"), len("☃x"))
print("a,b,,c".split(","), "  a  b ".split(), "a-b-c".split("-", 1), "x".join("abc"), ", ".join(map(str, [1, 2])))
print("Hello".center(11, "*"), "42".zfill(5), "a\\tb".expandtabs(4), "AbC".swapcase(), "hello world".title())
`,
};

describe.skipIf(!hasPython)("CPython parity (--float64)", () => {
  for (const [name, src] of Object.entries(programs)) {
    it(name, () => {
      const py = spawnSync("python3", ["-c", src], { encoding: "utf8" });
      expect(py.status, py.stderr).toBe(0);
      expect(output(src, { float64: true, profile: "host" })).toBe(py.stdout);
    });
  }
});
