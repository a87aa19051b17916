// Arrays passed to kernels by reference: Python semantics in a kernel, writes that
// reach the home, memory charging, the transfer counters and the prefetch model.

import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Core, RUN_YIELD } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import {
  type ArrayHome, DEFAULT_CACHE_LINES, DEFAULT_LINE_BYTES, HostArrayRef, REFERENCE_BYTES,
  type ReferenceOptions, numberArrayHome, referenceArgument, typedArrayHome,
} from "../../src/vm/hostArray.js";
import { listBytes } from "../../src/vm/memory.js";
import { profiles } from "../../src/device/profiles.js";
import { CoreCounters, type StatsRow, formatStats, statsRow } from "../../src/device/stats.js";
import { LEVEL_COSTS, type TransferEvent, transferNs, transferStats } from "../../src/vm/transfer.js";
import { PyFloat, type Value } from "../../src/vm/values.js";

/** A number result as a JS number (integral floats come boxed). */
const num = (v: Value) => (v instanceof PyFloat ? v.v : v);

interface Kernel {
  core: Core;
  out: () => string;
  /** Calls the program's function `k` with these arguments (references made on this core). */
  call: (...args: Value[]) => Value;
  ref: (home: ArrayHome, opts?: Partial<ReferenceOptions>) => Value;
}

/** A core that has run `src` (which defines `k`), with `local` bytes for data. */
function kernel(src: string, opts: { local?: number; float32?: boolean } = {}): Kernel {
  const program = compileProgram(src, "kernel.py");
  let out = "";
  const core = new Core(program, {
    id: 0, numCores: 1, isHost: false, float32: opts.float32 ?? true,
    memory: { local: opts.local ?? 8192, spill: 0 }, write: (t) => (out += t), randomSeed: 1,
  });
  core.start();
  while (core.run(1 << 20) === RUN_YIELD);
  const k = core.findModule("__main__")!.get("k")!;
  return {
    core,
    out: () => out,
    call: (...args) => core.call(k, args),
    ref: (home, o = {}) => referenceArgument(core, home, { kind: "host", prefetch: 0, ...o }),
  };
}

/** The Python error a kernel call raises (kind and message). */
function pyError(f: () => unknown): { kind: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) return { kind: e.kind, message: e.pyMessage };
    throw e;
  }
  throw new Error("expected a Python error");
}

const floats = (n: number, f = (i: number) => i + 0.5) => Float32Array.from({ length: n }, (_, i) => f(i));

