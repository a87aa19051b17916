import { describe, expect, it } from "vitest";
import { DeviceClosedError, KernelError, openDevice, pyFloat, waitAll } from "../../src/index.js";

const KERNELS = `
from parallel import coreid, numcores, sendrecv, recv, reduce

def hello(a, b):
    print("Hello World")
    return a + b

def whoami():
    return coreid()

def update(i):
    a[i] = i * coreid()

def set_scalar():
    s = 19

def fails(x):
    return 10 // x

def halo():
    return sendrecv(coreid(), coreid() ^ 1)

def total(x):
    return reduce(x, "sum")

def orphan():
    return recv(numcores() - 1)

def spin():
    n = 0
    while True:
        n += 1

def shapes():
    return [1, 2.0, "three", None, True, (4, 5)]
`;

function device(cores = 4, extra: object = {}) {
  const out: string[] = [];
  const dev = openDevice({ cores, stdout: (t) => void out.push(t), ...extra });
  dev.load(KERNELS, { file: "kernels.py" });
  return { dev, out };
}

describe("offload device", () => {
  it("runs a kernel on every core and returns one result per core, in core order", async () => {
    const { dev, out } = device();
    expect(await dev.call("hello", [10, 20])).toEqual([30, 30, 30, 30]);
    expect(out.join("").split("\n").filter(Boolean).sort()).toEqual([0, 1, 2, 3].map((i) => `[device ${i}] Hello World`));
    expect(await dev.call("whoami")).toEqual([0, 1, 2, 3]);
  });

  it("chooses cores with target, auto and all (auto wins over target)", async () => {
    const { dev } = device();
    expect(await dev.call("whoami", [], { target: [3, 1] })).toEqual([1, 3]);
    expect(await dev.call("whoami", [], { target: 2 })).toEqual([2]);
    expect(await dev.call("whoami", [], { auto: 2, target: [3] })).toEqual([0, 1]);
    const h = dev.launch("whoami", [], { auto: 3 });
    expect(h.cores.length).toBe(3);
    expect((await h.wait()).length).toBe(3);
  });

  it("keeps results apart from later kernels and tells ints from floats in raw mode", async () => {
    const { dev } = device(2);
    expect(await dev.call("shapes", [], { target: 0 })).toEqual([[1, 2, "three", null, true, [4, 5]]]);
    const raw = await dev.call("shapes", [], { target: 0, raw: true });
    expect(raw[0]).toEqual({ l: [1, { f: 2 }, "three", null, true, { t: [4, 5] }] });
    expect(await dev.call("hello", [pyFloat(1), 2], { raw: true })).toEqual([{ f: 3 }, { f: 3 }]);
  });

  it("keeps device-resident variables between kernels, per core", async () => {
    const { dev } = device(3);
    dev.define("a", [0, 0, 0, 0]);
    for (let i = 0; i < 4; i++) await dev.call("update", [i]);
    expect(await dev.copyFrom("a").wait()).toEqual([[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6]]);
    dev.define("s", 23);
    expect(await dev.copyFrom("s").wait()).toEqual([23, 23, 23]);
    await dev.call("set_scalar");
    expect(await dev.copyFrom("s").wait()).toEqual([19, 19, 19]);
    await dev.copyTo("s", 99, { target: [1] }).wait();
    expect(await dev.copyFrom("s").wait()).toEqual([19, 99, 19]);
  });

  it("keeps the order of launches and transfers on each core", async () => {
    const { dev } = device(2);
    dev.define("a", [0, 0, 0, 0]);
    const copy = dev.copyTo("a", [7, 7, 7, 7], { target: [1] });
    const k = dev.launch("update", [0], { target: [0, 1] });
    const read = dev.copyFrom("a");
    await waitAll(copy, k);
    expect(await read.wait()).toEqual([[0, 0, 0, 0], [0, 7, 7, 7]]);
  });

  it("async handles: test, waitAny, waitAll", async () => {
    const { dev } = device(4);
    const h = dev.launch("whoami", [], { target: [0, 1] });
    expect(h.test()).toBe(false);
    const first = await h.waitAny();
    expect([0, 1]).toContain(first.core);
    expect(first.value).toBe(first.core);
    const second = await h.waitAny();
    expect(second.core).toBe(1 - first.core);
    await expect(h.waitAny()).rejects.toThrow(/already been returned/);
    expect(h.test()).toBe(true);
    const k = dev.kernel("whoami", { async: true });
    const h1 = k() as ReturnType<typeof dev.launch>;
    const h2 = k.launch([], { target: 3 });
    expect(await waitAll(h1, h2)).toEqual([[0, 1, 2, 3], [3]]);
  });

  it("messages and collectives between the cores of a kernel", async () => {
    const { dev } = device(4);
    expect(await dev.call("halo")).toEqual([1, 0, 3, 2]);
    expect(await dev.call("total", [5])).toEqual([20, 20, 20, 20]);
  });

  it("a failing kernel raises KernelError with the core and traceback; the device stays usable", async () => {
    const { dev } = device(2);
    const err = await dev.call("fails", [0], { target: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KernelError);
    const k = err as KernelError;
    expect(k.core).toBe(1);
    expect(k.kind).toBe("ZeroDivisionError");
    expect(k.report).toContain("Error on device core 1:");
    expect(k.report).toContain('File "kernels.py", line 18, in fails');
    expect(k.report).toContain("return 10 // x");
    expect(await dev.call("whoami")).toEqual([0, 1]);
  });

  it("reports a kernel waiting for a core that runs no kernel as a deadlock", async () => {
    const { dev } = device(2);
    const err = (await dev.call("orphan", [], { target: 0 }).catch((e: unknown) => e)) as KernelError;
    expect(err.kind).toBe("DeadlockError");
    expect(err.pyMessage).toMatch(/recv from core 1.*core 1 runs no kernel/);
    expect(await dev.call("halo")).toEqual([1, 0]);
  });

  it("stops a kernel past its time limit", async () => {
    const { dev } = device(2);
    const err = (await dev.call("spin", [], { target: 0, timeoutMs: 100 }).catch((e: unknown) => e)) as KernelError;
    expect(err.kind).toBe("TimeoutError");
    expect(await dev.call("whoami")).toEqual([0, 1]);
  });

  it("reloading the kernel module keeps device-resident data", async () => {
    const { dev } = device(2);
    dev.define("a", [1, 2, 3, 4]);
    dev.load("def first():\n    return a[0]\n", { file: "more.py" });
    expect(await dev.call("first")).toEqual([1, 1]);
  });

  it("rejects bad input with clear errors", async () => {
    const { dev } = device(2);
    expect(() => dev.launch("whoami", [], { target: [5] })).toThrow(/target core 5 is not a core of this device \(cores are 0-1\)/);
    expect(() => dev.launch("whoami", [], { auto: 0 })).toThrow(/auto must be/);
    expect(() => dev.copyFrom("nothing")).toThrow(/no device-resident variable 'nothing'/);
    expect(() => dev.copyTo("nothing", 1)).toThrow(/no device-resident variable 'nothing'/);
    expect(() => dev.launch("hello", [{ a: 1 }, 2])).toThrow(/hello\(\) argument 1: cannot pass an object/);
    expect(() => dev.launch("hello", [() => 1, 2])).toThrow(/cannot pass a function/);
    await expect(dev.call("nosuch")).rejects.toThrow(/no function 'nosuch'/);
    await expect(dev.call("hello", [1])).rejects.toThrow(/missing 1 required positional argument: 'b'/);
    const syntax = (() => {
      try {
        dev.load("def f(:\n  pass\n", { file: "broken.py" });
      } catch (e) {
        return e as { format(): string };
      }
    })();
    expect(syntax?.format()).toMatch(/^broken.py:1:\d+: error: invalid syntax/);
    expect(await dev.call("whoami")).toEqual([0, 1]);
    await dev.close();
    expect(() => dev.launch("whoami")).toThrow(DeviceClosedError);
  });

  it("reports a kernel module whose top level fails", () => {
    const dev = openDevice({ cores: 2, stdout: () => {} });
    expect(() => dev.load("x = 1 // 0\n", { file: "top.py" })).toThrow(KernelError);
  });
});

describe("heterogeneous offload device", () => {
  it("numbers cores of several types in order and selects them with device=", async () => {
    const dev = openDevice({ device: "epiphany3:2,microblaze:2", stdout: () => {} });
    dev.load("from parallel import coreid, coretype\ndef who():\n    return [coreid(), coretype()]\n");
    expect(dev.cores).toBe(4);
    expect(dev.coreTypes()).toEqual(["epiphany3", "epiphany3", "microblaze", "microblaze"]);
    expect(await dev.call("who", [], { device: "microblaze" })).toEqual([[2, "microblaze"], [3, "microblaze"]]);
    const h = dev.launch("who", [], { device: "epiphany3", auto: 1 });
    expect(h.cores).toEqual([0]);
    expect(await dev.call("who", [], { device: ["epiphany3"], target: [1] })).toEqual([[1, "epiphany3"]]);
    expect(() => dev.launch("who", [], { device: "epiphany3", target: [3] })).toThrow(/target core 3 is not of type epiphany3 \(it is microblaze\)/);
    expect(() => dev.launch("who", [], { device: "gpu" })).toThrow(/device 'gpu' is not a core type of this device \(its types: epiphany3, microblaze\)/);
    expect(() => dev.launch("who", [], { device: "microblaze", auto: 3 })).toThrow(/auto must be a number of cores from 1 to 2 \(the microblaze cores\)/);
  });
});

describe("arrays passed by reference", () => {
  const SRC = `
from parallel import coreid, numcores

def scale(a, k):
    n = len(a) // numcores()
    for i in range(coreid() * n, (coreid() + 1) * n):
        a[i] = a[i] * k

def total(a):
    n = len(a) // numcores()
    s = 0.0
    for i in range(coreid() * n, (coreid() + 1) * n):
        s += a[i]
    return s

def twice(a, b):
    a[0] = 5
    return b[0]

def describe(a):
    return [type(a).__name__, len(a), a[-1]]

def bump(a):
    a[coreid()] += 1

def put_half(a):
    a[0] = 0.5
`;
  it("kernels read and write typed arrays and plain arrays in place", async () => {
    const dev = openDevice({ cores: 4, stdout: () => {} });
    dev.load(SRC);
    const f = new Float32Array(4000).map((_, i) => i);
    await dev.call("scale", [f, 2]);
    expect(f[3999]).toBe(7998);
    expect(f[1]).toBe(2);
    const plain = [1, 2, 3, 4];
    await dev.call("scale", [plain, 3]);
    expect(plain).toEqual([3, 6, 9, 12]);
    const ints = new Int32Array(8);
    expect(await dev.call("describe", [ints], { target: 0 })).toEqual([["hostarray", 8, 0]]);
    await dev.call("bump", [ints]);
    expect([...ints]).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    // The same array twice is one reference on the core: the write is seen.
    expect(await dev.call("twice", [ints, ints], { target: 0 })).toEqual([5]);
    const floats = [1.5, 2, 3, 4];
    await dev.call("bump", [floats]);
    expect(floats).toEqual([2.5, 3, 4, 5]);
    const err = (await dev.call("put_half", [[1, 2]], { target: 0 }).catch((e: unknown) => e)) as KernelError;
    expect(err).toBeInstanceOf(KernelError);
    expect(err.report).toContain("TypeError: integer argument expected, got float");
  });

  it("memory kinds: host and shared in place, device private; prefetch cuts the simulated stall", async () => {
    const { memkind, types } = await import("../../src/index.js");
    const dev = openDevice({ cores: 4, stdout: () => {}, stderr: () => {} });
    dev.load(SRC);
    const host = memkind.Host(types.float, 40_000);
    host.data.fill(1);
    expect(await dev.call("total", [host])).toEqual([10_000, 10_000, 10_000, 10_000]);
    const stall = (rows: ReturnType<typeof dev.stats>) => rows.reduce((a, r) => a + (r as unknown as { refStallNs: number }).refStallNs, 0);
    const before = stall(dev.stats());
    await dev.call("total", [host]);
    const blocking = stall(dev.stats()) - before;
    const pre = memkind.Host(types.float, 40_000, { prefetch: 8 });
    pre.data.fill(1);
    const mid = stall(dev.stats());
    await dev.call("total", [pre]);
    const prefetched = stall(dev.stats()) - mid;
    expect(blocking).toBeGreaterThan(0);
    expect(prefetched).toBeLessThan(blocking / 4);
    const shared = memkind.Shared(types.int, [1, 2, 3, 4]);
    await dev.call("bump", [shared]);
    expect([...shared.data]).toEqual([2, 3, 4, 5]);
    const priv = memkind.Device(types.int, [1, 2, 3, 4]);
    await dev.call("bump", [priv]);
    expect([...priv.data]).toEqual([1, 2, 3, 4]);
    expect(() => dev.launch("bump", [memkind.Shared(types.double, 5_000_000)])).toThrow(/more than the device's 33,554,432-byte shared memory/);
    // 12 MB per core: more than a core's local memory and its slice of shared memory.
    const tooBig = (await dev.call("bump", [memkind.Device(types.int, 3_000_000)]).catch((e: unknown) => e)) as KernelError;
    expect(tooBig.kind).toBe("MemoryError");
  });
});

describe("offload trace", () => {
  it("records kernels and transfers of arrays passed by reference", async () => {
    const dev = openDevice({ cores: 2, stdout: () => {}, trace: true });
    dev.load("def first(a):\n    return a[0] + a[100]\n");
    expect(await dev.call("first", [new Float32Array(200).fill(2)])).toEqual([4, 4]);
    const events = JSON.parse(dev.traceJson()).traceEvents as { name: string; cat?: string; tid: number; args?: { bytes: number } }[];
    const transfers = events.filter((e) => e.cat === "transfer");
    expect(transfers.length).toBe(4);
    expect(transfers[0].name).toBe("fetch 64 B from host");
    expect(new Set(transfers.map((e) => e.tid))).toEqual(new Set([0, 1]));
    expect(events.some((e) => e.cat === "run")).toBe(true);
    const plain = openDevice({ cores: 1, stdout: () => {} });
    expect(() => plain.traceJson()).toThrow(/trace: true/);
  });
});

describe("kernels from a file", () => {
  it("loadFile reads the module and tracebacks name the file", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "epython-kernels-"));
    const file = join(dir, "kernels.py");
    writeFileSync(file, "def half(x):\n    return x // 2\n\ndef bad():\n    return 1 // 0\n");
    const dev = openDevice({ cores: 2, stdout: () => {} });
    dev.loadFile(file);
    expect(await dev.call("half", [9])).toEqual([4, 4]);
    const err = (await dev.call("bad", [], { target: 0 }).catch((e: unknown) => e)) as KernelError;
    expect(err.report).toContain(`File "${file}", line 5, in bad`);
    expect(err.report).toContain("return 1 // 0");
    expect(() => dev.loadFile(join(dir, "missing.py"))).toThrow(/cannot read the kernel file/);
  });
});

describe("a persistent device's module outlives its top level", () => {
  it("keeps a generator suspended in a try for later kernels (not closed when the module ends)", async () => {
    const out: string[] = [];
    const dev = openDevice({ cores: 1, stdout: (t) => void out.push(t) });
    dev.load(`
def make_counter():
    # (a top-level generator function would be refused as a kernel)
    def counter():
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            print("closed")
    return counter()

g = make_counter()
next(g)

def step():
    return next(g)
`, { file: "gen.py" });
    expect(await dev.call("step")).toEqual([2]);
    expect(await dev.call("step")).toEqual([3]);
    expect(out.join("")).not.toContain("closed");
    await dev.close();
  });
});
