// Found by a user-program probe (probe10, algorithms and numerics): differences from
// CPython 3.11 in math.erf/erfc, random.randrange's float arguments and the source
// line under a warning.
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