describe("a hostarray in a kernel", () => {
  it("reads elements, negative indexes, len, iteration, sum/min/max/sorted/list, in", () => {
    const k = kernel([
      "def k(a):",
      "    print(a[0], a[2], a[-1], len(a))",
      "    t = 0.0",
      "    for x in a:",
      "        t += x",
      "    print(t, sum(a), min(a), max(a), sorted(a)[0], list(a)[1])",
      "    print(2.5 in a, 7.0 in a, list(reversed(a)), [i for i, x in enumerate(a) if x > 1])",
      "    return a[1]",
    ].join("\n") + "\n");
    const home = Float32Array.from([3.5, 1.5, 2.5, 0.5]);
    const r = k.call(k.ref(typedArrayHome(home)));
    expect(r).toBe(1.5);
    expect(k.out()).toBe("3.5 2.5 0.5 4\n8.0 8.0 0.5 3.5 0.5 1.5\nTrue False [0.5, 2.5, 1.5, 3.5] [0, 1, 2]\n");
  });

  it("int32 elements are ints; float elements are floats made with the core's precision", () => {
    const k = kernel("def k(a, b):\n    print(a[0], a[1] + 1, b[0], b[1], type(a[0]), type(b[0]))\n");
    k.call(k.ref(typedArrayHome(Int32Array.from([7, -2]))), k.ref(typedArrayHome(Float64Array.from([2, 0.1]))));
    expect(k.out()).toBe("7 -1 2.0 0.1 <class 'int'> <class 'float'>\n");
  });

  it("writes go through to the home (ints converted in float arrays), a[i] += v works", () => {
    const k = kernel([
      "def k(a, n):",
      "    a[0] = 1",
      "    a[-1] = 2.25",
      "    a[1] += 10",
      "    n[2] = True",
      "    n[0] += 5",
      "    print(a[0], a[1], a[-1], n[0], n[2])",
    ].join("\n") + "\n");
    const home = Float32Array.from([0, 1, 2, 3]);
    const ints = [1, 2, 3];
    k.call(k.ref(typedArrayHome(home)), k.ref(numberArrayHome(ints, "int32")));
    expect(Array.from(home)).toEqual([1, 11, 2, 2.25]);
    expect(ints).toEqual([6, 2, 1]);
    // The core read its own writes through its cache.
    expect(k.out()).toBe("1.0 11.0 2.25 6 1\n");
  });

  it("a core sees its own write to a line it has cached", () => {
    const k = kernel("def k(a):\n    x = a[3]\n    a[3] = 9.5\n    return a[3]\n");
    const home = floats(32);
    expect(k.call(k.ref(typedArrayHome(home)))).toBe(9.5);
    expect(home[3]).toBe(9.5);
  });

  it("raises list-like errors: IndexError, bad index type, float into int32, slice assignment", () => {
    const k = kernel("def k(a, i, v):\n    a[i] = v\n    return a[i]\n");
    const ints = () => k.ref(typedArrayHome(new Int32Array(4)));
    expect(pyError(() => k.call(ints(), 4, 1))).toEqual({ kind: "IndexError", message: "hostarray assignment index out of range" });
    expect(pyError(() => k.call(ints(), -5, 1))).toEqual({ kind: "IndexError", message: "hostarray assignment index out of range" });
    expect(pyError(() => k.call(ints(), "x", 1))).toEqual({ kind: "TypeError", message: "hostarray indices must be integers or slices, not str" });
    expect(pyError(() => k.call(ints(), 0, 1.5))).toEqual({ kind: "TypeError", message: "integer argument expected, got float" });
    expect(pyError(() => k.call(ints(), 0, "s"))).toEqual({ kind: "TypeError", message: "an integer is required (got type str)" });
    expect(pyError(() => k.call(k.ref(typedArrayHome(new Float32Array(2))), 0, "s"))).toEqual({ kind: "TypeError", message: "must be real number, not str" });
    const r = kernel("def k(a):\n    return a[len(a)]\n");
    expect(pyError(() => r.call(r.ref(typedArrayHome(new Float32Array(3)))))).toEqual({ kind: "IndexError", message: "hostarray index out of range" });
    const s = kernel("def k(a):\n    a[0:1] = [1]\n");
    expect(pyError(() => s.call(s.ref(typedArrayHome(new Float32Array(3))))).kind).toBe("TypeError");
  });

  it("slices are new lists charged to the core", () => {
    const k = kernel("def k(a):\n    s = a[2:5]\n    s[0] = 99\n    return s, a[::-4], a[2]\n");
    const home = floats(10);
    const r = k.call(k.ref(typedArrayHome(home))) as { items: Value[] };
    const [s, back, a2] = r.items as [{ items: Value[] }, { items: Value[] }, Value];
    expect(s.items).toEqual([99, 3.5, 4.5]);
    expect(back.items).toEqual([9.5, 5.5, 1.5]);
    expect(a2).toBe(2.5);
    // A slice of a 10-million-element array would not fit the core: MemoryError, no list built.
    const big = kernel("def k(a):\n    return len(a[1:])\n");
    expect(pyError(() => big.call(big.ref(typedArrayHome(new Float32Array(10_000_000))))).kind).toBe("MemoryError");
  });

  it("has type 'hostarray', a descriptive str/repr, truth by length", () => {
    const k = kernel("def k(a, e):\n    print(type(a).__name__, str(a), repr(e), bool(a), bool(e))\n");
    k.call(k.ref(typedArrayHome(new Float32Array(50))), k.ref(typedArrayHome(new Int32Array(0)), { kind: "shared" }));
    expect(k.out()).toBe("hostarray <hostarray float32[50] in host memory> <hostarray int32[0] in shared memory> True False\n");
  });
});

