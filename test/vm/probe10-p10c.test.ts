// Found by a user-program probe (probe10, algorithms and numerics): differences from
// CPython 3.11 in math.erf/erfc and math.ldexp, random's float arguments, argument
// errors and choices, statistics.harmonic_mean's zeros, heapq's max-heap helpers and
// argument errors, bisect's hi=-1, and the source line under a warning.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity(
  "probe10: math.erf and math.erfc are glibc's",
  {
    "erf and erfc over a grid, the range bounds and the special values": `import math
for i in range(-400, 401):
    x = i / 37
    print(repr(math.erf(x)), repr(math.erfc(x)))
for x in [1e-300, 5e-324, -1e-20, 0.84375, 1.25, 2.857142857142857, 6.0, 27.5, 28.0, -28.0, math.inf, -math.inf]:
    print(x, math.erf(x), math.erfc(x))
print(math.isnan(math.erf(math.nan)), math.isnan(math.erfc(math.nan)), math.copysign(1, math.erf(-0.0)))
`,
    "the normal distribution's cdf through erf": `from statistics import NormalDist
import math
nd = NormalDist(100, 15)
print([nd.cdf(x) for x in (55, 70, 85, 100, 115, 130, 145)])
print(0.5 * (1 + math.erf(1.96 / math.sqrt(2))), math.erf(1), math.erfc(1), math.erf(0.5))
`,
  },
  [],
);

describeCPythonParity(
  "probe10: random.randrange with float arguments",
  {
    "integral floats draw as their ints (seeded)": `import random, warnings
warnings.simplefilter("ignore")
random.seed(1)
print(random.randrange(10.0), random.randint(1.0, 6.0), random.randint(2, 5.0), random.randrange(2, 20.0, 3.0))
r = random.Random(4)
print(r.randrange(100.0), r.randint(0, 1e10), r.randrange(2**70 + 0.0))
for bad in [lambda: random.randrange(1.5), lambda: random.randrange(0, 2.5), lambda: random.randrange(0, 10, 0.5),
            lambda: random.randint(1.5, 3), lambda: random.randint(1, 3.5), lambda: random.randrange(float("nan")),
            lambda: random.randrange(float("inf")), lambda: random.randrange("5"), lambda: random.randrange(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
`,
    "the warning goes through the warnings module's filters": `import random, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    random.randrange(3.0)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    random.randrange(4.0)
except DeprecationWarning as e:
    print("raised", e)
`,
  },
  [
    ["import random\nrandom.randrange(7.5)", "ValueError: non-integer arg 1 for randrange()"],
    ["import random\nrandom.randint(1, 2.5)", "ValueError: non-integer stop for randrange()"],
  ],
);

describeCPythonParity(
  "probe10: random's argument errors are its Python methods' (Random.randint() ...)",
  {
    "missing, extra and unexpected arguments": `import random
def t(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
t(lambda: random.random(1))
t(lambda: random.random(x=1))
t(lambda: random.getrandbits())
t(lambda: random.choice())
t(lambda: random.choice([1], 2))
t(lambda: random.shuffle([1], 2, 3))
t(lambda: random.randint(1, 2, 3))
t(lambda: random.randint(a=1, c=2))
t(lambda: random.randint(1, a=2))
t(lambda: random.randint())
t(lambda: random.choices([1], [1], [1]))
t(lambda: random.choices([1], [1], [1], k=2))
t(lambda: random.sample([1], 1, [1]))
t(lambda: random.sample([1]))
t(lambda: random.Random().randint(1))
t(lambda: random.seed(1, 2, 3, 4))
t(lambda: random.expovariate())
t(lambda: random.triangular(1, 2, 3, 4))
t(lambda: random.gauss(1, 2, sigma=3))
t(lambda: random.Random(1, 2))
t(lambda: random.Random(y=5))
t(lambda: random.getstate(1))
t(lambda: random.setstate())
`,
    "choices: empty populations and weights, an int weights, non-number weights": `import random
random.seed(8)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for pop in [[], (), "", range(0)]:
    t(lambda: random.choices(pop, k=2))
t(lambda: random.choices([], k=0))
t(lambda: random.choices([], weights=[], k=2))
t(lambda: random.choices([], cum_weights=[]))
t(lambda: random.choices([1, 2, 3], 3))
t(lambda: random.choices([1, 2], [1, "a"]))
t(lambda: random.choices([1, 2], [1, float("nan")]))
t(lambda: random.choices([1, 2], [1, float("inf")]))
t(lambda: random.choices("ab", [1, 3], k=5))
`,
  },
  [],
);

