#!/usr/bin/env node
// Device benchmarks (run by `npm run bench` after the kernel benchmarks):
//
//   1. message round trip between two cores, on one worker and across two workers
//   2. reduce over 16, 256 and 1024 cores (one worker and two)
//   3. examples/jacobi.py (1-D Jacobi to 1e-4) on 1, 2, 4, 8 and 16 cores
//   4. Monte Carlo pi on 16 cores with 1 and 2 workers: the speed-up
//
//   node bench/device/run.mjs [--runs N] [--quick]
//
// Per-operation figures come from two runs of different lengths: (t2 - t1) /
// (n2 - n1), where t is the core's completion time reported by -t (from the start
// of the run, so process start-up and compilation drop out, and the difference
// removes the fixed costs of starting cores and workers). Whole-program figures are
// wall times of the `epython` process, start-up included. Each figure is the best
// of N runs (default 3). Nothing is asserted: the figures are printed.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "bin", "epython.js");
const programs = join(root, "bench", "device", "programs");
const tmp = mkdtempSync(join(tmpdir(), "epython-bench-"));

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf("--runs") + 1]) || 3;
const quick = argv.includes("--quick");

/** A copy of a bench program with its size constant replaced. */
function sized(name, constant, value) {
  const src = readFileSync(join(programs, name), "utf8").replace(new RegExp(`^${constant} = \\d+$`, "m"), `${constant} = ${value}`);
  const file = join(tmp, `${name.replace(/\.py$/, "")}-${constant}-${value}.py`);
  writeFileSync(file, src);
  return file;
}

/** Runs epython once: wall seconds, core 0's completion time (from -t) and stdout. */
function run(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, "run", ...args, "-t"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`epython ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const m = /^Core 0 completed in ([\d.]+) seconds/m.exec(r.stderr);
  return { wall, core0: m ? Number(m[1]) : NaN, stdout: r.stdout };
}

function best(args, key) {
  let b = Infinity;
  for (let i = 0; i < runs; i++) b = Math.min(b, run(args)[key]);
  return b;
}

/** Seconds per operation from two run lengths. */
function perOp(file, constant, n1, n2, args) {
  const t1 = best([sized(file, constant, n1), ...args], "core0");
  const t2 = best([sized(file, constant, n2), ...args], "core0");
  return (t2 - t1) / (n2 - n1);
}

const fmtUs = (s) => `${(s * 1e6).toFixed(2)} µs`;
const fmtS = (s) => `${s.toFixed(3)} s`;
const row = (what, value, note = "") => {
  console.log(`  ${what.padEnd(48)} ${value.padStart(12)}  ${note}`);
};

console.log(`Device benchmarks (${cpus().length} CPUs, Node ${process.version}, best of ${runs})`);

console.log("\nMessage round trip between two cores (send + recv back):");
const [r1, r2] = quick ? [20_000, 100_000] : [100_000, 500_000];
const rt1 = perOp("roundtrip.py", "ROUNDS", r1, r2, ["--cores", "2", "--workers", "1"]);
const calls = perOp("calls.py", "ROUNDS", r1, r2, ["--cores", "2", "--workers", "1"]);
row("one worker, whole loop iteration", fmtUs(rt1), "target < 1 µs");
row("one worker, messaging only (minus local calls)", fmtUs(rt1 - calls));
const [x1, x2] = quick ? [2_000, 10_000] : [5_000, 25_000];
row("two workers (cores on different threads)", fmtUs(perOp("roundtrip.py", "ROUNDS", x1, x2, ["--cores", "2", "--workers", "2"])));

console.log("\nreduce(..., 'sum') over every core:");
for (const cores of [16, 256, 1024]) {
  const [k1, k2] = cores >= 1024 ? [10, 60] : cores >= 256 ? [20, 120] : [200, 1200];
  for (const workers of ["1", "2"]) {
    row(`${cores} cores, ${workers} worker${workers === "1" ? "" : "s"}, per reduce`, fmtUs(perOp("reduce.py", "ROUNDS", k1, k2, ["--cores", String(cores), "--workers", workers])));
  }
}
for (const workers of ["1", "2"]) {
  row(`1024 cores, one reduce, whole process (${workers} worker${workers === "1" ? "" : "s"})`, fmtS(best([sized("reduce.py", "ROUNDS", 1), "--cores", "1024", "--workers", workers], "wall")), "target well under 1 s");
}

console.log("\nexamples/jacobi.py (1-D Jacobi to 1e-4), whole process:");
const jacobi = join(root, "examples", "jacobi.py");
for (const cores of [1, 2, 4, 8, 16]) {
  const one = best([jacobi, "--cores", String(cores), "--workers", "1"], "wall");
  const dflt = cores > 1 ? best([jacobi, "--cores", String(cores)], "wall") : one;
  row(`${cores} core${cores === 1 ? "" : "s"}: 1 worker / default workers`, `${fmtS(one)} / ${fmtS(dflt)}`, cores === 16 ? "target < 2 s" : "");
}

console.log("\nMonte Carlo pi on 16 cores, whole process:");
const pi = sized("pi.py", "DARTS", quick ? 4_000_000 : 16_000_000);
const p1 = best([pi, "--cores", "16", "--workers", "1"], "wall");
const p2 = best([pi, "--cores", "16", "--workers", "2"], "wall");
row("1 worker", fmtS(p1));
row("2 workers", fmtS(p2));
row("speed-up 1 -> 2 workers", `${(p1 / p2).toFixed(2)}x`, "target >= 1.8x");
