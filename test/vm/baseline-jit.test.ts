// The baseline compiler (src/vm/jit/baseline.ts) must be invisible: every program
// prints the same, counts the same instructions, raises the same errors with the same
// tracebacks, and yields at budget boundaries like the interpreter. Each program runs
// twice in-process, interpreter only (threshold 0) and compiled at the first backward
// jump (threshold 1), and both runs are compared; some also run in tiny slices.
import { afterAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Core, RUN_DONE, RUN_YIELD } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import { runtimeOf } from "../../src/vm/loader.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { isCodeObject, type CodeObject } from "../../src/bytecode/code.js";
import { runSource } from "../helpers/runSource.js";

interface Outcome {
  out: string;
  instructions: number;
  error: string | null;
  slices: number;
}

function run(source: string, hot: number, budget = Infinity, float32 = false): Outcome {
  setBaselineHotThreshold(hot);
  const program = compileProgram(source, "t.py");
  const out: string[] = [];
  const core = new Core(program, {
    id: 0, numCores: 1, isHost: true, float32, memory: { local: 1 << 24, spill: 0 },
    write: (t) => out.push(t), randomSeed: 1,
  });
  core.start();
  let error: string | null = null;
  let slices = 0;
  try {
    let status;
    do {
      status = core.run(budget);
      slices++;
    } while (status === RUN_YIELD);
    expect(status).toBe(RUN_DONE);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    error = `${e.kind}: ${e.pyMessage} ${JSON.stringify(e.traceback)}`;
  }
  return { out: out.join(""), instructions: core.instructions, error, slices };
}

afterAll(() => setBaselineHotThreshold(64));