describe("memory", () => {
  it("charges the cache on the first fetch and keeps it counted across collections", () => {
    const k = kernel("def k(a):\n    return a\n");
    const before = k.core.mem.used;
    const ref = k.ref(typedArrayHome(floats(1000))) as HostArrayRef;
    expect(k.core.mem.used - before).toBe(REFERENCE_BYTES);
    ref.get(0);
    const cache = DEFAULT_CACHE_LINES * DEFAULT_LINE_BYTES;
    expect(k.core.mem.used - before).toBe(REFERENCE_BYTES + cache);
    expect(ref.liveBytes()).toBe(REFERENCE_BYTES + cache);
    // Reachable from the module's globals: a collection still counts its bytes.
    k.core.findModule("__main__")!.set("kept", ref);
    const live = k.core.mem.collect();
    k.core.findModule("__main__")!.set("kept", null);
    expect(live - k.core.mem.collect()).toBe(REFERENCE_BYTES + cache);
  });

  it("a cache that does not fit the core raises MemoryError with the sizes", () => {
    const k = kernel("def k(a):\n    return a[0]\n", { local: 2048 });
    const e = pyError(() => k.call(k.ref(typedArrayHome(floats(100)), { cacheLines: 64 })));
    expect(e.kind).toBe("MemoryError");
    expect(e.message).toMatch(/core 0 out of memory allocating 4,096 bytes/);
  });

  it("walking 10 million float32 elements keeps the core's memory at kilobytes", () => {
    const n = 10_000_000;
    const home = new Float32Array(n).fill(0.25);
    home[n - 1] = 1;
    const k = kernel("def k(a):\n    t = 0.0\n    for i in range(0, len(a), 4096):\n        t += a[i]\n    for x in a[len(a) - 3:]:\n        t += x\n    return t\n");
    expect(num(k.call(k.ref(typedArrayHome(home))))).toBe(0.25 * Math.ceil(n / 4096) + 0.25 + 0.25 + 1);
    expect(k.core.mem.peak).toBeLessThan(8192);
  });

  it("device kind: a private copy charged like a list, never written back", () => {
    const k = kernel("def k(a):\n    a[0] = 42.0\n    return a[0] + a[1]\n");
    const home = Float32Array.from([1, 2, 3]);
    const before = k.core.mem.used;
    const ref = k.ref(typedArrayHome(home), { kind: "device" });
    expect(k.core.mem.used - before).toBe(REFERENCE_BYTES + listBytes(3));
    expect(num(k.call(ref))).toBe(44);
    expect(Array.from(home)).toEqual([1, 2, 3]);
    // Two cores' copies are separate (each reference is private to its core).
    const other = k.ref(typedArrayHome(home), { kind: "device" }) as HostArrayRef;
    expect(num(other.get(0))).toBe(1);
    expect(transferStats(k.core).fetchedFromHost).toBe(2 * 3 * 4);
    // Too large for the core: MemoryError before the host allocates the copy.
    const e = pyError(() => k.ref(typedArrayHome(new Float32Array(10_000)), { kind: "device" }));
    expect(e.kind).toBe("MemoryError");
  });
});

describe("transfer counters and prefetch", () => {
  const walk = "def k(a):\n    t = 0.0\n    for x in a:\n        t += x\n    return t\n";
  const lineElems = DEFAULT_LINE_BYTES / 4;

  it("a sequential walk without prefetch misses once per line", () => {
    const n = 1000;
    const k = kernel(walk);
    k.call(k.ref(typedArrayHome(floats(n))));
    const s = transferStats(k.core);
    const lines = Math.ceil(n / lineElems);
    expect(s.misses).toBe(lines);
    expect(s.hits).toBe(n - lines);
    expect(s.fetchedFromHost).toBe(n * 4);
    expect(s.prefetchedLines).toBe(0);
    expect(s.stallNs).toBeCloseTo((lines - 1) * transferNs(LEVEL_COSTS.host, DEFAULT_LINE_BYTES) + transferNs(LEVEL_COSTS.host, (n % lineElems) * 4), 3);
  });

  it("prefetch moves the same bytes with a smaller stall", () => {
    const n = 4000;
    const run = (prefetch: number) => {
      const k = kernel(walk);
      expect(num(k.call(k.ref(typedArrayHome(floats(n, () => 1)), { prefetch })))).toBe(n);
      return transferStats(k.core);
    };
    const plain = run(0);
    const ahead = run(4);
    expect(ahead.fetchedFromHost).toBe(plain.fetchedFromHost);
    expect(ahead.misses).toBe(1);
    expect(ahead.prefetchedLines).toBe(Math.ceil(n / lineElems) - 1);
    expect(ahead.stallNs).toBeLessThan(plain.stallNs / 2);
  });

  it("shared memory is counted on its own level; writes are counted per level", () => {
    const k = kernel("def k(a, b):\n    a[0] = a[1]\n    b[0] = 1.0\n    b[1] = 2.0\n");
    k.call(k.ref(typedArrayHome(floats(4)), { kind: "shared" }), k.ref(typedArrayHome(new Float64Array(4))));
    const s = transferStats(k.core);
    expect(s.fetchedFromShared).toBe(16);
    expect(s.writtenToShared).toBe(4);
    expect(s.writtenToHost).toBe(16);
    expect(s.fetchedFromHost).toBe(0);
    expect(s.stallNs).toBeCloseTo(transferNs(LEVEL_COSTS.shared, 16), 6);
  });

  // prefetch(a, 64, 32), then `work` loop iterations of compute, then a[64] + a[80].
  const explicit = (work: number) => {
    const events: TransferEvent[] = [];
    const k = kernel([
      "def k(a):",
      "    prefetch(a, 64, 32)",
      "    s = 0",
      `    for i in range(${work}):`,
      "        s += i",
      "    return a[64] + a[80]",
    ].join("\n") + "\n");
    expect(num(k.call(k.ref(typedArrayHome(floats(128)), { trace: (e) => events.push(e) })))).toBe(64.5 + 80.5);
    return { s: transferStats(k.core), events };
  };

  it("the prefetch builtin fetches ahead through the DMA engine; --trace sees each line", () => {
    const { s, events } = explicit(20);
    expect(s.prefetchedLines).toBe(2);
    expect(s.misses).toBe(0);
    expect(s.hits).toBe(2);
    expect(events.map((e) => [e.op, e.start, e.count])).toEqual([["prefetch", 64, 16], ["prefetch", 80, 16]]);
    // Both lines are in flight at once: their latencies overlap, their data shares the bandwidth.
    expect(events[1].readyNs - events[0].readyNs).toBeCloseTo(DEFAULT_LINE_BYTES / LEVEL_COSTS.host.bytesPerNs, 6);
    // The loop's compute hid part of the wait.
    expect(s.stallNs).toBeGreaterThan(0);
    expect(s.stallNs).toBeLessThan(transferNs(LEVEL_COSTS.host, DEFAULT_LINE_BYTES));
    // Enough compute between the prefetch and the use hides the transfer entirely.
    expect(explicit(400).s.stallNs).toBe(0);
  });

  it("prefetch() checks its arguments; on a list it does nothing", () => {
    const k = kernel("def k(a, *args):\n    return prefetch(a, *args)\n");
    expect(k.call(k.core.newList([1, 2]))).toBe(null);
    expect(pyError(() => k.call(3)).message).toBe("prefetch() argument 1 must be an array passed by reference, not int");
    expect(pyError(() => k.call(k.ref(typedArrayHome(floats(4))), 0, -1)).kind).toBe("ValueError");
    expect(pyError(() => k.call(k.ref(typedArrayHome(floats(4))), 1.5)).kind).toBe("TypeError");
  });

  it("refuses bad options and homes with clear errors", () => {
    const k = kernel("def k(a):\n    return a\n");
    const home = typedArrayHome(floats(4));
    expect(pyError(() => k.ref(home, { prefetch: -1 })).kind).toBe("ValueError");
    expect(pyError(() => k.ref(home, { lineBytes: 12 })).kind).toBe("ValueError");
    expect(pyError(() => k.ref(home, { kind: "disk" as never })).kind).toBe("ValueError");
    expect(pyError(() => k.ref(home, { kind: "toString" as never })).kind).toBe("ValueError");
    expect(pyError(() => k.ref(home, { clockMHz: -1 })).kind).toBe("ValueError");
    expect(pyError(() => numberArrayHome([1], "constructor" as never)).kind).toBe("ValueError");
    expect(pyError(() => numberArrayHome([1, 2.5], "int32")).message).toMatch(/not a 32-bit integer/);
    expect(pyError(() => typedArrayHome(new Uint8Array(2) as never)).kind).toBe("TypeError");
  });
});

