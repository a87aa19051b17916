// Native offloaded kernels (`native` launch option): the same results, output and
// errors as the interpreted launch of the same kernel, on the same device.

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { KernelError, openDevice, pyFloat, waitAll } from "../../src/index.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

const hasCC = ["cc", "gcc", "clang"].some((c) => spawnSync("sh", ["-c", `command -v ${c}`]).status === 0);

const KERNELS = `
import math
from parallel import coreid, numcores, sendrecv, reduce

calls = 0
scale = 3

def add(a, b):
    print("adding", a, b)
    return a + b

def norm(xs):
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s) + coreid()

def words(s, n):
    return (s.upper() + "!") * n

def squares(n):
    return [i * i + coreid() for i in range(n)]

def pair(x):
    return (x, x * 0.5, str(x))

def axpy(a, xs, ys):
    # Each core writes its own stripe of ys: together they write every element.
    i = coreid()
    while i < len(ys):
        ys[i] = a * xs[i] + ys[i]
        i += numcores()
    return len(ys)

def count():
    global calls
    calls += 1
    return calls * scale

def halo():
    return sendrecv(coreid() * 10, coreid() ^ 1)

def total(x):
    return reduce(x + coreid(), "sum")

def divide(a, b):
    return a // b

def overflow(n):
    x = n
    while True:
        x = x * n

def spin():
    n = 0
    while True:
        n += 1

def mixed():
    return [1, 'a']

def orphan():
    return sendrecv(1, numcores() - 1)

def mark(i):
    table[i] = i * coreid()

def set_level():
    level = 19

def get_level():
    return level + len(table)
`;

function device(cores = 4) {
  const out: string[] = [];
  const dev = openDevice({ cores, seed: 7, stdout: (t) => void out.push(t) });
  dev.load(KERNELS, { file: "kernels.py" });
  return { dev, out };
}

const lines = (out: string[]) => out.join("").split("\n").filter(Boolean).sort();

