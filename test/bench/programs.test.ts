// The public benchmark programs (pyperformance's and the Benchmarks Game's, written
// as those suites write them, see bench/README.md) print what CPython 3.11 prints.
// Each runs at a small size: the constant on its `# size parameter` line is replaced,
// so the program text is otherwise the one the benchmark times. Skipped without
// CPython 3.11, as the other parity tests are, and without a build (dist/): programs
// run through the CLI, as the benchmark runs them.
//
// Programs in bench/programs/ that do not run yet are pinned to the error that stops
// them: when a fix elsewhere makes one run, its test here fails, and the program
// should move into the timed set (bench/kernels/) and into PROGRAMS below.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { isBuilt, repoRoot, runEpython } from "../helpers/run.js";

/** Program path (from bench/) and the small value of its size parameter. */
const PROGRAMS: [string, string][] = [
  ["kernels/richards.py", "1"],
  ["kernels/pystone.py", "2000"],
  ["kernels/chaos.py", "400"],
  ["kernels/raytrace.py", "12"],
  ["kernels/hexiom.py", "1"],
  ["kernels/pidigits.py", "300"],
  ["kernels/coroutines.py", "12"],
  ["kernels/nqueens.py", "1"],
  ["kernels/float.py", "2000"],
  ["kernels/json_dumps.py", "1"],
  ["kernels/deepcopy.py", "20"],
  ["kernels/unpack_sequence.py", "40"],
  ["kernels/deltablue.py", "2"],
  ["kernels/go.py", "3"],
  ["kernels/generators.py", "1"],
  ["programs/nbody_pyperf.py", "300"],
  ["programs/fannkuch_pyperf.py", "6"],
];

/** Programs that do not run yet, each with the last line of the error that stops it. */
const PENDING: [string, string, string][] = [];

const SIZE_LINE = /^([A-Za-z_][A-Za-z0-9_]*) = [^\n#]+# size parameter$/m;

/** The program's source with its size parameter set to `size`. */
function sized(path: string, size: string): string {
  const text = readFileSync(join(repoRoot, "bench", path), "utf8");
  const m = SIZE_LINE.exec(text);
  if (!m) throw new Error(`${path}: no '# size parameter' line`);
  return text.replace(SIZE_LINE, `${m[1]} = ${size}  # size parameter`);
}

const dir = mkdtempSync(join(tmpdir(), "epython-programs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * ePython's stdout and the last line of its stderr, run as the benchmark runs it
 * (the CLI, one core, --float64, --profile host).
 */
function runProgram(path: string, src: string): { out: string; error: string | null } {
  const file = join(dir, path.replace("/", "_"));
  writeFileSync(file, src);
  const r = runEpython(["run", "--float64", "--cores", "1", "--no-prefix", "--profile", "host", file], { timeoutMs: 120_000 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  return { out: r.stdout, error: r.code === 0 ? null : last || `exit ${r.code}` };
}

describe.skipIf(!isBuilt())("public benchmark programs print CPython's output", () => {
  for (const [path, size] of PROGRAMS) {
    it.skipIf(!cpython311)(path, () => {
      const src = sized(path, size);
      const ep = runProgram(path, src);
      expect(ep.error).toBe(null);
      const cp = runCPython(src);
      expect(cp.status).toBe(0);
      expect(ep.out).toBe(cp.out);
      expect(ep.out.length).toBeGreaterThan(0);
    });
  }
});

// (A suite with no tests is an error in vitest: none is declared while nothing is pending.)
if (PENDING.length) describe.skipIf(!isBuilt())("public benchmark programs that do not run yet stop where expected", () => {
  for (const [path, size, line] of PENDING) {
    it(path, () => {
      expect(runProgram(path, sized(path, size)).error ?? "runs").toBe(line);
    });
  }
});