describeCPythonParity(
  "probe10: statistics, math.ldexp, heapq and bisect details",
  {
    "harmonic_mean: a zero value gives 0, a zero weight skips its value": `import statistics as st
for d, w in [([0, 5], None), ([2, 0, 4], [1, 0, 1]), ([2, 0, 4], [1, 1, 1]), ([40, 60], [3, 1]), ([1.5, 2.5, 0.0], None)]:
    print(st.harmonic_mean(d, w))
for d, w in [([3, 4], [0, 0]), ([1, 2], [-1, 2])]:
    try:
        st.harmonic_mean(d, w)
    except st.StatisticsError as e:
        print(e)
`,
    "ldexp with a big int exponent": `import math
for x, e in [(1.0, -10**20), (0.0, 10**20), (-2.5, -10**30), (math.inf, 10**20), (-0.0, 2**70)]:
    print(math.ldexp(x, e))
`,
    "the max-heap helpers of heapq": `import heapq, random
rng = random.Random(3)
for trial in range(3):
    a = [rng.randint(0, 50) for _ in range(rng.randint(0, 30))]
    h = a[:]
    heapq._heapify_max(h)
    print(h)
    out = []
    while h:
        out.append(heapq._heappop_max(h))
    print(out == sorted(a, reverse=True), out[:5])
h = [5, 3, 4]
print(heapq._heapreplace_max(h, 1), h)
h = [(2, "b"), (9, "a"), (9, "c"), (1, "z")]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h))
`,
    "heapq's argument errors": `import heapq
for f, a in [(heapq.heappop, ()), (heapq.heappush, (1,)), (heapq.heapreplace, ()), (heapq.heappushpop, ([],)),
             (heapq.heapify, ([], 1)), (heapq._heappop_max, ()), (heapq._heapreplace_max, (1,))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
for f in [heapq.heappop, heapq.heappush, heapq.heapify, heapq._heapify_max]:
    try:
        f(x=1)
    except TypeError as e:
        print(e)
`,
    "bisect's hi=-1 is len(a)": `import bisect
a = [1, 2, 3, 4]
print(bisect.bisect(a, 2, hi=-1), bisect.bisect_left(a, 3, 0, -1), bisect.bisect(a, 2, hi=-2), bisect.bisect_left(a, 9, 1, -5))
b = a[:]
bisect.insort(b, 0, hi=-1)
bisect.insort_left(b, 5, 0, -1)
bisect.insort(b, 7, hi=-3)
print(b)
`,
  },
  [
    ["import math\nmath.ldexp(1.0, 10**20)", "OverflowError: math range error"],
    ["import heapq\nheapq._heappop_max([])", "IndexError: index out of range"],
    ["import random\nrandom.choices([])", "IndexError: list index out of range"],
    ["import random\nrandom.randint(10)", "TypeError: Random.randint() missing 1 required positional argument: 'b'"],
  ],
);

describeCPythonParity(
  "probe10: random.Random and SystemRandom are classes",
  {
    "isinstance, subclasses, an __init__ of their own, SystemRandom": `import random
r = random.Random(5)
print(isinstance(r, random.Random), type(r).__name__, type(r) is random.Random, random.Random.__name__, random.Random.__module__)
print(r.random(), r.randint(1, 10), r.choice("abc"), r.sample(range(10), 3), r.gauss(0, 1))
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(42)
print([d.roll() for _ in range(5)], d.random(), isinstance(d, random.Random), Dice.__mro__[1].__name__)
class Seeded(random.Random):
    def __init__(self, name):
        super().__init__(len(name))
        self.name = name
s = Seeded("abcd")
print(s.name, s.random() == random.Random(4).random())
class NoInit(random.Random):
    def __init__(self):
        self.x = 1
n = NoInit()
print(0 <= n.random() < 1, n.x)
sr = random.SystemRandom()
print(isinstance(sr, random.Random), type(sr).__name__, 0 <= sr.random() < 1, sr.seed(5))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random(), str(type(r)), random.Random)
`,
  },
  [],
);

