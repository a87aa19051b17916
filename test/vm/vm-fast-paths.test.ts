// The runtime's fast paths (issue 9, interpreter speed) must give exactly the slow
// paths' results: sum() with an unboxed float total (vm/summation.ts), calls that
// bind defaults in place and reuse the previous callee's frame (vm/core.ts), zip and
// enumerate reading list iterators directly (vm/tupleIterators.ts), list slices
// with int bounds (ops.getSlice). Programs are compared with CPython 3.11; the
// float32 cases with the generic rule computed here. Run with EPYTHON_BASELINE_HOT=1
// and =0 to cover the compiled and the interpreted callers.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("fast paths: same output as CPython 3.11", {
  "sum: ints, floats, mixed, start values, overflow to big ints": `
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 0.5, 2, 0.25]), sum([2147483647, 1, 2]))
print(sum([1.5, 2**40, 3]), sum([1.0, 2.0]), sum([0.5, 0.5]), sum([0.5, True, 2]))
print(sum([], 0.5), sum([1, 2], 0.5), sum([1e308, 1e308, -1e308]), sum([1.5, 2.5], 1))
print(sum([-0.0]), sum([-0.0], -0.0), sum([0.0, -0.0]), sum([3, -3.0]), sum(range(10), 0.5))
print(sum(x * 0.1 for x in range(100)), sum([1, 2**70, 0.5]), sum([float('inf'), -float('inf')]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
class A:
    def __radd__(self, o):
        return ("radd", o)
print(sum([0.5, 1.5, A()]), sum([1, 2, A()]))
`,
  "calls: defaults bound in place, frames reused across calls, errors and recursion": `
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)
print(f(1), f(1, 5), f(1, 5, []), f(1))
def g(a, b=10):
    return a + b
print(sum(g(i) for i in range(5)), [g(i, 1) for i in range(3)], [g(i) for i in range(3)])
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(300), rec(3), rec(0))
def k(a, b=1, *args):
    return a, b, args
def kw(a, b=1, *, c=5):
    return a, b, c
print(k(1), k(1, 2), k(1, 2, 3), kw(1), kw(1, 2), kw(1, c=2))
def closure(a, b=3):
    def inner():
        return a + b
    return inner()
print([closure(i) for i in range(3)], closure(1, 1))
def boom(x):
    if x == 2:
        raise ValueError(x)
    return x * 10
out = []
for i in range(5):
    try:
        out.append(boom(i))
    except ValueError as e:
        out.append(("caught", e.args[0]))
print(out)
def gen(n, step=2):
    for i in range(0, n, step):
        yield g(i)
print(list(gen(7)), sum(gen(7, 3)), [x for x in gen(5)])
class C:
    def __init__(self, x, y=4):
        self.v = x + y
    def m(self, z=1):
        return self.v + z
print([C(i).m() for i in range(3)], C(1, 1).m(2))
print(sorted([3, 1, 2], key=lambda v, w=1: -v * w))
`,
  "zip and enumerate over lists, tuples, shared iterators and other iterables": `
a = [1, 2, 3, 4]; b = (5.5, 6.5, 7.5); s = "xyz"
print(list(zip(a, b)), list(zip(a, s)), list(zip(a, b, s, a)), list(zip()), list(zip(a)))
print([x * y for x, y in zip(a, b)], sum(x * y for x, y in zip(a, b)))
it = iter(a)
print(list(zip(it, it)))
it = iter(a)
print(list(zip(it, b)), list(it))
print(list(enumerate(b, 10)), [(i, c) for i, c in enumerate(s)], list(enumerate(iter(a))))
grow = [1]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v + 1)
print(grow)
`,
  "slices of lists and tuples with int and None bounds": `
a = list(range(10)); t = tuple(a)
for lo in [None, -12, -3, -1, 0, 2, 9, 10, 15]:
    print([(a[lo:hi], t[lo:hi]) for hi in [None, -12, -3, 0, 3, 10, 20]])
print(a[True:], [][1:], ()[:-1], a[:] is a, t[:] == t)
b = a[1:]
b.append(1)
print(len(a), len(b))
`,
  "range() arguments": `
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), range(True, 5), range(-5, 5, 2)[1:])
for bad in (1.5, "3"):
    try:
        range(bad)
    except TypeError as e:
        print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
`,
}, [
  ["sum([0.5, 'x'])\n", "TypeError: unsupported operand type(s) for +: 'float' and 'str'"],
  ["sum([1, 2], 'a')\n", "TypeError: sum() can't sum strings [use ''.join(seq) instead]"],
  ["def g(a, b=10):\n    return a + b\ng()\n", "TypeError: g() missing 1 required positional argument: 'a'"],
  ["def g(a, b=10):\n    return a + b\ng(1, 2, 3)\n", "TypeError: g() takes from 1 to 2 positional arguments but 3 were given"],
]);

describe("fast paths at the core's float32 precision", () => {
  it("sum() of floats rounds every step to float32, as the generic + does", () => {
    // The expected total, step by step with the generic rule (float32 rounding after each +).
    const xs = [0.1, 0.2, 0.30000001192092896, 1e-8, 3, 0.7];
    let t = 0;
    for (const x of xs) t = Math.fround(t + Math.fround(x));
    const src = `xs = [0.1, 0.2, 0.3, 1e-8, 3, 0.7]\nprint(sum(xs) == ${t.toPrecision(17)}, sum(x for x in xs) == ${t.toPrecision(17)})\n`;
    expect(output(src)).toBe("True True\n");
  });
});

describe("frame reuse keeps memory accounting exact", () => {
  it("frames are charged and released per call: recursion reaches the same depth before and after many calls", () => {
    // Recursion until memory runs out, three times, with 500 calls between: the depth
    // may drop by one frame after the first time (one-time allocations such as the
    // first RecursionError's), then must stay put — a frame not released per call
    // would lower it every round.
    const src = [
      "depth = 0",
      "def r(n):",
      "    global depth",
      "    depth = n",
      "    r(n + 1)",
      "def d(n):",
      "    return 0 if n == 0 else 1 + d(n - 1)",
      "ds = []",
      "for k in range(3):",
      "    try:",
      "        r(0)",
      "    except RecursionError:",
      "        pass",
      "    ds.append(depth)",
      "    for i in range(500):",
      "        d(3)",
      "print(ds[1] == ds[2], 0 <= ds[0] - ds[1] <= 1, ds[0] > 10, d(5))",
    ].join("\n") + "\n";
    expect(output(src, { strictMemory: true })).toBe("True True True 5\n");
  });
});
