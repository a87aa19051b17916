// The native parallel runtime (src/native/runtime/) on its own: hand-written C programs
// (test/native/runtime/*.c) call the API of parallel.h and are built for the `host`
// target (a thread per core) with gcc and, when Open MPI is installed
// (scripts/install-mpi.sh), for the `mpi` target with mpicc and run under mpirun.
// Every expected value is computed here, independently of the C code.

import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run.js";

const runtime = join(repoRoot, "src", "native", "runtime");
const sources = join(repoRoot, "test", "native", "runtime");
const programs = ["basics", "errors", "jacobi", "pingpong"] as const;
type Program = (typeof programs)[number];
type Target = "host" | "mpi";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const gcc = has("gcc");
const mpi = has("mpicc") && has("mpirun");
const mpiEnv = { ...process.env, OMPI_ALLOW_RUN_AS_ROOT: "1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: "1" };

let dir = "";
const built = new Map<string, string>();

/** Compiles a test program for a target, warnings as errors (the runtime must be warnings-clean). */
function build(target: Target, program: Program): string {
  const key = `${target}-${program}`;
  const cached = built.get(key);
  if (cached) return cached;
  const out = join(dir, key);
  const cc = target === "host" ? "gcc" : "mpicc";
  const args = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-O3", `-I${runtime}`, join(sources, `${program}.c`),
    join(runtime, "shared.c"), join(runtime, `${target}.c`), join(runtime, "platform_posix.c"), "-o", out];
  if (target === "host") args.push("-pthread");
  const r = spawnSync(cc, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cc} ${program}.c failed:\n${r.stderr}`);
  built.set(key, out);
  return out;
}

interface Result { status: number | null; stdout: string; stderr: string; ms: number }

/** Runs a program on `cores` cores. Every test program takes the core count as its last
    argument (ep_run's ncores); under mpirun it is ignored and -np decides. */
function run(target: Target, program: Program, args: string[], cores: number, timeoutMs = 60_000): Result {
  const exe = build(target, program);
  const start = Date.now();
  const r = target === "host"
    ? spawnSync(exe, [...args, String(cores)], { encoding: "utf8", timeout: timeoutMs })
    : spawnSync("mpirun", ["--oversubscribe", "-np", String(cores), exe, ...args, String(cores)], { encoding: "utf8", timeout: timeoutMs, env: mpiEnv });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - start };
}

/** Lines of one core, in its order, without the prefix. */
function linesOf(stdout: string, core: number): string[] {
  const prefix = `[device ${core}] `;
  return stdout.split("\n").filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

function checkRing(r: Result, n: number): void {
  expect(r.status).toBe(0);
  for (let i = 0; i < n; i++) {
    const from = (i + n - 1) % n;
    expect(linesOf(r.stdout, i)).toEqual([`ring ${i} got ${from * 10} and 'hello from ${from}' (${`hello from ${from}`.length} bytes)`]);
  }
}

function checkPairs(r: Result, n: number): void {
  expect(r.status).toBe(0);
  const g = (x: number) => String(x); // %g of these small dyadic values prints them exactly
  for (let i = 0; i < n; i++) {
    const expected: string[] = [];
    if ((i ^ 1) < n) expected.push(`pair ${i} got ${100 + (i ^ 1)}`);
    const left = i > 0 ? g(i - 1 + 0.5) : "-1";
    const right = i < n - 1 ? g(i + 1 + 0.125) : "-1";
    expected.push(`halo ${i} left ${left} right ${right}`);
    expect(linesOf(r.stdout, i)).toEqual(expected);
  }
}

function checkCollectives(r: Result, n: number, ordered: boolean): void {
  expect(r.status).toBe(0);
  const ids = [...Array(n).keys()];
  const ints = ids.map((i) => (i % 3) + 1);
  let fsum = Math.fround(Math.fround(0.1) * 1);
  for (let i = 1; i < n; i++) fsum = Math.fround(fsum + Math.fround(Math.fround(0.1) * (i + 1)));
  for (const i of ids) {
    const lines = linesOf(r.stdout, i);
    expect(lines[0]).toBe("bcast str 'spam'");
    expect(lines.slice(1, 5)).toEqual([
      `reduce-int-sum int ${ints.reduce((a, b) => a + b)}`,
      `reduce-int-min int ${Math.min(...ints)}`,
      `reduce-int-max int ${Math.max(...ints)}`,
      `reduce-int-prod int ${ints.reduce((a, b) => a * b)}`,
    ]);
    const [kind, text] = lines[5].replace("reduce-float-sum ", "").split(" ");
    expect(kind).toBe("float32");
    expect(Math.fround(Number(text))).toBe(fsum); // folded in core-id order at float32
    expect(lines[6]).toBe(`reduce-mixed-sum float64 ${0.5 + n * (n - 1)}`);
    expect(lines[7]).toBe(n > 1 ? `reduce-mixed-max int ${2 * (n - 1)}` : "reduce-mixed-max float64 0.5");
    expect(lines[8]).toBe(`reduce-list-sum [${(n * (n - 1)) / 2}, ${-(n * (n - 1)) / 2}, ${7 * n}]`);
    const gathered = i === 0 ? ids.map((k) => `gather ${k} 'core-${k * k}'`) : [];
    expect(lines.slice(9)).toEqual([
      ...gathered,
      `allgather ${ids.map((k) => k * 3).join(" ")}`,
      `scatter-int int ${i * i + 1}`,
      `scatter-str str 'item-${i}'`,
      "before sync",
      "after sync",
    ]);
  }
  if (ordered) {
    // Across cores: every line printed before the barrier comes out before every line after it.
    const all = r.stdout.split("\n");
    const lastBefore = all.map((l, k) => (l.endsWith("before sync") ? k : -1)).reduce((a, b) => Math.max(a, b));
    const firstAfter = all.findIndex((l) => l.endsWith("after sync"));
    expect(lastBefore).toBeLessThan(firstAfter);
  }
}

function checkNonblocking(r: Result): void {
  expect(r.status).toBe(0);
  expect(linesOf(r.stdout, 0)).toEqual(["test_sent before 0", "test_sent after 1"]);
  expect(linesOf(r.stdout, 1)).toEqual(["probe before 0", "probe after 1", "got 7", "got 8", "got 9"]);
}

function checkJacobi(r: Result): void {
  expect(r.stderr).toMatch(/jacobi: 16 cores/);
  expect(r.status).toBe(0);
  expect(linesOf(r.stdout, 0)).toEqual([expect.stringMatching(/^residual \d\.\d{6}e[-+]\d\d$/), "field matches the serial computation"]);
}

/** A runtime error report, as the interpreter prints it. */
function checkFailure(r: Result, core: number, line: number, error: string): void {
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`Error on device core ${core}:\nTraceback (most recent call last):\n  File "prog.py", line ${line}`);
  expect(r.stderr).toContain(error);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "epython-native-rt-"));
});

describe.skipIf(!gcc)(`native runtime, host target (a thread per core)${gcc ? "" : " — SKIPPED: gcc not found (apt-get install gcc)"}`, () => {
  it("passes values around a ring (ints and strings, rendezvous sends)", () => {
    checkRing(run("host", "basics", ["ring"], 4), 4);
    checkRing(run("host", "basics", ["ring"], 10), 10);
  });

  it("exchanges with sendrecv in pairs and swaps halos of float64 lists", () => {
    checkPairs(run("host", "basics", ["pairs"], 5), 5);
  });

  it("runs bcast, reduce (every op, ints, floats, mixes, lists), gather, allgather, scatter and sync", () => {
    checkCollectives(run("host", "basics", ["collectives"], 5), 5, true);
    checkCollectives(run("host", "basics", ["collectives"], 1), 1, true);
  });

  it("sends without blocking, tests and waits for the sends, and probes", () => {
    checkNonblocking(run("host", "basics", ["nonblocking"], 3));
  });

  it("runs 256 cores: a token around all of them, a reduce and a bcast", () => {
    const r = run("host", "basics", ["many"], 256);
    expect(r.status).toBe(0);
    expect(linesOf(r.stdout, 0)).toEqual(["token came back as 256", `sum ${(256 * 255) / 2}`]);
    expect(r.stdout).not.toContain("wrong");
  });

  it("takes the core count from EPYTHON_CORES when ep_run is given none", () => {
    const r = spawnSync(build("host", "basics"), ["many", "0"], { encoding: "utf8", env: { ...process.env, EPYTHON_CORES: "6" } });
    expect(r.status).toBe(0);
    expect(linesOf(r.stdout, 0)).toEqual(["token came back as 6", "sum 15"]);
  });

  it("gives the first non-zero exit status by core id", () => {
    expect(run("host", "basics", ["exit"], 4).status).toBe(5);
  });

  it("runs the 16-core Jacobi with halo exchange quickly on this machine (waiting cores park)", () => {
    const r = run("host", "jacobi", ["1000", "2000"], 16, 60_000);
    checkJacobi(r);
    expect(r.ms).toBeLessThan(20_000); // ~0.5 s here; a spinning runtime does not finish in 60 s
  });

  it("reports a deadlock with every core's wait and exits 3", () => {
    const cycle = run("host", "errors", ["recv-cycle"], 4);
    expect(cycle.status).toBe(3);
    expect(cycle.stderr).toBe("Deadlock: no core can make progress.\n" +
      [0, 1, 2, 3].map((i) => `  core ${i} [device ${i}]: waiting in recv from core ${(i + 1) % 4} at prog.py:12\n`).join(""));
    expect(linesOf(cycle.stdout, 2)).toEqual(["core 2 waits"]);

    const sends = run("host", "errors", ["send-cycle"], 3);
    expect(sends.status).toBe(3);
    expect(sends.stderr).toContain("  core 2 [device 2]: waiting in send to core 0 at prog.py:14\n");

    const finished = run("host", "errors", ["finished-peer"], 4);
    expect(finished.status).toBe(3);
    expect(finished.stderr).toBe("Deadlock: no core can make progress.\n" +
      "  core 0 [device 0]: waiting in recv from core 1 at prog.py:16 — core 1 has finished\n" +
      "  core 1-3 [device 1-3]: finished\n");

    const sync = run("host", "errors", ["sync-missing"], 64);
    expect(sync.status).toBe(3);
    expect(sync.stderr).toContain("  core 0-1 [device 0-1]: waiting in sync at prog.py:18 — core 2 finished without calling it\n");
    expect(sync.stderr).toContain("  core 3-63 [device 3-63]: waiting in sync at prog.py:18 — core 2 finished without calling it\n");
  });

  it("stops every core on a runtime error and exits 1 with the interpreter's report", () => {
    const r = run("host", "errors", ["fail"], 4);
    checkFailure(r, 2, 7, `  File "prog.py", line 7, in compute\nZeroDivisionError: division by zero\n`);
    expect(r.stderr).toMatch(/\(3 other cores stopped: .*\)/);
    checkFailure(run("host", "errors", ["mismatch"], 2), 1, 21,
      "DeadlockError: core 1 called recv(0) but core 0 called sendrecv(1): sendrecv must be matched by sendrecv on the other core, and send by recv");
    checkFailure(run("host", "errors", ["bad-peer"], 4), 0, 22,
      "ValueError: Attempting to send to non-existent or inactive process: core 0 called send() with core 7, but the cores are 0-3");
    checkFailure(run("host", "errors", ["self"], 2), 1, 23,
      "DeadlockError: core 1 called recv() with itself as the other core; this can never complete");
    checkFailure(run("host", "errors", ["overflow"], 3), 1, 24,
      "OverflowError: reduce('sum') overflows the 32-bit int range (4000000000)");
    checkFailure(run("host", "errors", ["scatter-count"], 4), 0, 27,
      "ValueError: scatter(): the root's data must be a list of numcores() = 4 items, not 3 items");
    checkFailure(run("host", "errors", ["collective-mismatch"], 2), 1, 26,
      "RuntimeError: collective mismatch: core 0 called sync but core 1 called bcast (root 0); every core must call the same collectives in the same order");
  });
});

const mpiReason = !gcc ? "gcc not found" : "mpicc/mpirun not found (bash scripts/install-mpi.sh installs openmpi-bin and libopenmpi-dev)";
describe.skipIf(!gcc || !mpi)(`native runtime, mpi target (a rank per core)${gcc && mpi ? "" : ` — SKIPPED: ${mpiReason}`}`, () => {
  it("passes values around a ring of 2 and 8 ranks", () => {
    checkRing(run("mpi", "basics", ["ring"], 2), 2);
    checkRing(run("mpi", "basics", ["ring"], 8), 8);
  });

  it("exchanges with sendrecv and swaps halos", () => {
    checkPairs(run("mpi", "basics", ["pairs"], 5), 5);
  });

  it("runs the collectives with the host target's results, on 3 and 16 ranks", () => {
    // mpirun forwards each rank's output separately: per-rank order only.
    checkCollectives(run("mpi", "basics", ["collectives"], 3), 3, false);
    checkCollectives(run("mpi", "basics", ["collectives"], 16), 16, false);
  });

  it("sends without blocking, tests and waits, probes", () => {
    checkNonblocking(run("mpi", "basics", ["nonblocking"], 3));
  });

  it("gives the first non-zero exit status by core id, as host does", () => {
    expect(run("mpi", "basics", ["exit"], 4).status).toBe(5);
  });

  it("runs the 16-rank Jacobi with halo exchange, the field identical to the serial one", () => {
    checkJacobi(run("mpi", "jacobi", ["200", "500"], 16, 120_000));
  });

  it("reports a runtime error on the rank that failed and exits 1", () => {
    checkFailure(run("mpi", "errors", ["fail"], 4), 2, 7, `  File "prog.py", line 7, in compute\nZeroDivisionError: division by zero\n`);
    checkFailure(run("mpi", "errors", ["overflow"], 3), 1, 24, "OverflowError: reduce('sum') overflows the 32-bit int range (4000000000)");
    checkFailure(run("mpi", "errors", ["mismatch"], 2), 1, 21, "DeadlockError: core 1 called recv(0) but core 0 called sendrecv(1)");
    checkFailure(run("mpi", "errors", ["scatter-count"], 4), 0, 27,
      "ValueError: scatter(): the root's data must be a list of numcores() = 4 items, not 3 items");
  });
});
