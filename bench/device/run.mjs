#!/usr/bin/env node
// Device benchmarks (run by `npm run bench` after the kernel benchmarks). Cases, by
// the name a filter word matches:
//
//   roundtrip        message round trip between two cores, one worker and two
//   reduce           reduce over 16, 256 and 1024 cores (one worker and two)
//   jacobi-scaling   examples/jacobi.py (1-D Jacobi to 1e-4) on 1, 2, 4, 8, 16 cores,
//                    one worker and the default
//   workers-jacobi   16-core Jacobi (communication-bound) and Monte Carlo pi
//   workers-pi       (compute-bound) with --workers 1, --workers 2 and the DEFAULT (no
//                    --workers flag), on an idle machine and with one CPU kept busy
//                    by a separate spinning process: "default vs one worker" ratios
//
//   node bench/device/run.mjs [--runs N] [--quick] [WORD...]
//
// Per-operation figures come from paired runs of two lengths: (t2 - t1) / (n2 - n1)
// per round, where t is core 0's completion time reported by -t (from the start of the
// run, so process start-up, compilation and the fixed costs of starting cores and
// workers drop out); the median of the rounds is quoted. Whole-program figures are
// wall times of the `epython` process (`node bin/epython.js`), start-up included.
// Every figure is the median [min-max] of --runs runs (default BENCH_RUNS or 5), the
// configurations compared in a table interleaved round by round. Nothing is asserted.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { withBusyCpu } from "../lib/busy.mjs";
import { formatMicros, formatRatio, formatSeconds, table } from "../lib/format.mjs";
import { methodLine, parseOptions, selected } from "../lib/options.mjs";
import { epython, interleaved, root, timeProcess } from "../lib/process.mjs";
import { ratio, summarize } from "../lib/stats.mjs";

