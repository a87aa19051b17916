// Golden tests: every example program under examples/ is run through the CLI and
// its output compared with the sidecar files next to it.
//
// Conventions (also in examples/README.md):
//
//  * A program NAME.py is an example if NAME.expected and/or NAME.stderr-contains
//    exists next to it. Other .py files (user modules such as examples/lib/geometry.py,
//    imported by examples/lib/shapes.py, and the modules of a package: any directory
//    with an __init__.py, such as examples/packages/geom/) are not run by themselves. Host programs
//    under examples/offload/ are not ePython programs: they have their own tests.
//  * Command: `node bin/epython.js run --cores 1 [ARGS] examples/.../NAME.py`, from the
//    repository root, with default output prefixing. So every line of NAME.expected
//    starts with a core prefix: "[device 0] " for single-core programs, "[device N] "
//    or "[host N] " for multi-core ones. `--cores 1` is left out when ARGS choose the
//    cores themselves (--cores/-d/-h/--host); multi-core examples should also give
//    --deterministic so that their output (line order, random numbers) is fixed.
//  * ARGS come from a directive comment in the first lines of the program:
//        # epython-args: --float64
//    Programs under examples/classic/ get `--classic` as well.
//  * NAME.expected: the exact stdout. Without NAME.stderr-contains the run must exit 0.
//  * NAME.stdin: fed to standard input (otherwise stdin is empty).
//  * NAME.stderr-contains: one required substring of stderr per line; a line
//    `exit-code: N` gives the expected exit status instead (default 1).
//  * CPython cross-check: for Python 3 dialect examples with a NAME.expected that
//    either run with --float64 or carry the directive
//        # epython-cpython: same
//    (output independent of float precision), and if python3 is on PATH, CPython must
//    print exactly NAME.expected without the core prefixes. This checks the golden
//    files themselves, independently of ePython. Only single-core programs (no
//    cores chosen in ARGS) are cross-checked.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { hasPython3, isBuilt, repoRoot, runEpython, runPython3 } from "./helpers/run.js";

const examplesDir = join(repoRoot, "examples");
/** A core's output prefix: "[device N] " or "[host N] ". */
const PREFIX_RE = /^\[(device|host) \d+\] /;

interface Example {
  /** Path relative to the repository root, with forward slashes. */
  rel: string;
  file: string;
  args: string[];
  classic: boolean;
  cpythonSame: boolean;
  expected: string | null;
  stdin: string | undefined;
  stderrContains: string[];
  exitCode: number;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    // examples/offload holds host programs (CPython and TypeScript) that offload
    // kernels; test/host/offload-examples.test.ts and python/tests run them.
    if (entry.isDirectory()) {
      if (p !== join(examplesDir, "offload")) out.push(...walk(p));
    }
    else if (entry.name.endsWith(".py")) out.push(p);
  }
  return out.sort();
}

const readIf = (p: string): string | null => (existsSync(p) ? readFileSync(p, "utf8").replace(/\r\n/g, "\n") : null);

function directives(source: string): { args: string[]; cpythonSame: boolean } {
  const args: string[] = [];
  let cpythonSame = false;
  for (const line of source.split("\n").slice(0, 15)) {
    const m = /^#\s*epython-(args|cpython):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    if (m[1] === "args") args.push(...m[2].split(/\s+/).filter(Boolean));
    else if (m[2] === "same") cpythonSame = true;
  }
  return { args, cpythonSame };
}

function loadExample(file: string): Example | null {
  const stem = file.slice(0, -3);
  const expected = readIf(`${stem}.expected`);
  const stderrSpec = readIf(`${stem}.stderr-contains`);
  if (expected === null && stderrSpec === null) return null;
  const rel = relative(repoRoot, file).split("\\").join("/");
  const classic = rel.startsWith("examples/classic/");
  const { args, cpythonSame } = directives(readFileSync(file, "utf8"));
  if (classic && !args.includes("--classic")) args.unshift("--classic");
  const stderrContains: string[] = [];
  let exitCode = expected !== null && stderrSpec === null ? 0 : 1;
  for (const line of (stderrSpec ?? "").split("\n")) {
    const m = /^exit-code:\s*(-?\d+)\s*$/.exec(line);
    if (m) exitCode = Number(m[1]);
    else if (line.trim()) stderrContains.push(line);
  }
  return {
    rel, file, args, classic, cpythonSame, expected,
    stdin: readIf(`${stem}.stdin`) ?? undefined,
    stderrContains, exitCode,
  };
}

const allPrograms = walk(examplesDir);
const examples = allPrograms.map(loadExample).filter((e): e is Example => e !== null);
const choosesCores = (args: string[]) => args.some((a) => ["--cores", "-d", "-h", "--host"].includes(a) || a.startsWith("--cores="));

/** Shows stderr when a comparison fails, so a failing example explains itself. */
function context(ex: Example, r: { code: number; stderr: string }): string {
  return `${ex.rel} (exit ${r.code})\n--- stderr ---\n${r.stderr.trim().split("\n").slice(0, 30).join("\n")}\n--------------`;
}

describe("examples layout", () => {
  it("finds the example programs", () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
  });

  it("every program outside examples/lib and packages has expected output", () => {
    const missing = allPrograms
      .filter((f) => !relative(examplesDir, f).startsWith("lib"))
      .filter((f) => !existsSync(join(dirname(f), "__init__.py")))
      .filter((f) => loadExample(f) === null)
      .map((f) => relative(repoRoot, f));
    expect(missing).toEqual([]);
  });

  it("expected outputs carry the core prefix on every line", () => {
    for (const ex of examples) {
      if (ex.expected === null || ex.expected === "") continue;
      const bad = ex.expected.replace(/\n$/, "").split("\n").filter((l) => !PREFIX_RE.test(l));
      expect(bad, ex.rel).toEqual([]);
    }
  });
});

describe.skipIf(!isBuilt())("examples run under ePython", () => {
  for (const ex of examples) {
    it(ex.rel, () => {
      const args = ["run", ...(choosesCores(ex.args) ? [] : ["--cores", "1"]), ...ex.args, ex.rel];
      const r = runEpython(args, { stdin: ex.stdin, cwd: repoRoot });
      if (ex.expected !== null) expect(r.stdout, context(ex, r)).toBe(ex.expected);
      expect(r.code, context(ex, r)).toBe(ex.exitCode);
      for (const s of ex.stderrContains) expect(r.stderr, context(ex, r)).toContain(s);
    }, 90_000);
  }
});

const cpythonChecked = examples.filter(
  (ex) => !ex.classic && !choosesCores(ex.args) && ex.expected !== null && ex.stderrContains.length === 0
    && (ex.cpythonSame || ex.args.includes("--float64")),
);

describe.skipIf(!hasPython3())("golden files agree with CPython", () => {
  it("has CPython-checked examples", () => {
    expect(cpythonChecked.length).toBeGreaterThanOrEqual(12);
  });
  for (const ex of cpythonChecked) {
    it(ex.rel, () => {
      const r = runPython3([basename(ex.file)], { cwd: dirname(ex.file), stdin: ex.stdin });
      expect(r.code, `${ex.rel}: CPython failed\n${r.stderr}`).toBe(0);
      const bare = ex.expected!.split("\n").map((l) => l.replace(PREFIX_RE, "")).join("\n");
      expect(r.stdout.replace(/\r\n/g, "\n")).toBe(bare);
    }, 90_000);
  }
});
