// The float fast paths of compiled code (src/vm/jit/floatOps.ts), the compiled return
// of a nested run and the cached plain `__init__` of class calls (classes.ts) must be
// invisible: each program prints the same, raises the same errors and counts the same
// instructions compiled at once (threshold 1) as interpreted (threshold 0), in float64
// and float32 runs (where a finite double may round to an infinity).
import { afterAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Core, RUN_DONE, RUN_YIELD } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";

function run(source: string, hot: number, float32: boolean): { out: string; instructions: number; error: string | null } {
  setBaselineHotThreshold(hot);
  const out: string[] = [];
  const core = new Core(compileProgram(source, "t.py"), {
    id: 0, numCores: 1, isHost: true, float32, memory: { local: 1 << 24, spill: 0 },
    write: (t) => out.push(t), randomSeed: 1,
  });
  core.start();
  let error: string | null = null;
  try {
    let status;
    do status = core.run(Infinity); while (status === RUN_YIELD);
    expect(status).toBe(RUN_DONE);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    error = `${e.kind}: ${e.pyMessage} ${JSON.stringify(e.traceback)}`;
  }
  return { out: out.join(""), instructions: core.instructions, error };
}

afterAll(() => setBaselineHotThreshold(64));

const programs: Record<string, string> = {
  "powers and divisions": `
import math
def f(xs):
    out = []
    for x in xs:
        for y in (2, -1.5, 0, 0.5, 3, 1e10, -1e10):
            try:
                out.append(x ** y)
            except (OverflowError, ZeroDivisionError, ValueError) as e:
                out.append(type(e).__name__)
            try:
                z = x
                z **= y
                out.append(z)
                z /= y
                out.append(z)
                out.append(x / y)
            except (OverflowError, ZeroDivisionError, ValueError) as e:
                out.append(type(e).__name__)
    return out
print(f([1.5, 0.25, 3, 2.0, -2.5, 1e200, 1e-200, 3e9, 0.0, -0.0, float("inf"), float("nan"), True, 2 ** 40]))
`,
  "math functions on numbers": `
import math
from math import sqrt, exp, log10
def g(xs):
    out = []
    for x in xs:
        for fn in (sqrt, exp, log10, math.sin, math.cos, math.floor, abs):
            try:
                out.append(fn(x))
            except (OverflowError, ValueError, TypeError) as e:
                out.append(type(e).__name__ + ": " + str(e))
        out.append(math.sqrt(x) if x >= 0 else None)
    return out
print(g([4, 2.25, 0.5, 100, 1000, -1, 0, -0.0, 1e308, float("inf"), float("nan"), True, 2 ** 40]))
`,
  "operators of instances and class calls": `
class V:
    def __init__(self, x, y=0.5):
        self.x = x
        self.y = y
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return V(self.x + o, self.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
class E(Exception):
    def __init__(self, a, b):
        self.total = a + b
class N:
    def __new__(cls, v):
        return v * 2
def h(n):
    v = V(1.5)
    for i in range(n):
        v = v + V(0.25, i) * 0.5
        v = 1 + v
    try:
        raise E(1, 2)
    except E as e:
        print(e.args, e.total)
    print(N(21))
    try:
        v + "s"
    except TypeError as e:
        print(e)
    V.__init__ = lambda self, x, y=0: setattr(self, "x", -x)
    print(V(3).x)
    return v.x, v.y
print(h(50))
`,
};

describe("float fast paths, nested returns, class calls", () => {
  for (const [name, src] of Object.entries(programs)) {
    for (const float32 of [false, true]) {
      it(`compiled matches interpreted: ${name}${float32 ? " (float32)" : ""}`, () => {
        const interp = run(src, 0, float32);
        const jit = run(src, 1, float32);
        expect(interp.out.length).toBeGreaterThan(0);
        expect(jit).toEqual(interp);
      });
    }
  }
});
