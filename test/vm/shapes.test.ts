// Instance attributes in shapes (src/vm/shapes.ts) behave as the Map they replace:
// insertion order after deletes and re-adds, dictionary mode past the slot limit,
// many shapes at one compiled site (more than its four entries), `__dict__` and
// vars() taken mid-way, copy/deepcopy, setattr with computed names, exceptions with
// attributes, and memory charges that still hit the limit exactly. Run with
// EPYTHON_BASELINE_HOT=1 and =0 (the suite compiles at 64).
import { afterEach, describe, expect, it } from "vitest";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { DICTIONARY, Shape, ShapedAttributes } from "../../src/vm/shapes.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describe("ShapedAttributes keeps a Map's semantics", () => {
  it("orders, deletes, re-adds and iterates as a Map does", () => {
    const root = Shape.newRoot();
    const a = new ShapedAttributes(root), m = new Map<string, number>();
    const ops: [string, string, number][] = [["set", "x", 1], ["set", "y", 2], ["set", "x", 3], ["set", "z", 4], ["del", "y", 0], ["set", "y", 5], ["del", "q", 0]];
    for (const [op, k, v] of ops) {
      if (op === "set") { a.set(k, v); m.set(k, v); }
      else expect(a.delete(k)).toBe(m.delete(k));
      expect([...a]).toEqual([...m]);
      expect(a.size).toBe(m.size);
    }
    expect(a.shape).toBe(DICTIONARY); // a delete left shape mode
    expect([...a.keys()]).toEqual(["x", "z", "y"]);
    expect(a.has("z") && !a.has("q")).toBe(true);
  });
  it("shares shapes between instances adding the same names in the same order", () => {
    const root = Shape.newRoot();
    const a = new ShapedAttributes(root), b = new ShapedAttributes(root), c = new ShapedAttributes(root);
    a.set("x", 1).set("y", 2);
    b.set("x", 3).set("y", 4);
    c.set("y", 5).set("x", 6);
    expect(a.shape).toBe(b.shape);
    expect(c.shape).not.toBe(a.shape);
    expect(b.vals.slice(0, 2)).toEqual([3, 4]);
    expect(root.capacity).toBe(2);
  });
  it("goes to dictionary mode past 64 attributes, order kept", () => {
    const a = new ShapedAttributes(Shape.newRoot());
    const names = Array.from({ length: 70 }, (_, i) => `a${i}`);
    names.forEach((n, i) => a.set(n, i));
    expect(a.shape).toBe(DICTIONARY);
    expect([...a.keys()]).toEqual(names);
    expect(a.get("a69")).toBe(69);
  });
});

const programs: Record<string, string> = {
  "many layouts through one compiled site": `
class P:
    def __init__(self, i):
        if i % 7 == 0:
            self.b = i
            self.a = -i
        else:
            self.a = i
            if i % 3:
                self.b = 2 * i
        if i % 5 == 0:
            setattr(self, 'c%d' % (i % 4), i)
def get(p):
    return p.a + getattr(p, 'b', 0)
ps = [P(i) for i in range(400)]
t = 0
for p in ps:
    t += get(p)
    p.a = p.a + 1
print(t, [vars(p) for p in ps[:12]], [list(p.__dict__) for p in ps[-8:]])
`,
  "delete, re-add, __dict__ mid-way": `
class Q:
    pass
out = []
for i in range(200):
    q = Q()
    q.x = i
    q.y = 2
    if i % 2:
        del q.x
        q.x = -i
    if i % 3 == 0:
        d = q.__dict__
        q.z = 3
        d['w'] = 4
    out.append((q.x, q.y, getattr(q, 'z', None), getattr(q, 'w', None), list(vars(q).items())))
print(out[::9])
`,
  "many attributes, copy and deepcopy, dataclass repr": `
import copy
from dataclasses import dataclass
class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'f%d' % i, i)
bs = [Big(n) for n in (3, 63, 64, 65, 100)]
for b in bs:
    c = copy.copy(b)
    d = copy.deepcopy(b)
    c.extra = 1
    print(len(vars(b)), len(vars(c)), list(vars(d))[-3:], vars(d) == vars(b))
@dataclass
class Pt:
    x: float
    y: float
pts = [Pt(i, i * 0.5) for i in range(100)]
s = 0.0
for p in pts:
    p.x += p.y
    s += p.x
print(s, pts[3], pts[3] == Pt(4.5, 1.5))
`,
  "exceptions with attributes, causes and contexts": `
class E(Exception):
    def __init__(self, code):
        super().__init__('failed', code)
        self.code = code
out = []
for i in range(150):
    try:
        try:
            raise KeyError(i)
        except KeyError as k:
            raise E(i) from (k if i % 2 else None)
    except E as e:
        out.append((e.code, e.args, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__, vars(e)))
print(out[::11])
`,
};

const errors: [string, string][] = [
  ["class A:\n    pass\nfor i in range(100):\n    a = A()\n    a.x = 1\n    del a.x\n    a.x\n", "AttributeError: 'A' object has no attribute 'x'"],
];

describeCPythonParity("instance shapes: the same output as CPython 3.11", programs, errors);

describe("instance shapes keep memory charges exact", () => {
  // Compiled stores that add attributes (inline shape transitions) charge what the
  // interpreter's generic path charges: MemoryError comes at the same instance.
  const src = `
class A:
    pass
keep = []
n = 0
try:
    while True:
        a = A()
        a.x = 1
        a.y = 2
        a.z = 3
        keep.append(a)
        n += 1
except MemoryError:
    keep = None
    print(n)
`;
  const env = process.env.EPYTHON_BASELINE_HOT;
  afterEach(() => setBaselineHotThreshold(env !== undefined && /^\d+$/.test(env) ? Number(env) : 64));
  it("compiled and interpreted stores hit the limit at the same instance", () => {
    const opts = { float64: true, localMemory: 64 * 1024, strictMemory: true };
    setBaselineHotThreshold(1);
    const compiled = runSource(src, opts);
    setBaselineHotThreshold(0);
    const interpreted = runSource(src, opts);
    expect(compiled.error).toBeNull();
    expect(Number(compiled.out)).toBeGreaterThan(100);
    expect(compiled.out).toBe(interpreted.out);
  });
});
