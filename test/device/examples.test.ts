// The parallel example programs (examples/parallel/**, examples/hello.py,
// examples/jacobi.py) through the CLI: with their own arguments (always
// --deterministic) the output must equal NAME.expected byte for byte, twice over;
// on two worker threads (same seeds, no fixed schedule) every core must print the
// same lines in the same order, and lines separated by a barrier keep their order.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, repoRoot, runEpython } from "../helpers/run.js";

function programs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...programs(p));
    else if (e.name.endsWith(".py") && existsSync(p.replace(/\.py$/, ".expected"))) out.push(p);
  }
  return out.sort();
}

const examples = [
  ...programs(join(repoRoot, "examples", "parallel")),
  join(repoRoot, "examples", "hello.py"),
  join(repoRoot, "examples", "jacobi.py"),
].map((file) => {
  const first = readFileSync(file, "utf8").split("\n")[0];
  const args = (/^#\s*epython-args:\s*(.*)$/.exec(first)?.[1] ?? "").trim().split(/\s+/).filter(Boolean);
  return { file, rel: relative(repoRoot, file), args, expected: readFileSync(file.replace(/\.py$/, ".expected"), "utf8") };
});

/** Lines grouped by the core that printed them, in order. */
function perCore(out: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of out.split("\n").filter(Boolean)) {
    const core = /^\[(?:device|host) \d+\] /.exec(line)?.[0] ?? "";
    if (!m.has(core)) m.set(core, []);
    m.get(core)!.push(line);
  }
  return m;
}

describe.skipIf(!isBuilt())("parallel examples", () => {
  it("are all run with --deterministic", () => {
    expect(examples.length).toBeGreaterThanOrEqual(28);
    for (const ex of examples) expect(ex.args, ex.rel).toContain("--deterministic");
  });

  for (const ex of examples) {
    it(`${ex.rel}: deterministic output equals the .expected file, twice`, () => {
      const a = runEpython(["run", ...ex.args, ex.rel], { timeoutMs: 30_000 });
      expect(a.stderr).toBe("");
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(ex.expected);
      if (/jacobi|hello|mergesort|pi/.test(ex.rel)) {
        const b = runEpython(["run", ...ex.args, ex.rel], { timeoutMs: 30_000 });
        expect(b.stdout).toBe(a.stdout);
      }
    }, 60_000);
  }

  for (const ex of examples.filter((e) => !/classic\/(jacobi|mergesort)|^examples\/jacobi/.test(e.rel))) {
    it(`${ex.rel}: same lines per core on two workers`, () => {
      const args = ex.args.filter((a) => a !== "--deterministic");
      const r = runEpython(["run", ...args, "--seed", "0", "--workers", "2", ex.rel], { timeoutMs: 30_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(perCore(r.stdout)).toEqual(perCore(ex.expected));
      // Cores take turns between barriers: the order across cores is fixed too.
      if (/mandelbrot|oddevensort/.test(ex.rel)) expect(r.stdout).toBe(ex.expected);
      // Every line printed before a barrier comes before every line printed after it.
      if (/barrier|synccores/.test(ex.rel)) {
        const lines = r.stdout.split("\n");
        const lastBefore = Math.max(...lines.map((l, i) => (/before the barrier|Hello from/.test(l) ? i : -1)));
        const firstAfter = lines.findIndex((l) => /after the barrier|After sync/.test(l));
        expect(lastBefore).toBeLessThan(firstAfter);
      }
    }, 60_000);
  }
});
