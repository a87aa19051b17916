// Memory options have documented limits, and the device's shared memory is divided
// among the device cores a run actually uses (a 1-core run has all of it).

import { describe, expect, test } from "vitest";
import {
  Layout, LayoutError, MAX_CORE_MEMORY, MAX_LOCAL_MEMORY, MAX_SHARED_MEMORY, MIN_DATA_MEMORY,
  type LayoutOptions,
} from "../../src/device/layout.js";
import { profiles } from "../../src/device/profiles.js";
import { py, runDevice } from "./helpers.js";

const MB = 1024 * 1024;
const layout = (o: Partial<LayoutOptions>) =>
  new Layout({ profile: profiles.epiphany3, deviceCores: 1, hostCores: 0, codeBytes: 100, ...o });

describe("memory option limits", () => {
  test("the limits are exported constants with sane values", () => {
    expect(MAX_LOCAL_MEMORY).toBe(256 * MB);
    expect(MAX_CORE_MEMORY).toBe(256 * MB);
    expect(MAX_SHARED_MEMORY).toBe(4096 * MB);
    expect(MIN_DATA_MEMORY).toBe(1024);
  });

  test("too much local or shared memory is refused with the limit", () => {
    expect(() => layout({ localMemory: 1e20 })).toThrow(new LayoutError("--local-memory: at most 256 MB for code and data plus the runtime's 24 KB per core on epiphany3"));
    expect(() => layout({ localMemory: MAX_LOCAL_MEMORY + 1 })).toThrow(LayoutError);
    expect(() => layout({ profile: profiles.host, localMemory: 300 * MB })).toThrow(new LayoutError("--local-memory: at most 256 MB per core"));
    expect(() => layout({ sharedMemory: 5 * 1024 * MB })).toThrow(new LayoutError("--shared-memory: at most 4 GB (the device's 32-bit address space)"));
    expect(() => layout({ sharedMemory: Number.NaN })).toThrow(LayoutError);
  });

  test("too little local memory names the minimum, not --code-core", () => {
    const msg = "--local-memory: at least 25 KB per core on epiphany3: the runtime takes 24 KB and at least 1 KB must be left for code and data";
    expect(() => layout({ localMemory: 0 })).toThrow(new LayoutError(msg));
    expect(() => layout({ localMemory: MIN_DATA_MEMORY - 1 })).toThrow(new LayoutError(msg));
    expect(() => layout({ localMemory: MIN_DATA_MEMORY })).not.toThrow();
  });

  test("code that does not fit names the right remedy", () => {
    expect(() => layout({ localMemory: 1024, codeBytes: 2000 })).toThrow(/does not fit .* give a larger --local-memory or use --code-shared$/);
    expect(() => layout({ localMemory: 1024, codeBytes: 5000, code: "core" })).toThrow(/; drop --code-core$/);
  });

  test("the largest allowed sizes work, and the host profile keeps its large memory", () => {
    const big = layout({ localMemory: MAX_LOCAL_MEMORY, sharedMemory: MAX_SHARED_MEMORY });
    expect(big.cores[0].memory.local + big.cores[0].memory.spill).toBeLessThanOrEqual(MAX_CORE_MEMORY);
    const host = layout({ profile: profiles.host, deviceCores: 2, hostCores: 1 });
    expect(host.cores.map((c) => c.memory.local)).toEqual([256 * MB - 100, 256 * MB - 100, 256 * MB]); // 100 B of code
    expect(host.cores.map((c) => c.memory.spill)).toEqual([0, 0, 0]);
  });
});

describe("shared memory is divided among the running device cores", () => {
  test("slices: 1 core has all of it, 16 cores a sixteenth, capped per core", () => {
    expect(layout({}).cores[0].sharedSlice).toBe(32 * MB);
    expect(layout({ deviceCores: 16 }).cores.map((c) => c.sharedSlice)).toEqual(new Array(16).fill(2 * MB));
    expect(layout({ placement: [3, 9] }).cores.map((c) => c.memory.spill)).toEqual([16 * MB, 16 * MB]);
    expect(layout({ strictMemory: true }).cores[0].memory.spill).toBe(0);
    const capped = layout({ sharedMemory: MAX_SHARED_MEMORY });
    const m = capped.cores[0].memory;
    expect(m.local + m.spill + 100).toBe(MAX_CORE_MEMORY); // 100 B of code on the core
  });

  test("a 400x400 matrix multiply (lists of lists of floats) runs on one core of the default profile", () => {
    // Three 400x400 matrices need ~1.9 MB: far beyond the old 1/16 slice of 512,000 B.
    const r = runDevice(py(
      "n = 400",
      "a = [[float(i * n + j) / n for j in range(n)] for i in range(n)]",
      "b = [[float(i - j) / n for j in range(n)] for i in range(n)]",
      "c = [[0.0] * n for i in range(n)]",
      "for i in range(0, n, 100):", // every 100th row: the memory is the whole matrices', the time a quarter's
      "    ai = a[i]",
      "    ci = c[i]",
      "    for k in range(n):",
      "        aik = ai[k]",
      "        bk = b[k]",
      "        for j in range(n):",
      "            ci[j] += aik * bk[j]",
      "print(len(c), len(c[0]), c[0][0])",
    ), { cores: 1 });
    expect(r.error).toBeNull();
    expect(r.out).toBe("[device 0] 400 400 132.83376\n");
    expect(r.warnings).toMatch(/spills to its slice of shared memory/);
  }, 60_000);
});
