// The collector is amortised (src/vm/memory.ts): once usage passes local memory it
// runs again only after about the live size (at least MIN_SLACK bytes) has been
// allocated since the last collection, never later than the core's capacity. These
// tests count collections on allocation-heavy loops, and check that a program whose
// live data truly exceeds its budget still fails exactly where a collector running
// on every allocation would make it fail, with the same message.

import { describe, expect, test } from "vitest";
import { CoreMemory, MIN_SLACK, listBytes } from "../../src/vm/memory.js";
import { PyList, type Value } from "../../src/vm/values.js";
import { py, runDevice } from "../device/helpers.js";

/** A core memory whose roots are `live` (a list the test grows) plus nothing else. */
function memoryWith(local: number, spill: number): { mem: CoreMemory; live: PyList } {
  const mem = new CoreMemory(0, { local, spill });
  const live = new PyList([]);
  mem.roots = () => [live];
  mem.charge(listBytes(0));
  return { mem, live };
}

/** Charges `n` garbage lists of `items` items (unreachable at once, like temporaries). */
function churn(mem: CoreMemory, n: number, items: number): void {
  for (let i = 0; i < n; i++) mem.charge(listBytes(items));
}

describe("amortised collections", () => {
  test("live data just under local memory: one collection per ~MIN_SLACK allocated, not one per allocation", () => {
    const local = 8000;
    const { mem, live } = memoryWith(local, 1 << 20);
    // Live data 7,908 bytes: 92 bytes of local memory left.
    const grow = (local - 100 - listBytes(0)) / 4;
    live.items.push(...new Array<Value>(grow).fill(0));
    mem.charge(4 * grow);
    mem.collections = 0;
    const garbage = 10_000 * listBytes(20); // 880 KB of temporaries, 88 B each
    churn(mem, 10_000, 20);
    // A collection on each allocation past local memory would be ~10,000 of them.
    expect(mem.collections).toBeGreaterThan(0);
    expect(mem.collections).toBeLessThanOrEqual(Math.ceil(garbage / MIN_SLACK) + 1);
    // The data still fits locally: no spill, and peak reports live data, not garbage.
    expect(mem.spilled).toBe(false);
    expect(mem.peak).toBeLessThanOrEqual(local);
  });

  test("large live data: collections scale with allocation / live size", () => {
    const { mem, live } = memoryWith(8000, 64 << 20);
    const n = 250_000; // ~1 MB live, spilled
    for (let i = 0; i < n; i++) live.items.push(0);
    mem.charge(4 * n);
    mem.collections = 0;
    churn(mem, 100_000, 20); // 8.8 MB of garbage
    const liveBytes = listBytes(n);
    expect(mem.spilled).toBe(true);
    expect(mem.collections).toBeLessThanOrEqual(Math.ceil((100_000 * listBytes(20)) / liveBytes) + 1);
    expect(mem.collections).toBeGreaterThanOrEqual(4);
    expect(mem.collect()).toBe(liveBytes);
  });

  test("a core without spill space never goes past its local memory between collections", () => {
    const local = 8000;
    const { mem } = memoryWith(local, 0);
    for (let i = 0; i < 2000; i++) {
      mem.charge(listBytes(20));
      expect(mem.used).toBeLessThanOrEqual(local);
    }
  });
});

