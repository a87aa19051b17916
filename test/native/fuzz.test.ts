// Differential fuzz test: random well-typed programs (int and float arithmetic,
// comparisons, lists, loops, function calls, printing and % formatting) print the
// same in the interpreter and natively, at float32 and float64. A seeded generator
// keeps every run reproducible; a failure prints the program.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, repoRoot } from "../helpers/run.js";

const hasCC = spawnSync("sh", ["-c", "command -v cc || command -v gcc"]).status === 0;
// The single-core test transport only while the real one is not in src/native/runtime.
const realTransport = existsSync(join(repoRoot, "src/native/runtime/host.c"));
const env = { ...process.env, ...(realTransport || process.env.EPYTHON_NATIVE_TRANSPORT_DIR ? {} : { EPYTHON_NATIVE_TRANSPORT_DIR: join(repoRoot, "test/native/fixtures") }) };

/** xorshift32: a small deterministic generator. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  return { int: (n: number) => next() % n, pick: <T>(xs: T[]) => xs[next() % xs.length] };
}

/** One random program: ints stay small so no operation overflows (overflow has its own test). */
function program(seed: number): string {
  const r = rng(seed);
  const intE = (d: number): string => {
    if (d === 0 || r.int(3) === 0) return r.pick(["a", "b", "i", String(r.int(20) - 5), "len(xs)"]);
    const op = r.pick(["+", "-", "*", "//", "%"]);
    const rhs = op === "//" || op === "%" ? `(${intE(d - 1)} % 7 + 8)` : intE(d - 1);
    return `(${intE(d - 1)} ${op} ${rhs})`;
  };
  const fltE = (d: number): string => {
    if (d === 0 || r.int(3) === 0) return r.pick(["x", "y", "xs[i % len(xs)]", `${r.int(1000) / 7}`, "0.1", "1e-3", "a * 0.5"]);
    const op = r.pick(["+", "-", "*", "/"]);
    const rhs = op === "/" ? `(abs(${fltE(d - 1)}) + 1.5)` : fltE(d - 1);
    return `(${fltE(d - 1)} ${op} ${rhs})`;
  };
  const lines = [
    "import math",
    "def f(p, q):",
    `    return p * ${r.int(5) + 1} + q`,
    "def g(p):",
    `    return math.sqrt(abs(p)) + ${r.int(9)}.25`,
    `a = ${r.int(50) - 10}`,
    `b = ${r.int(30) + 1}`,
    `x = ${r.int(10000) / 64}`,
    `y = ${r.int(100) / 3}`,
    `xs = [${Array.from({ length: 3 + r.int(4) }, () => (r.int(1000) / 16).toFixed(4)).join(", ")}]`,
    "acc = 0.0",
    "n = 0",
    `for i in range(${r.int(5) + 2}):`,
    `    acc += ${fltE(3)}`,
    `    n += ${intE(2)} % 100`,
    `    if ${intE(2)} > ${intE(1)}:`,
    `        xs[i % len(xs)] = ${fltE(2)}`,
    `    print(i, n, f(a, i), g(${fltE(2)}))`,
    "print(acc, xs, [k * 2 for k in range(3)], (a, x))",
    `print("%.3f %5d %e %g|%s" % (${fltE(2)}, ${intE(2)} % 1000, ${fltE(2)}, ${fltE(1)}, xs[0]))`,
    `print(${fltE(3)}, ${intE(3)}, ${fltE(2)} < ${fltE(2)}, -${fltE(1)}, float(${intE(2)}), int(${fltE(2)}))`,
  ];
  return lines.join("\n") + "\n";
}

function run(args: string[], native: boolean) {
  const r = spawnSync("node", [cliPath, "run", ...(native ? ["--native"] : []), "--cores", "1", ...args], { cwd: repoRoot, env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!hasCC)("native vs interpreter, random programs", () => {
  const dir = mkdtempSync(join(tmpdir(), "ep-fuzz-"));
  for (let seed = 1; seed <= 12; seed++) {
    it(`program ${seed}`, () => {
      const src = program(seed * 7919);
      const f = join(dir, `p${seed}.py`);
      writeFileSync(f, src);
      const flags = seed % 2 ? [] : ["--float64"];
      const a = run([...flags, f], false);
      const b = run([...flags, f], true);
      expect(b.err, src).toBe("");
      expect({ code: b.code, out: b.out }, src).toEqual({ code: a.code, out: a.out });
    }, 120_000);
  }
});
