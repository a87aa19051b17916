// The bench harness (bench/lib/): medians and spreads, interleaved runs, the option
// and filter rules, the real CPython binary, and the busy-CPU process. Timings are
// never checked; these are the pieces whose mistakes would make figures dishonest.

import { readFileSync, realpathSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run.js";

interface Summary { runs: number; min: number; median: number; max: number }
interface Lib {
  summarize(xs: number[]): Summary;
  ratio(a: Summary | null, b: Summary | null): number | null;
  formatSummary(s: Summary | null, o?: { digits?: number; scale?: number; unit?: string }): string;
  interleaved<C>(configs: C[], runs: number, run: (c: C) => { ok: boolean; seconds: number }): { samples: number[]; failure: unknown }[];
  parseOptions(argv: string[], o: { section: string; usage: string; extra?: Record<string, { value: boolean }> }): { runs: number; quick: boolean; filter: string[]; flags: Record<string, string | true>; section: string };
  selected(o: { filter: string[]; section: string }, name: string): boolean;
  resolvePython(): { path?: string; version?: string; error?: string };
  withBusyCpu<T>(fn: (pid: number) => T | Promise<T>): Promise<T>;
}

let lib: Lib;
beforeAll(async () => {
  // Computed paths keep TypeScript from looking for declarations of the .mjs files.
  const dir = join(repoRoot, "bench", "lib");
  const mods = await Promise.all(["stats", "format", "process", "options", "busy"].map((m) => import(join(dir, `${m}.mjs`))));
  lib = Object.assign({}, ...mods) as Lib;
});

describe("summaries", () => {
  it("quotes the median with min and max, for odd and even counts", () => {
    expect(lib.summarize([3, 1, 2, 10, 0.5])).toEqual({ runs: 5, min: 0.5, median: 2, max: 10 });
    expect(lib.summarize([4, 1, 3, 2])).toEqual({ runs: 4, min: 1, median: 2.5, max: 4 });
    expect(() => lib.summarize([])).toThrow();
  });

  it("takes ratios between medians, not best runs", () => {
    const a = lib.summarize([1, 2, 9]);
    const b = lib.summarize([0.5, 4, 4]);
    expect(lib.ratio(a, b)).toBe(0.5);
    expect(lib.ratio(a, null)).toBeNull();
  });

  it("prints median [min-max]", () => {
    expect(lib.formatSummary(lib.summarize([0.8123, 0.8011, 0.8349]), { unit: " s" })).toBe("0.812 s [0.801-0.835]");
    expect(lib.formatSummary(lib.summarize([2e-6]), { digits: 2, scale: 1e6 })).toBe("2.00");
  });
});

describe("interleaved runs", () => {
  it("runs round by round and stops a configuration after its failure", () => {
    const calls: string[] = [];
    let bFails = 0;
    const out = lib.interleaved(["a", "b"], 3, (c) => {
      calls.push(c);
      if (c === "b" && ++bFails === 2) return { ok: false, seconds: 0 };
      return { ok: true, seconds: calls.length };
    });
    expect(calls).toEqual(["a", "b", "a", "b", "a"]);
    expect(out[0].samples).toEqual([1, 3, 5]);
    expect(out[1].samples).toEqual([2]);
    expect(out[1].failure).toBeTruthy();
  });
});

describe("options and filter", () => {
  it("defaults to BENCH_RUNS, else 5, and collects lower-cased filter words", () => {
    const saved = process.env.BENCH_RUNS;
    try {
      delete process.env.BENCH_RUNS;
      expect(lib.parseOptions([], { section: "device", usage: "" }).runs).toBe(5);
      process.env.BENCH_RUNS = "2";
      const o = lib.parseOptions(["Jacobi", "--quick"], { section: "device", usage: "" });
      expect(o).toMatchObject({ runs: 2, quick: true, filter: ["jacobi"] });
      expect(lib.parseOptions(["--runs", "7"], { section: "device", usage: "" }).runs).toBe(7);
      expect(lib.parseOptions(["--json", "f.json"], { section: "kernels", usage: "", extra: { "--json": { value: true } } }).flags).toEqual({ "--json": "f.json" });
    } finally {
      if (saved === undefined) delete process.env.BENCH_RUNS;
      else process.env.BENCH_RUNS = saved;
    }
  });

  it("selects cases by substring, or a whole section by its exact name", () => {
    const o = (filter: string[]) => ({ filter, section: "device" });
    expect(lib.selected(o([]), "reduce")).toBe(true);
    expect(lib.selected(o(["jacobi"]), "jacobi-scaling")).toBe(true);
    expect(lib.selected(o(["jacobi"]), "workers-pi")).toBe(false);
    expect(lib.selected(o(["device"]), "workers-pi")).toBe(true);
    expect(lib.selected(o(["e"]), "roundtrip")).toBe(false); // "e" is in "device" but is not its name
  });
});

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("CPython", () => {
  it.skipIf(!hasPython)("is resolved to its real binary, not a shim script", () => {
    const py = lib.resolvePython();
    expect(py.error).toBeUndefined();
    expect(realpathSync(py.path!)).toBe(py.path);
    expect(readFileSync(py.path!).subarray(0, 2).toString("latin1")).not.toBe("#!");
    expect(py.version).toMatch(/^3\.\d+/);
  });
});

describe("one CPU kept busy", () => {
  it("runs a spinner during fn and has it gone afterwards", async () => {
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    let seen = 0;
    const result = await lib.withBusyCpu((pid) => {
      seen = pid;
      expect(alive(pid)).toBe(true);
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).toBeGreaterThan(0);
    expect(alive(seen)).toBe(false);
  });
});