describe("limits stay exact", () => {
  /**
   * Grows live data by `step` items per round with `garbage` temporaries between
   * rounds; returns the round at which MemoryError was raised and its message.
   */
  function exhaust(mem: CoreMemory, live: PyList, step: number, garbage: number): { round: number; message: string } {
    for (let round = 0; ; round++) {
      churn(mem, garbage, 10);
      try {
        mem.charge(4 * step);
      } catch (e) {
        return { round, message: (e as Error).message };
      }
      live.items.push(...new Array<Value>(step).fill(0));
    }
  }

  test("MemoryError at the first allocation whose live data exceeds the capacity, with its sizes", () => {
    const local = 8000;
    const spill = 100_000;
    const step = 50;
    // The oracle: live bytes after `round` rounds are listBytes(step * round); the
    // charge of round r fails when listBytes(step * (r + 1)) exceeds the capacity.
    let expected = 0;
    while (listBytes(step * (expected + 1)) <= local + spill) expected++;
    for (const garbage of [0, 1, 7, 40]) {
      const { mem, live } = memoryWith(local, spill);
      const r = exhaust(mem, live, step, garbage);
      expect(r.round, `with ${garbage} temporaries per round`).toBe(expected);
      const inUse = listBytes(step * expected);
      expect(r.message).toBe(
        `MemoryError: core 0 out of memory allocating ${4 * step} bytes; ${inUse.toLocaleString("en-US")} in use (frames 0, heap ${inUse.toLocaleString("en-US")}) of 8,000 local + 100,000 shared bytes`,
      );
      // The failed charge was undone: the accounting is the live size.
      expect(mem.collect()).toBe(inUse);
    }
  });

  test("a program with garbage fails only when its live data and the request exceed the capacity", () => {
    // Each round makes temporaries, then keeps a 12-item list. The message's "in use"
    // is the live size after a full collection: the request must truly not fit.
    const prog = py(
      "keep = []",
      "i = 0",
      "while True:",
      "    for t in range(25):",
      "        tmp = [t] * 30",
      "    keep.append([i] * 12)",
      "    i += 1",
    );
    // 1 core: its shared slice is all of the 64 KB shared memory.
    for (const o of [{ strictMemory: true }, { sharedMemory: 64 * 1024 }]) {
      const r = runDevice(prog, { cores: 1, ...o });
      const m = /^MemoryError: core 0 out of memory allocating ([\d,]+) bytes; ([\d,]+) in use \(frames [\d,]+, heap [\d,]+\) of ([\d,]+)(?: local \+ ([\d,]+) shared)? bytes$/.exec(r.error ?? "");
      expect(m, r.error ?? "no error").not.toBeNull();
      const n = (s: string | undefined) => Number((s ?? "0").replace(/,/g, ""));
      const [request, inUse, capacity] = [n(m![1]), n(m![2]), n(m![3]) + n(m![4])];
      expect(inUse).toBeLessThanOrEqual(capacity);
      expect(inUse + request).toBeGreaterThan(capacity);
      // The kept data is most of it: garbage was not mistaken for live data.
      expect(capacity - inUse).toBeLessThan(200);
    }
  });

  test("equal long strings each count, as CPython's objects do: MemoryError after capacity / size of them", () => {
    // A string has no identity on the host; counted once per distinct text, a list of
    // equal long strings looked almost free while the host's memory filled.
    const prog = py(
      "keep = []",
      "try:",
      "    while True:",
      "        keep.append('x' * 1000)",
      "except MemoryError:",
      "    print(len(keep))",
    );
    const shared = 64 * 1024;
    const r = runDevice(prog, { cores: 1, sharedMemory: shared });
    expect(r.error).toBeNull();
    const kept = Number(/^\[device 0\] (\d+)\n$/.exec(r.out)?.[1]);
    // Each costs 1,008 bytes (8 + 1 per character) plus its list slot.
    expect(kept).toBeGreaterThan(shared / 1012 - 10);
    expect(kept).toBeLessThan((shared + 8192) / 1012);
  });

  test("short equal strings held many times count once (names, keys, small literals)", () => {
    const { mem, live } = memoryWith(8000, 1 << 20);
    live.items.push(...new Array<Value>(1000).fill("abc"));
    mem.charge(4 * 1000);
    expect(mem.collect()).toBe(listBytes(1000) + 8 + 3);
  });

  test("the default profile spills a program with growing data once, then collects amortised", () => {
    const r = runDevice(
      py(
        "keep = [0] * 2000",
        "s = 0",
        "for i in range(3000):",
        "    s += sum([x for x in range(20)])",
        "print(s)",
      ),
      { cores: 1 },
    );
    expect(r.error).toBeNull();
    expect(r.out).toBe("[device 0] 570000\n");
    expect(r.warnings.match(/spills/g)?.length).toBe(1);
  });
});