const programs: Record<string, string> = {
  "counting loops": `
t = 0
i = 0
while i < 1000:
    if i % 3 == 0:
        i += 1
        continue
    t += i * 2 - 1
    if t > 10 ** 6:
        break
    i += 1
print(t, i)
for j in range(10, 0, -3):
    print(j, end=" ")
print()
for k in range(5):
    pass
else:
    print("else", k)
`,
  "floats and ints": `
def f(n):
    s = 0.0
    m = 0
    for i in range(n):
        x = i / 7.0
        s += x * x - 1.5
        m = (m * 31 + i) % 1000003
        s -= -x
    return s, m, -s, s > 3, 2.0 * 3 == 6
print(f(500))
`,
  "comprehensions, zip, enumerate, sum": `
def make(n, seed):
    return [[((i * 7 + j * 13 + seed) % 17) / 8.0 - 1.0 for j in range(n)] for i in range(n)]
def matmul(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]
c = matmul(make(12, 1), make(12, 5))
print(sum(c[i][i] for i in range(12)))
print(sum(v * ((i + 2 * j) % 5) for i, row in enumerate(c) for j, v in enumerate(row)))
print({i: i * i for i in range(6) if i % 2}, {x % 4 for x in range(20)})
`,
  "calls in loops, methods, closures": `
class Acc:
    def __init__(self):
        self.items = []
        self.total = 0
    def add(self, x):
        self.items.append(x)
        self.total += x
def outer(n):
    base = 3
    def g(x):
        return x + base
    acc = Acc()
    for i in range(n):
        acc.add(g(i))
        acc.items.append(-i)
    return acc.total, len(acc.items), acc.items[:4]
print(outer(50))
words = []
for w in "the quick brown fox".split():
    words.append(w.upper() + f"{len(w):03d}")
print(" ".join(words))
`,
  "tuples, slices, swaps (fannkuch-like)": `
def flips(n):
    perm = list(range(n))
    count = 0
    best = 0
    for r in range(200):
        p = perm[:]
        k = p[0]
        f = 0
        while k:
            p[:k + 1] = p[k::-1]
            f += 1
            k = p[0]
        best = max(best, f)
        perm[0], perm[1] = perm[1], perm[0]
        perm.insert(r % n, perm.pop(0))
        count += 1
    return best, count, perm
print(flips(7))
`,
  "exceptions inside compiled loops": `
def safe(xs):
    out = []
    for x in xs:
        try:
            out.append(10 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
        finally:
            out.append("f")
    return out
print(safe([5, 0, -3, 0]))
d = {}
for i in range(5):
    try:
        d[i] = d[i - 1] + 1
    except KeyError:
        d[i] = 0
print(d)
`,
  "uncaught error keeps its line": `
def f(xs):
    t = 0
    for x in xs:
        t += 10 / x
    return t
print(f([1, 2, 4]))
print(f([1, 2, 0]))
`,
  "unbound local in a loop": `
def f(n):
    for i in range(n):
        if i == 3:
            del y
        y = i
    return y
print(f(3))
print(f(5))
`,
  "recursion and defaults": `
def fib(n, memo=None):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s
acc = 0
for i in range(15):
    acc += fib(i) + total(i, i, 1)
print(acc)
`,
  "error in a method called from a compiled loop": `
class Box:
    def __init__(self, v):
        self.v = v
    def inv(self):
        return 100 // self.v
boxes = [Box(i) for i in range(5, -3, -1)]
out = []
for b in boxes:
    out.append(b.inv())
print(out)
`,
  "module-level globals and strings": `
total = 0
names = ["a", "bb", "ccc"]
for rep in range(30):
    for s in names:
        total += len(s) * rep
    if rep in (3, 5):
        names = names + [str(rep)]
print(total, names)
`,
  "generator expressions made in a hot loop": `
def f(xs):
    t = 0
    for i in range(60):
        t += sum(x * i for x in xs) + max(x - i for x in xs)
    return t
print(f([1, 2, 3]), [list(c for c in w) for w in ("ab", "c")])
`,
  "generator bodies: loops, sinks, next, send, early stops": `
def count(n):
    i = 0
    while i < n:
        yield i * i
        i += 1
def pairs(xs):
    for a, b in zip(xs, xs[1:]):
        yield a + b
    return len(xs)
t = 0
for v in count(40):
    t += v
for v in pairs(list(range(30))):
    t -= v
g = count(100)
print(t, next(g), next(g), sum(g), any(x > 50 for x in range(100)), all(x < 50 for x in range(100)))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for i in range(20):
    a.send(i)
print(a.send(5), list(zip(count(5), count(7))), max(count(30)), sorted(y % 7 for y in count(25)))
def outer(n):
    for i in range(n):
        yield from count(i)
print(sum(outer(12)), [x for x in outer(5)])
`,
  "errors and finally in compiled generators": `
def g(xs):
    try:
        for x in xs:
            yield 10 // x
    finally:
        print("finally", len(xs))
print(list(g([1, 2, 5] * 10)))
try:
    print(sum(g([3, 2, 1, 0, 4])))
except ZeroDivisionError as e:
    print("caught", e)
h = g(list(range(1, 40)))
for v in h:
    if v < 1:
        break
h.close()
print(sum(10 // (x - 30) for x in range(40)))
`,
  "yield from chains, return values, unpacking into locals": `
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
def tree(r):
    if not r:
        return None
    i = len(r) // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))
t = tree(range(40))
s = 0
for v in t:
    s += v * v
print(s, max(v for v in tree(range(5))))
def fib(n):
    if n <= 1:
        return n
    return (yield from fib(n - 1)) + (yield from fib(n - 2))
def run(n):
    r = yield from fib(n)
    yield r
for n in range(12):
    for v in run(n):
        print(n, v)
def relay():
    yield from [1, 2]
    return 3
def outer():
    r = yield from relay()
    yield r
print(list(outer()), sum(outer()))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def relay2():
    r = yield from acc()
    return r
g = relay2()
print(next(g), [g.send(i) for i in range(1, 6)])
def bad(n):
    yield from range(n)
    yield from (10 // (3 - i) for i in range(n))
try:
    print(sum(bad(5)))
except ZeroDivisionError as e:
    print("caught", e)
q = [0, 0]
for i in range(30):
    a, b, c = (i, i + 1, i + 2)
    x, q[0], y = [c, b, a]
    u, *w, v = range(i % 4 + 2)
    print(a + b + c, x, q, y, u, w, v, end=" ")
try:
    for i in range(30):
        a, b = [i] * (2 if i < 20 else 3)
except ValueError as e:
    print("caught", e, a, b)
`,
};