describe("--stats", () => {
  const row = (over: Partial<StatsRow>): StatsRow => ({
    id: 0, label: "0", type: "epiphany3", isHost: false, instructions: 10, messagesSent: 0, bytesSent: 0, messagesReceived: 0, bytesReceived: 0,
    collectives: 0, peakLocal: 0, peakShared: 0, fetchLocal: 10, fetchShared: 0, dataLocal: 10, dataShared: 0,
    movedToLocal: 0, movedToShared: 0, busyMs: 0, endMs: 0, refFromHost: 0, refFromShared: 0, refToHost: 0,
    refToShared: 0, refHits: 0, refMisses: 0, refPrefetched: 0, refStallNs: 0, ...over,
  });

  it("shows the reference columns only when a core used an array passed by reference", () => {
    expect(formatStats([row({})])).not.toMatch(/host->core B/);
    const table = formatStats([row({ refFromHost: 64, refMisses: 1, refStallNs: 10213 }), row({ id: 1, label: "1" })]);
    expect(table).toMatch(/host->core B +shared->core B +core->host B +core->shared B +ref hits +ref misses +prefetched lines +stall ns/);
    expect(table.split("\n").at(-1)).toMatch(/ 64 +0 +0 +0 +0 +1 +0 +10213$/);
  });

  it("a core's row carries its transfer counters", () => {
    const k = kernel("def k(a):\n    return a[0]\n");
    k.call(k.ref(typedArrayHome(floats(4)), { kind: "shared" }));
    const spec = {
      id: 0, isHost: false, label: "device 0", type: "epiphany3", profile: profiles.epiphany3,
      memory: k.core.mem.limits, sharedSlice: 0, codeShared: false, dataShared: false,
    };
    const r = statsRow(k.core, spec, new CoreCounters(), 100, 10, 0);
    expect(r).toMatchObject({ refFromShared: 16, refMisses: 1, refHits: 0, refFromHost: 0 });
    expect(r.refStallNs).toBe(Math.round(transferNs(LEVEL_COSTS.shared, 16)));
  });
});
