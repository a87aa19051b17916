// math.exp, math.log, math.sin and math.cos are correctly rounded (src/vm/libm.ts),
// as glibc's are for all but ~0.1% of arguments: V8's Math functions were one ulp off
// CPython's for 3-10% of them, so printed results (a Simpson sum of math.sin,
// random.gauss) showed digits CPython does not print. The seeded arguments below are
// ones where glibc itself rounds correctly (on a machine whose glibc misrounds one of
// them differently, compare with mpmath first); the special values check the ranges
// handed to Math's functions and the reductions' edges.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "correctly rounded exp/log/sin/cos against CPython (glibc)",
  {
    "seeded arguments over the usual ranges": `import math, random
random.seed(11)
for name, lo, hi in [("exp", -20, 20), ("exp", -700, 700), ("log", 1e-3, 1e3), ("sin", -7, 7), ("cos", -7, 7), ("sin", -1e5, 1e5), ("cos", -100, 100)]:
    f = getattr(math, name)
    print(name, " ".join(repr(f(random.uniform(lo, hi))) for _ in range(150)))
print(" ".join(repr(math.log(math.ldexp(random.random() + 0.5, random.randint(-1070, 1020)))) for _ in range(150)))
`,
    // Seed 7: seeds 5 and 6 draw one of glibc's misrounded logs (ours is the correctly
    // rounded one, checked with mpmath).
    "arguments near the reductions' boundaries (fast and full paths)": `import math, random
random.seed(7)
print(" ".join(repr(math.sin(n * math.pi / 2 + random.uniform(-1e-6, 1e-6))) for n in (random.randint(-600000, 600000) for _ in range(60))))
print(" ".join(repr(math.cos(j / 64 + random.uniform(-2**-10, 2**-10))) for j in (random.randint(-50, 50) for _ in range(60))))
print(" ".join(repr(math.log((j / 64) * (1 + random.uniform(-1e-12, 1e-12)))) for j in (random.randint(45, 91) for _ in range(60))))
print(" ".join(repr(math.exp(k * math.log(2) / 32 + random.uniform(-1e-12, 1e-12))) for k in (random.randint(-32000, 32000) for _ in range(60))))
`,
    "edges: overflow, subnormals, powers of two, quadrants, signed zeros": `import math
for x in [0.0, -0.0, 1e-300, -1e-300, 1e-8, 0.5, 1.0, -1.0, 2.0, 10.0, 100.0, 708.39, -708.39, -708.4, -745.0, -745.2, 709.78, 709.782712893384, -1e10, -math.inf, math.nan]:
    print(repr(math.exp(x)), end=" ")
print()
for x in [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 1.0, 2.0, 2.0**-1022, 2.0**1023, 1.7976931348623157e308, math.e, 10.0, 1 + 2**-52, 1 - 2**-53, 0.7031, 1.40625, 1.4063, math.inf, math.nan]:
    print(repr(math.log(x)), end=" ")
print()
for x in [0.0, -0.0, 1e-30, -1e-9, math.pi / 4, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, 355.0, -355.0, 1e5, 1048575.5, 1048576.0, 1e20, -1e300, math.nan]:
    print(repr(math.sin(x)), repr(math.cos(x)), end=" | ")
print()
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400), math.exp(1) == math.e)
`,
  },
  [
    ["import math\nmath.exp(1000)", "OverflowError: math range error"],
    ["import math\nmath.log(0)", "ValueError: math domain error"],
    ["import math\nmath.sin(math.inf)", "ValueError: math domain error"],
  ],
);