describeCPythonParity(
  "probe10: format() of complex numbers",
  {
    "z, signs and a precision without a type (repr's form), 'n', errors": `specs = ["", ".0", ".3", "+.2", " .1", "<15.2", "^18", "*>16.3g", "e", ".2E", "G", "+g", "#g", "#.3", ",.1f", "_.2f", "10",
         "-^20.4f", "n", ".2n", "z.0f", "+z", "+", " ", "-", " z", "z", "z.1f", "z.2e"]
vals = [complex(1.5, -2.25), complex(0, 1e20), complex(-0.0, 3), complex(1e-7, -1e16), complex(12345.678, 0),
        complex(float("inf"), float("nan")), complex(-2, -0.0), 1j, complex(-0.0, -0.0), complex(-1e-9, -0.0)]
for v in vals:
    print(" | ".join(format(v, s) for s in specs))
for spec in [">20z.0f", "d", "%", ".2%", "=10.1f", "010.1f", "0>9", "zz", "c"]:
    try:
        print(repr(format(1.5 - 2j, spec)))
    except ValueError as e:
        print("ValueError:", e)
`,
  },
  [],
);

describeCPythonParity(
  "probe10: printf-style formatting's odd specifiers",
  {
    "%5% is a conversion, a keyed '*' takes the key's value": `def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "%z" % 1)
t(lambda: "%z" % ())
t(lambda: "%5%" % ())
t(lambda: "%5%" % (1,))
t(lambda: "a%%b%%" % ())
t(lambda: "%(x)*d" % {"x": 1})
t(lambda: "%(x)d %(y)s" % {"x": 1, "y": "b"})
t(lambda: "%(x).*f" % {"x": 2})
t(lambda: b"%5%" % ())
t(lambda: b"%z" % (1,))
t(lambda: "%*.*f|%-*s|" % (8, 2, 3.14159, 5, "ab"))
t(lambda: "%(a)s %%" % {"a": 1})
`,
  },
  [],
);

describeCPythonParity(
  "probe10: lru_cache's fast key keeps _make_key's keys",
  { "bounded, typed, maxsize=0, *args/**kwargs, methods, recursion": `import functools
@functools.lru_cache(maxsize=3)
def sq(x, y=1):
    return x * x * y
for v in [1, 2, 3, 1, 4, 2, 5, 1, "a" if False else 6]:
    sq(v)
sq(2, y=3); sq(2, y=3); sq(x=2, y=3); sq(2, 3)
print(sq.cache_info(), sq.cache_parameters())
@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t("s"), t(1), t.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@functools.cache
def f(*a, **k):
    return (a, sorted(k.items()))
print(f(), f(), f(1, 2), f(1, b=2), f(1, b=2), f((1,)), f.cache_info())
class C:
    @functools.lru_cache
    def m(self, x):
        return x * 2
c = C()
print(c.m(3), c.m(3), C.m.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
` },
  [],
);

describe("probe10: warnings quote the program's source line (CPython's linecache)", () => {
  it("formatwarning adds the line of the program under the message", () => {
    const src = `import warnings
got = []
warnings.showwarning = lambda m, c, f, n, file=None, line=None: got.append(warnings.formatwarning(m, c, f, n, line))
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, 2)
old()
print(got[0].split(": ", 1)[1], end="")
`;
    expect(runSource(src, { float64: true, sources: true }).out).toBe("DeprecationWarning: old() is deprecated\n  old()\n");
  });
  it("randrange's warning without the warnings module: CPython's default display, once per line", () => {
    const src = `import random
def pick(n):
    return random.randrange(n)
for i in range(3):
    pick(5.0)
print("done")
`;
    const r = runSource(src, { float64: true, sources: true });
    expect(r.out).toBe("main.py:3: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version\n  return random.randrange(n)\ndone\n");
  });
});