describe.skipIf(!hasCC)("native offloaded kernels", () => {
  it("give the interpreted launch's results and output", async () => {
    const { dev, out } = device();
    const cases: [string, unknown[], object?][] = [
      ["add", [10, 20]],
      ["add", [1.5, pyFloat(2)]],
      ["add", ["ab", "cd"], { target: [1, 3] }],
      ["norm", [[3, 4]]],
      ["norm", [[0.1, 0.2, 0.3]], { target: 2 }],
      ["words", ["ab", 2]],
      ["squares", [5]],
      ["pair", [7]],
      ["halo", []],
      ["total", [pyFloat(0.25)]],
      ["total", [5]],
    ];
    try {
      for (const [name, args, opts] of cases) {
        out.length = 0;
        const interpreted = await dev.call(name, args, { ...opts, raw: true });
        const printed = lines(out);
        out.length = 0;
        const native = await dev.call(name, args, { ...opts, raw: true, native: true });
        expect(native, `${name}(${JSON.stringify(args)})`).toEqual(interpreted);
        expect(lines(out), `output of ${name}`).toEqual(printed);
      }
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("compute in float64 on a float64 device, as the interpreter does", async () => {
    const dev = openDevice({ cores: 2, float64: true, stdout: () => {} });
    dev.load(KERNELS, { file: "kernels.py" });
    try {
      for (const args of [[0.1, 0.2], [1e300, 1e300]]) {
        expect(await dev.call("add", args, { native: true, raw: true })).toEqual(await dev.call("add", args, { raw: true }));
      }
      expect(await dev.call("norm", [new Float64Array([0.1, 0.7])], { native: true })).toEqual(await dev.call("norm", [[0.1, 0.7]]));
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("write arrays passed by reference in place, as the interpreter does", async () => {
    const { dev } = device();
    try {
      const xs = new Float32Array([1, 2, 3, 4, 5, 6]);
      const ys1 = new Float32Array([0.5, 0.25, 0, -1, 2, 1e3]);
      const ys2 = Float32Array.from(ys1);
      expect(await dev.call("axpy", [pyFloat(0.1), xs, ys1])).toEqual([6, 6, 6, 6]);
      expect(await dev.call("axpy", [pyFloat(0.1), xs, ys2], { native: true })).toEqual([6, 6, 6, 6]);
      expect(Array.from(ys2)).toEqual(Array.from(ys1));
      // Plain arrays of numbers pass by reference too.
      const plain = [1, 2, 3, 4];
      await dev.call("axpy", [2, [1, 1, 1, 1], plain], { native: true });
      expect(plain).toEqual([3, 4, 5, 6]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("keep module globals between launches, per core", async () => {
    const { dev } = device(2);
    try {
      expect(await dev.call("count", [], { native: true })).toEqual([3, 3]);
      expect(await dev.call("count", [], { native: true, target: 1 })).toEqual([6]);
      expect(await dev.call("count", [], { native: true })).toEqual([6, 9]);
      // A new signature rebuilds and restarts the service: the module's globals come along.
      expect(await dev.call("add", [pyFloat(0.5), 1], { native: true })).toEqual([1.5, 1.5]);
      expect(await dev.call("count", [], { native: true })).toEqual([9, 12]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("use device-resident variables (define, copyTo, copyFrom) like interpreted kernels", async () => {
    const { dev } = device(3);
    try {
      dev.define("table", [0, 0, 0, 0]);
      for (let i = 0; i < 4; i++) await dev.call("mark", [i], { native: true });
      expect(await dev.copyFrom("table").wait()).toEqual([[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6]]);
      dev.define("level", 23);
      expect(await dev.call("get_level", [], { native: true })).toEqual([27, 27, 27]);
      await dev.call("set_level", [], { native: true });
      dev.copyTo("level", 5, { target: 1 });
      // Interpreted and native kernels see the same variables.
      expect(await dev.call("get_level", [])).toEqual([23, 9, 23]);
      expect(await dev.call("get_level", [], { native: true })).toEqual([23, 9, 23]);
      expect(await dev.copyFrom("level").wait()).toEqual([19, 5, 19]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("compose with target, auto, async handles and kernel()", async () => {
    const { dev } = device();
    try {
      const k = dev.kernel("add", { native: true, async: true });
      const h1 = k(1, 2) as ReturnType<typeof dev.launch>;
      const h2 = dev.launch("add", [3, 4], { native: true, auto: 2 });
      const h3 = dev.launch("squares", [3], { native: true, target: [2, 0] });
      const first = await h3.waitAny();
      expect([0, 2]).toContain(first.core);
      expect(await waitAll(h1, h2)).toEqual([[3, 3, 3, 3], [7, 7]]);
      expect(h1.test()).toBe(true);
      expect(h2.cores.length).toBe(2);
      expect(await h3.wait()).toEqual([[0, 1, 4], [2, 3, 6]]);
      const blocking = dev.kernel("add", { native: true });
      expect(await blocking(2, 2)).toEqual([4, 4, 4, 4]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("report a runtime error as the interpreter does, naming the core and the line", async () => {
    const { dev } = device();
    try {
      const interpreted = await dev.call("divide", [7, 0], { target: 2 }).catch((e) => e);
      const native = await dev.call("divide", [7, 0], { target: 2, native: true }).catch((e) => e);
      expect(native).toBeInstanceOf(KernelError);
      expect(native.core).toBe(2);
      expect([native.kind, native.pyMessage]).toEqual([interpreted.kind, interpreted.pyMessage]);
      expect(native.traceback.at(-1)).toEqual(interpreted.traceback.at(-1));
      expect(native.report).toContain('File "kernels.py", line 47, in divide');
      const ov = await dev.call("overflow", [70000], { target: 0, native: true }).catch((e) => e);
      expect(ov.kind).toBe("OverflowError");
      // The service restarts after the error: the next launch runs.
      expect(await dev.call("add", [1, 1], { native: true, target: 0 })).toEqual([2]);
      const slow = await dev.call("spin", [], { native: true, target: 1, timeoutMs: 300 }).catch((e) => e);
      expect(slow.kind).toBe("TimeoutError");
      expect(slow.core).toBe(1);
      expect(await dev.call("add", [2, 2], { native: true, target: 1 })).toEqual([4]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("report a deadlock instead of hanging, and keep separate launches that talk apart from it", async () => {
    const { dev } = device();
    try {
      const interpreted = await dev.call("orphan", [], { target: 0 }).catch((e) => e);
      const native = await dev.call("orphan", [], { target: 0, native: true }).catch((e) => e);
      expect([native.kind, native.core]).toEqual([interpreted.kind, 0]);
      expect(native.kind).toBe("DeadlockError");
      // Two launches of one tick, on cores that message each other, both run.
      const h0 = dev.launch("halo", [], { target: 0, native: true });
      const h1 = dev.launch("halo", [], { target: 1, native: true });
      expect(await waitAll(h0, h1)).toEqual([[10], [0]]);
      expect(await dev.call("halo", [], { native: true })).toEqual([10, 0, 30, 20]);
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("reject a kernel native code does not accept with the compiler's diagnostic", async () => {
    const { dev } = device(2);
    try {
      let err: unknown;
      try {
        dev.launch("mixed", [], { native: true });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(EPythonSyntaxError);
      const text = (err as EPythonSyntaxError).format();
      expect(text).toMatch(/kernels\.py:60:\d+/);
      expect(text).toContain("native code:");
      expect(text).toContain("^");
      // The interpreted launch of the same kernel still works, and so do native ones.
      expect(await dev.call("mixed", [], { target: 0 })).toEqual([[1, "a"]]);
      expect(await dev.call("add", [1, 2], { native: true, target: 0 })).toEqual([3]);
      expect(() => dev.launch("add", [[], 1], { native: true })).toThrow(/empty list/);
      const missing = await dev.call("nope", [], { native: true }).catch((e) => e);
      expect([missing.kind, missing.pyMessage]).toEqual(["NameError", "the kernel module has no function 'nope'"]);
    } finally {
      await dev.close();
    }
  }, 120_000);
});