const USAGE = "node bench/device/run.mjs [--runs N] [--quick] [CASE-WORD...]";
const opts = parseOptions(process.argv.slice(2), { section: "device", usage: USAGE });
const programs = join(root, "bench", "device", "programs");
const jacobi = join(root, "examples", "jacobi.py");
const tmp = mkdtempSync(join(tmpdir(), "epython-bench-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));

/** A copy of a bench program with its size constant replaced. */
function sized(name, constant, value) {
  const src = readFileSync(join(programs, name), "utf8").replace(new RegExp(`^${constant} = \\d+$`, "m"), `${constant} = ${value}`);
  const file = join(tmp, `${name.replace(/\.py$/, "")}-${constant}-${value}.py`);
  writeFileSync(file, src);
  return file;
}

/** Runs epython once with -t: { ok, wall, core0 }; a failed run ends the bench. */
function runEpython(args) {
  const [cmd, argv] = epython(["run", ...args, "-t"]);
  const r = timeProcess(cmd, argv, { timeout: 300 });
  if (!r.ok) {
    console.error(`bench: epython ${args.join(" ")} failed (${r.timedOut ? "timeout" : `exit ${r.status}`}):\n${r.stderr}`);
    process.exit(1);
  }
  const m = /^Core 0 completed in ([\d.]+) seconds/m.exec(r.stderr);
  return { ok: true, wall: r.seconds, core0: m ? Number(m[1]) : NaN };
}

/** Wall-time summaries of several argument lists, interleaved. */
function wallTimes(argLists) {
  return interleaved(argLists, opts.runs, (args) => {
    const r = runEpython(args);
    return { ok: true, seconds: r.wall };
  }).map((m) => summarize(m.samples));
}

/** Seconds per operation: median over rounds of (t2 - t1) / (n2 - n1), core-0 times. */
function perOp(file, constant, n1, n2, args) {
  const [a, b] = interleaved([n1, n2], opts.runs, (n) => {
    const r = runEpython([sized(file, constant, n), ...args]);
    return { ok: true, seconds: r.core0 };
  });
  return summarize(a.samples.map((t1, i) => (b.samples[i] - t1) / (n2 - n1)));
}

const row = (what, value, note = "") => console.log(`  ${what.padEnd(50)} ${value.padStart(26)}  ${note}`);
const workersArgs = (w) => (w === "default" ? [] : ["--workers", w]);
const workersLabel = (w) => (w === "default" ? "default" : `--workers ${w}`);

function roundtrip() {
  console.log("\nMessage round trip between two cores (send + recv back), per iteration:");
  const [r1, r2] = opts.quick ? [20_000, 100_000] : [100_000, 500_000];
  const one = ["--cores", "2", "--workers", "1"];
  const rt1 = perOp("roundtrip.py", "ROUNDS", r1, r2, one);
  const calls = perOp("calls.py", "ROUNDS", r1, r2, one);
  row("one worker, whole loop iteration", formatMicros(rt1), "target < 1 µs");
  row("one worker, local calls only (calls.py)", formatMicros(calls));
  row("one worker, messaging only (difference of medians)", `${((rt1.median - calls.median) * 1e6).toFixed(2)} µs`);
  const [x1, x2] = opts.quick ? [2_000, 10_000] : [5_000, 25_000];
  row("two workers (cores on different threads)", formatMicros(perOp("roundtrip.py", "ROUNDS", x1, x2, ["--cores", "2", "--workers", "2"])));
}

function reduce() {
  console.log("\nreduce(..., 'sum') over every core:");
  for (const cores of [16, 256, 1024]) {
    const [k1, k2] = cores >= 1024 ? [10, 60] : cores >= 256 ? [20, 120] : [200, 1200];
    for (const workers of ["1", "2"]) {
      const s = perOp("reduce.py", "ROUNDS", k1, k2, ["--cores", String(cores), "--workers", workers]);
      row(`${cores} cores, ${workers} worker${workers === "1" ? "" : "s"}, per reduce`, formatMicros(s));
    }
  }
  const once = sized("reduce.py", "ROUNDS", 1);
  const [w1, w2] = wallTimes(["1", "2"].map((w) => [once, "--cores", "1024", "--workers", w]));
  row("1024 cores, one reduce, whole process (1 worker)", formatSeconds(w1), "target well under 1 s");
  row("1024 cores, one reduce, whole process (2 workers)", formatSeconds(w2));
}

// The 16-core Jacobi on an idle machine is part of both the scaling table and the
// workers table; measured once (all three worker settings interleaved) and shared.
const WORKERS = ["1", "2", "default"];
const jacobi16 = (w) => [jacobi, "--cores", "16", ...workersArgs(w)];
let jacobi16Idle = null;
const jacobi16IdleTimes = () => (jacobi16Idle ??= wallTimes(WORKERS.map(jacobi16)));

function jacobiScaling() {
  console.log("\nexamples/jacobi.py (1-D Jacobi to 1e-4), whole process:");
  const rows = [];
  for (const cores of [1, 2, 4, 8, 16]) {
    let one, dflt;
    if (cores === 16) [one, , dflt] = jacobi16IdleTimes();
    else if (cores === 1) [one] = wallTimes([[jacobi, "--cores", "1", "--workers", "1"]]);
    else [one, dflt] = wallTimes(["1", "default"].map((w) => [jacobi, "--cores", String(cores), ...workersArgs(w)]));
    rows.push([`${cores} core${cores === 1 ? "" : "s"}`, formatSeconds(one), dflt ? formatSeconds(dflt) : "(same)", dflt ? formatRatio(ratio(dflt, one)) : "", cores === 16 ? "target < 2 s" : ""]);
  }
  console.log(indent(table(rows, ["cores", "--workers 1", "default workers", "default / 1 worker", "note"])));
}

/** The workers table of one program: both conditions, three worker settings each. */
async function workersCase(title, argsFor, idleTimes) {
  const idle = idleTimes ? idleTimes() : wallTimes(WORKERS.map(argsFor));
  const busy = await withBusyCpu(() => wallTimes(WORKERS.map(argsFor)));
  const rows = [["idle", idle], ["one CPU busy", busy]].map(([cond, [w1, w2, d]]) => [
    cond, formatSeconds(w1), formatSeconds(w2), formatSeconds(d), formatRatio(ratio(d, w1)), formatRatio(ratio(w2, w1)),
  ]);
  console.log(`\n${title}:`);
  console.log(indent(table(rows, ["machine", ...WORKERS.map(workersLabel), "default / 1 worker", "2 workers / 1 worker"])));
  return { idle, busy };
}

const indent = (text) => text.replace(/^/gm, "  ");

async function main() {
  const cases = [
    ["roundtrip", roundtrip],
    ["reduce", reduce],
    ["jacobi-scaling", jacobiScaling],
    ["workers-jacobi", () => workersCase("examples/jacobi.py on 16 cores (communication-bound), whole process", jacobi16, jacobi16IdleTimes)],
    ["workers-pi", async () => {
      const darts = opts.quick ? 2_000_000 : 12_000_000;
      const pi = sized("pi.py", "DARTS", darts);
      const { idle } = await workersCase(`Monte Carlo pi, ${darts / 1e6}M darts on 16 cores (compute-bound), whole process`, (w) => [pi, "--cores", "16", ...workersArgs(w)]);
      const speedup = ratio(idle[0], idle[1]);
      console.log(`  speed-up 1 -> 2 workers, idle: ${formatRatio(speedup)} (target >= 1.8x)`);
    }],
  ].filter(([name]) => selected(opts, name));
  if (cases.length === 0) return;

  const started = Date.now();
  console.log(`== Device (bench/device/run.mjs): ${cpus().length} CPUs, Node ${process.version} ==`);
  console.log(methodLine(opts));
  console.log(`load average at start (1 min): ${loadavg()[0].toFixed(2)} (the "idle" rows assume nothing else runs)`);
  console.log("ratios below 1 mean faster than one worker; \"one CPU busy\": a separate `node -e 'for(;;){}'` runs throughout");
  for (const [, fn] of cases) await fn();
  console.log(`\ndevice: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
