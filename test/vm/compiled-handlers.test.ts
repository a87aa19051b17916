// Exceptions in compiled code (jit/baseline.ts): a try block of the raising frame
// (handleInFrame) or of a compiled caller (catchFromCallee) takes the error without
// leaving compiled code; errors that end the core (DeadlockError, an uncaught error)
// reach the interpreter untouched, with CPython's traceback. Compiled from the first
// loop iteration here, whatever EPYTHON_BASELINE_HOT says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { output, runSource } from "../helpers/runSource.js";

beforeAll(() => setBaselineHotThreshold(1));
afterAll(() => setBaselineHotThreshold(64));

const CALLEES = `
class E(Exception): pass
def parse(s):
    if not s.isdigit(): raise ValueError("bad " + s)
    return int(s)
def check(i):
    if i % 3 == 0: raise E(i)
    return i
def deep(i, d):
    if d == 0: return check(i)
    return deep(i, d - 1)
def f(n):
    t = 0; errs = []
    for i in range(n):
        try:
            t += parse(str(i) if i % 4 else "x%d" % i)
        except ValueError as e:
            errs.append(str(e)[:5])
        try:
            t += deep(i, 3)
        except E as e:
            t -= e.args[0]
        finally:
            t += 1
        try:
            try:
                deep(i, 1)
            except KeyError:
                t += 1000
        except E:
            t += 1
    return t, len(errs), errs[:3]
print(f(300))
def g():
    try:
        return deep(3, 5)
    except E:
        import sys
        return sys.exc_info()[0].__name__
print([g() for _ in range(50)][-1])
`;

describe("exceptions taken in compiled code", () => {
  it.skipIf(!cpython311)("raised in the frame or by callees, caught by the caller, against CPython", () => {
    expect(output(CALLEES, { float64: true })).toBe(runCPython(CALLEES).out);
  });

  it("an error no handler takes keeps CPython's traceback through compiled callers", () => {
    const r = runSource(`${CALLEES}\ndef h(n):\n    for i in range(n):\n        try:\n            deep(i, 2)\n        except KeyError:\n            pass\nh(10)\n`, { float64: true });
    expect(r.error?.kind).toBe("E");
    expect(r.error?.traceback.map((e) => e.func)).toEqual(["<module>", "h", "deep", "deep", "deep", "check"]);
  });

  it("a DeadlockError through a compiled try block ends the core", () => {
    const r = runSource("import queue\nq = queue.Queue()\nfor i in range(3):\n    try:\n        q.get()\n    except BaseException:\n        print('caught')\n");
    expect(r.out).toBe("");
    expect(r.error?.kind).toBe("DeadlockError");
  });
});