describe("baseline compiler", () => {
  for (const [name, src] of Object.entries(programs)) {
    it(`matches the interpreter: ${name}`, () => {
      const interp = run(src, 0);
      const jit = run(src, 1);
      expect(interp.out.length + (interp.error?.length ?? 0)).toBeGreaterThan(0);
      expect(jit.out).toBe(interp.out);
      expect(jit.error).toBe(interp.error);
      expect(jit.instructions).toBe(interp.instructions);
      // In slices of 7 instructions: still the same, and it yielded all along.
      const sliced = run(src, 1, 7);
      expect(sliced.out).toBe(interp.out);
      expect(sliced.error).toBe(interp.error);
      expect(sliced.slices).toBeGreaterThan(Math.max(2, interp.instructions / 50));
      // float32 too (the compiled arithmetic rounds per operation like the interpreter).
      expect(run(src, 1, Infinity, true)).toEqual(run(src, 0, Infinity, true));
    });
  }

  it("reports the failing line of an error raised in compiled code", () => {
    const r = run(programs["uncaught error keeps its line"], 1);
    expect(r.error).toMatch(/^ZeroDivisionError: /);
    expect(r.error).toContain('"line":5');
  });

  it("compiles a hot loop and leaves cold code alone", () => {
    setBaselineHotThreshold(64);
    const program = compileProgram("def hot(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\ndef cold(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(hot(1000), cold(3))\n", "t.py");
    const out: string[] = [];
    const core = new Core(program, {
      id: 0, numCores: 1, isHost: true, float32: false, memory: { local: 1 << 24, spill: 0 },
      write: (t) => out.push(t), randomSeed: 1,
    });
    core.start();
    expect(core.run(Infinity)).toBe(RUN_DONE);
    expect(out.join("")).toBe("499500 3\n");
    const codeOf = (n: string) => program.modules[0].code.consts.find((c): c is CodeObject => isCodeObject(c) && c.name === n)!;
    expect(typeof runtimeOf(codeOf("hot"), false).compiled).toBe("function");
    expect(runtimeOf(codeOf("cold"), false).compiled).toBeNull();
  });

  it("blocks and resumes in a message call made from a compiled loop", () => {
    const src = `
from parallel import *
me = coreid()
total = 0
for i in range(20):
    if me == 0:
        send(i * i, 1)
    else:
        total += recv(0)
if me == 1:
    print(total)
`;
    setBaselineHotThreshold(1);
    const jit = runSource(src, { cores: 2 });
    setBaselineHotThreshold(0);
    const interp = runSource(src, { cores: 2 });
    expect(jit.error).toBeNull();
    expect(jit.out).toBe(interp.out);
    expect(jit.out).toBe("2470\n");
  });

  it("blocks and resumes in a compiled generator driven by a loop", () => {
    const src = `
from parallel import *
me = coreid()
def received(n):
    for i in range(n):
        yield recv(0) + i
total = 0
if me == 0:
    for i in range(30):
        send(i * i, 1)
else:
    for v in received(30):
        total += v
    print(total)
`;
    setBaselineHotThreshold(1);
    const jit = runSource(src, { cores: 2 });
    setBaselineHotThreshold(0);
    const interp = runSource(src, { cores: 2 });
    expect(jit.error).toBeNull();
    expect(jit.out).toBe(interp.out);
    expect(jit.out).toBe("8990\n");
  });
});
