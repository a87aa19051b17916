// Native runs against the interpreter: the golden examples that inference accepts
// print exactly their expected output, the benchmark kernels the interpreter's
// output, and runtime errors carry the interpreter's messages. Before the runtime
// helper's transport (src/native/runtime/parallel.h + host.c) exists, the test-only
// single-core transport of test/native/fixtures is used and multi-core examples skip.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, repoRoot } from "../helpers/run.js";

// A transport given in EPYTHON_NATIVE_TRANSPORT_DIR (e.g. a checkout of the runtime helper's) counts as real.
const givenTransport = process.env.EPYTHON_NATIVE_TRANSPORT_DIR;
const realTransport = givenTransport ? !givenTransport.includes("fixtures")
  : existsSync(join(repoRoot, "src/native/runtime/parallel.h")) && existsSync(join(repoRoot, "src/native/runtime/host.c"));
const env = { ...process.env, ...(realTransport ? {} : { EPYTHON_NATIVE_TRANSPORT_DIR: join(repoRoot, "test/native/fixtures") }) };
const hasCC = spawnSync("sh", ["-c", "command -v cc || command -v gcc"]).status === 0;

function native(args: string[], stdin = "") {
  const r = spawnSync("node", [cliPath, "run", "--native", ...args], { cwd: repoRoot, env, input: stdin, encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function interp(args: string[]) {
  return execFileSync("node", [cliPath, "run", "--cores", "1", ...args], { cwd: repoRoot, encoding: "utf8" });
}

const argsOf = (file: string) => (/^#\s*epython-args:\s*(.*)$/m.exec(readFileSync(join(repoRoot, file), "utf8").split("\n").slice(0, 15).join("\n"))?.[1] ?? "").split(/\s+/).filter(Boolean);

/** Examples inference accepts (the rejected ones and why: docs/native.md). */
const ACCEPTED = [
  "examples/control_flow.py", "examples/literals.py", "examples/functions.py", "examples/lib/shapes.py",
  "examples/hello.py", "examples/jacobi.py",
  "examples/parallel/barrier.py", "examples/parallel/broadcast.py", "examples/parallel/collectives.py", "examples/parallel/haloswap.py", "examples/parallel/hello.py",
  "examples/parallel/mergesort.py", "examples/parallel/oddeven.py",
  "examples/parallel/mandelbrot.py", "examples/parallel/nonblocking.py", "examples/parallel/pi.py",
  "examples/parallel/reduction.py",
  "examples/algorithms.py", "examples/device_numbers.py", "examples/greet.py", "examples/math_exact.py",
  "examples/math_module.py", "examples/operators.py", "examples/random_ints.py", "examples/parallel/pipeline.py",
  "examples/formatting.py", "examples/lists.py", "examples/tuples.py", "examples/random_floats.py",
];

describe.skipIf(!hasCC)("epython run --native", () => {
  for (const file of ACCEPTED) {
    const args = argsOf(file);
    const multi = args.includes("--cores");
    it.skipIf(multi && !realTransport)(`${file} prints the interpreter's output`, () => {
      // an example reading input() has its standard input beside it (greet.stdin)
      const stdinFile = join(repoRoot, file.replace(/\.py$/, ".stdin"));
      const r = native([...(multi ? [] : ["--cores", "1"]), ...args, file], existsSync(stdinFile) ? readFileSync(stdinFile, "utf8") : "");
      expect(r.stderr).toBe("");
      const expected = readFileSync(join(repoRoot, file.replace(/\.py$/, ".expected")), "utf8");
      // multi-core line order depends on the schedule: compare sorted lines
      const norm = (s: string) => (multi ? s.split("\n").sort().join("\n") : s);
      expect(norm(r.stdout)).toBe(norm(expected));
      expect(r.code).toBe(0);
    }, 120_000);
  }

  for (const k of ["jacobi", "mandelbrot", "nbody", "spectralnorm", "matmul", "fannkuch"]) {
    it(`bench kernel ${k} matches the interpreter`, () => {
      const file = existsSync(`bench/native/programs/${k}.py`) ? `bench/native/programs/${k}.py` : `bench/kernels/${k}.py`;
      const r = native(["--cores", "1", file]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(interp([file]));
    }, 180_000);
  }

  it("raises OverflowError, ZeroDivisionError and IndexError with the interpreter's messages and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
    const cases: [string, string][] = [
      ["x = 2147483647\ny = 1\nprint(x + y)\n", "OverflowError: int overflow: 2147483647 + 1 = 2147483648 does not fit in a 32-bit int"],
      ["def f(a):\n    return 10 // a\nprint(f(0))\n", "ZeroDivisionError: integer division or modulo by zero"],
      ["l = [1, 2]\ni = 2\nl[i] = 5\n", "IndexError: list assignment index out of range"],
      ["l = [1.0, 2.0]\nfor i in range(3):\n    print(l[i])\n", "IndexError: list index out of range"],
    ];
    cases.forEach(([src, msg], n) => {
      const f = join(dir, `e${n}.py`);
      writeFileSync(f, src);
      const r = native(["--cores", "1", f]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).toMatch(/line \d+/);
    });
  }, 120_000);

  it("prints floats, lists and tuples as the interpreter does", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
    const f = join(dir, "fmt.py");
    writeFileSync(f, [
      "x = 0.1", "print(x, x * 3, 1e20, 1.5e-7, 2.0 / 3.0, -0.0, 100.0)", "l = [1, 2]", "print(l, [0.5, 1.25], (1, 'a', [True]))",
      "print('%5.2f|%-4d|%s|%e' % (3.14159, 7, 'hi', 12345.678))", "print(f'{x:.3f} {l} {7:>4}')", "print(str(1.0) + '!', 7 // 2, -7 % 3, 2 ** 10)", "",
    ].join("\n"));
    for (const extra of [[], ["--float64"]]) {
      const r = native(["--cores", "1", ...extra, f]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(interp([...extra, f]));
    }
  }, 120_000);

  it("versioned loops: the fast copy with aliased lists, the checked copy out of range", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
    const ok = join(dir, "alias.py");
    writeFileSync(ok, [
      "def axpy(a, x, y):", "    for i in range(len(x)):", "        y[i] = a * x[i] + y[i]",
      "v = [1.0, 2.0, 3.0]", "w = [0.5, 0.5, 0.5]", "axpy(2.0, v, v)", "axpy(-1.0, v, w)", "print(v, w)",
      "s = [0, 1, 2, 3, 4]", "for j in range(1, 4):", "    s[j] = s[j - 1] + s[j + 1]", "print(s, j)", "",
    ].join("\n"));
    const r = native(["--cores", "1", ok]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(interp([ok]));
    const bad = join(dir, "bad.py");
    writeFileSync(bad, "l = [1.0, 2.0]\nm = [0.0, 0.0, 0.0]\nfor i in range(3):\n    m[i] = l[i] * 2.0\n");
    const b = native(["--cores", "1", bad]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("line 4");
    expect(b.stderr).toContain("IndexError: list index out of range");
  }, 120_000);

  const RING = [
    "from parallel import coreid, numcores, sendrecv, reduce, sync",
    "me = coreid()", "n = numcores()",
    "token = [me * 1.5, float(me)]", "total = 0.0",
    "for step in range(3):",
    "    got = sendrecv(token, (me + 1) % n if me % 2 == 0 else (me - 1 + n) % n)",
    "    total += got[0] + got[1]",
    "sync()", "s = reduce(total, 'sum')", "m = reduce(me, 'max')",
    "print('core', me, 'of', n, 'sum', s, 'max', m)", "",
  ].join("\n");

  for (const cores of [16, 256]) {
    it.skipIf(!realTransport)(`host threads: sendrecv and reduce on ${cores} cores as the interpreter`, () => {
      const f = join(mkdtempSync(join(tmpdir(), "ep-native-")), "ring.py");
      writeFileSync(f, RING);
      const r = native(["--cores", String(cores), f]);
      expect(r.stderr).toBe("");
      const want = execFileSync("node", [cliPath, "run", "--cores", String(cores), f], { cwd: repoRoot, encoding: "utf8" });
      const sorted = (t: string) => t.split("\n").sort().join("\n");
      expect(sorted(r.stdout)).toBe(sorted(want));
    }, 180_000);
  }

  const hasMpi = spawnSync("sh", ["-c", "command -v mpicc && command -v mpirun"]).status === 0;
  it.skipIf(!realTransport || !hasMpi)("epython build --target mpi: ranks give the host threads' output", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
    const f = join(dir, "ring.py");
    writeFileSync(f, RING);
    const exe = join(dir, "ring");
    const b = spawnSync("node", [cliPath, "build", "--target", "mpi", f, "-o", exe], { cwd: repoRoot, env, encoding: "utf8" });
    expect(b.stderr).toBe("");
    const mpiEnv = { ...env, OMPI_ALLOW_RUN_AS_ROOT: "1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: "1" };
    const r = spawnSync("mpirun", ["--oversubscribe", "-np", "4", exe], { env: mpiEnv, encoding: "utf8", timeout: 120_000 });
    const want = native(["--cores", "4", f]);
    const sorted = (t: string) => t.split("\n").sort().join("\n");
    expect(r.status).toBe(0);
    expect(sorted(r.stdout)).toBe(sorted(want.stdout));
  }, 180_000);

  it("gives the interpreter's random sequences under --seed", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
    const f = join(dir, "rnd.py");
    writeFileSync(f, "import random\nprint(random.random(), random.randint(1, 100), random.randrange(7))\nrandom.seed(42)\nprint(random.random(), random.randint(-5, 5))\n");
    for (const extra of [[], ["--float64"]]) {
      const r = native(["--cores", "1", "--seed", "12345", ...extra, f]);
      expect(r.stdout).toBe(interp(["--seed", "12345", ...extra, f]));
    }
  }, 120_000);

  it("reports an unsupported construct as a compile error, never a C message", () => {
    const r = native(["--cores", "1", "examples/scopes.py"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("examples/scopes.py:105:24: error: native code: the default of a nested function or lambda must be a constant natively");
  });
});
