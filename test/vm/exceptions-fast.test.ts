// Raising and catching in a loop at CPython-like cost keeps CPython's behaviour: a
// raise in compiled code goes to its handler without a JavaScript throw (as does a
// number divided by the int 0), `E(x)` of a class with BaseException's __new__ and
// __init__ only makes the instance, a raised exception's message is formatted when
// somebody reads it (from its args at that time, as CPython prints it), and raising
// one instance again and again extends its traceback in constant time. Each program
// runs interpreted and compiled from the first loop iteration.
import { afterAll, describe, expect, it } from "vitest";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { runSource, type RunOutcome } from "../helpers/runSource.js";

afterAll(() => setBaselineHotThreshold(64));

/** The run of `src` with the baseline compiler's threshold at `hot` (0: interpreter only). */
function runAt(src: string, hot: number): RunOutcome {
  setBaselineHotThreshold(hot);
  return runSource(src, { float64: true });
}

/** The output and the uncaught error as CPython prints it: [line, function] per frame, then `Kind: message`. */
function cpythonFailure(src: string): { out: string; frames: [number, string][]; last: string } {
  const run = runCPython(src);
  const err = run.err.trim().split("\n");
  const frames: [number, string][] = [];
  for (const l of err) {
    const m = /^ {2}File "<string>", line (\d+), in (\S+)$/.exec(l);
    if (m) frames.push([Number(m[1]), m[2]]);
    const repeated = /^ {2}\[Previous line repeated (\d+) more times?\]$/.exec(l);
    if (repeated) for (let i = Number(repeated[1]); i > 0; i--) frames.push(frames[frames.length - 1]);
  }
  return { out: run.out, frames, last: err[err.length - 1] };
}

function failure(r: RunOutcome): { out: string; frames: [number, string][]; last: string } {
  const e = r.error!;
  return { out: r.out, frames: e.traceback.map((t): [number, string] => [t.line, t.func]), last: `${e.kind}: ${e.pyMessage}` };
}

const CAUGHT: Record<string, string> = {
  "user classes, a subclass with its own __init__, a tuple of classes, finally, a built-in class": `
class E(Exception): pass
class F(E):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class G(Exception):
    def __str__(self): return "G!" + str(self.args)
class A(Exception): pass
class B(Exception): pass
def run(n):
    t = 0; msgs = []
    for i in range(n):
        try:
            if i % 2: raise E(i)
            raise F(i, i * 2)
        except F as e:
            t += e.b + e.args[0]
        except E as e:
            t += e.args[0]
        try:
            raise (A if i % 3 else B)(i, "x")
        except (A, B) as e:
            t += len(e.args)
            if i < 4: msgs.append((type(e).__name__, str(e), repr(e)))
        try:
            try:
                raise G(i)
            finally:
                t += 1
        except G as e:
            if i < 2: msgs.append(str(e))
        try:
            raise ValueError
        except ValueError as e:
            if i < 1: msgs.append((str(e), e.args, repr(e)))
        try:
            E(i, k=1)
        except TypeError as e:
            if i < 1: msgs.append(str(e))
    return t, msgs
print(run(300))
`,
  "e.args read in a loop, and what may stand in its place": `
class E(Exception): pass
class P(Exception):
    @property
    def args(self): return ("prop",)
class C(Exception):
    args = ("class attribute",)
class G(Exception):
    def __getattribute__(self, name):
        return ("hooked", name) if name == "args" else object.__getattribute__(self, name)
class D(Exception): pass
def run(n):
    out = []
    for i in range(n):
        for cls in (E, P, C, G, D, ValueError):
            try:
                raise cls(i)
            except Exception as e:
                if cls is D and i % 2: e.note = i
                a = e.args
                if i < 2: out.append(a)
    d = D(1)
    d.args = [5, 6]
    return out, d.args, E(1, 2).args
print(run(50))
`,
  "raises that fail: not an exception, a bad cause, nothing to re-raise": `
class E(Exception): pass
def run(n):
    out = []
    for i in range(n):
        try:
            raise 5
        except TypeError as e:
            if i < 1: out.append(str(e))
        try:
            raise E(i) from 7
        except TypeError as e:
            if i < 1: out.append(str(e))
        try:
            raise
        except RuntimeError as e:
            if i < 1: out.append(str(e))
    return out
print(run(100))
`,
  "KeyError of a missing key, and other errors of d[k]": `
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%d)" % self.v
def run(n):
    d = {1: "a", "x": 2, (1, 2): 3, K(4): 4}
    out = []; t = 0
    for i in range(n):
        for key in (1, 2, "x", "y", (1, 2), (2, 1), K(4), K(7), [1], None):
            try:
                v = d[key]
                t += 1
            except KeyError as e:
                if i == 0: out.append(("KeyError", str(e), e.args))
            except TypeError as e:
                if i == 0: out.append(("TypeError", str(e)))
    return t, out
print(run(100))
`,
  "__cause__, __context__ and __suppress_context__ of exceptions raised in handlers": `
class E(Exception): pass
def f(i):
    try:
        raise E(i)
    except E as e:
        if i % 2: raise ValueError("v%d" % i) from e
        raise KeyError(i)
out = []
for i in range(200):
    try:
        f(i)
    except (ValueError, KeyError) as e:
        c = e.__cause__; x = e.__context__
        out.append((type(e).__name__, str(e), type(c).__name__ if c else None, x.args if x else None, e.__suppress_context__))
print(out[:4], len(out))
`,
  "ZeroDivisionError of every division of a number by zero": `
def z(n):
    out = []
    for i in range(n):
        for a, b in ((7, 0), (7.5, 0), (-3, 0), (2 ** 40, 0), (7, 0.0), (True, 0), (0, 0)):
            for op in range(6):
                try:
                    if op == 0: r = a // b
                    elif op == 1: r = a % b
                    elif op == 2: r = a / b
                    elif op == 3:
                        x = a; x //= b
                    elif op == 4:
                        x = a; x %= b
                    else:
                        x = a; x /= b
                except ZeroDivisionError as e:
                    if i == 0: out.append(str(e))
                try:
                    div(a, b, op)
                except ZeroDivisionError as e:
                    if i == 0: out.append(str(e))
    return out, 10 // 3, -7 % 2, 7 / 2
def div(a, b, op):
    # No try block here: the error leaves this frame.
    if op == 0: return a // b
    if op == 1: return a % b
    if op == 2: return a / b
    a //= b
    return a
print(z(100))
`,
  "an exception raised again and again keeps growing its traceback, as CPython's": `
class E(Exception): pass
pre = E("p")
def f(n):
    for i in range(n):
        try:
            raise pre
        except E as e:
            last = e
    return last is pre, str(pre)
print(f(200000))
`,
};

describe("raising and catching in loops", () => {
  for (const [name, src] of Object.entries(CAUGHT)) {
    it.skipIf(!cpython311)(name, () => {
      const want = runCPython(src).out;
      for (const hot of [1, 0]) expect(runAt(src, hot).out).toBe(want);
    }, 60_000);
  }
});

const UNCAUGHT: Record<string, string> = {
  // The message is made from the args the exception has when it ends the core.
  "a bare raise after the handler changed args": `
class E(Exception): pass
items = [1]
def g():
    for i in range(100):
        try:
            raise E(i, items)
        except E:
            pass
    e = E("a", 2)
    for i in range(100):
        try:
            raise e
        except E as x:
            if i == 99:
                x.args = ("changed", 3)
                raise
g()
`,
  "args changed to an object whose __str__ is the program's, or fails": `
class P:
    def __str__(self): return "Pstr"
class Q:
    def __str__(self): raise KeyError("boom")
class E(Exception): pass
def g(v):
    e = E("a")
    try:
        raise e
    except E as x:
        x.args = (v,)
        raise
try:
    g(P())
except E as e:
    print(str(e))
g(Q())
`,
  "a __str__ of the program's": `
class S(Exception):
    def __str__(self): return "S" + str(len(self.args))
def h(n):
    for i in range(n):
        try:
            raise S(i, 2)
        except S:
            pass
    raise S(1, 2, 3)
h(100)
`,
  "through compiled frames whose handlers do not match": `
def inner(i):
    try:
        return 10 // i
    except KeyError:
        return -1
def outer(n):
    t = 0
    for i in range(n, -1, -1):
        try:
            t += inner(i)
        finally:
            t += 1
    return t
outer(100)
`,
  "one instance raised in a loop, then uncaught": `
class E(Exception): pass
pre = E(7)
def f(n):
    for i in range(n):
        try:
            raise pre
        except E:
            pass
    raise pre
f(2)
`,
};

describe("uncaught exceptions after raising in loops", () => {
  for (const [name, src] of Object.entries(UNCAUGHT)) {
    it.skipIf(!cpython311)(name, () => {
      const want = cpythonFailure(src);
      for (const hot of [1, 0]) expect(failure(runAt(src, hot))).toEqual(want);
    });
  }

  it("raising one instance 100,000 times costs linear time", () => {
    // Each raise once copied the whole traceback so far: minutes for this.
    const src = "class E(Exception): pass\npre = E(7)\ndef f(n):\n    for i in range(n):\n        try:\n            raise pre\n        except E:\n            pass\n    raise pre\nf(100000)\n";
    for (const hot of [1, 0]) {
      const r = runAt(src, hot);
      expect(r.error?.kind).toBe("E");
      expect(r.error!.traceback.length).toBe(100_002);
      expect(r.error!.traceback.slice(0, 3).map((t) => [t.line, t.func])).toEqual([[10, "<module>"], [9, "f"], [6, "f"]]);
    }
  }, 60_000);
});
