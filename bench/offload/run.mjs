#!/usr/bin/env node
// Offload benchmarks (issue 7). Cases, by the name a filter word matches:
//
//   launch-ts     latency of a blocking launch of a no-op kernel from TypeScript, on 1
//                 core and on 16 cores; reference measured in the same run: the same
//                 kernel as a one-shot run() (what a host program had to do before
//                 there was a persistent device).
//
//   bandwidth-ts  host<->device copies per memory kind from TypeScript: copyTo /
//                 copyFrom of a device-resident list (by value, 16 cores), and one core
//                 reading a whole Host / Shared array by reference (wall-clock MB/s and
//                 the transfer model's MB/s), and Device arrays copied in at launch
//   stream-ts     a kernel on 16 cores of 32 KB walking a 50-million-element
//                 Float32Array held by the host, with and without prefetch: wall time,
//                 bytes moved and the simulated stall per core (the transfer model)
//
//   launch-py     the blocking no-op launch from CPython (the epython package, through
//                 the runtime process), 1 and 16 cores; reference measured in the same
//                 run: a bare Python<->Node pipe echo
//   stream-py     the 50M-element walk from CPython: an ordinary NumPy array the host
//                 program made, with and without prefetch
//
//   node bench/offload/run.mjs [--runs N] [--quick] [CASE-WORD...]
//
// Every figure is the median [min-max] of --runs runs (default BENCH_RUNS or 5); one
// run of a latency is the mean over many back-to-back launches after a warm-up.
// Nothing is asserted.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatRatio, formatSummary } from "../lib/format.mjs";
import { methodLine, parseOptions, selected } from "../lib/options.mjs";
import { root } from "../lib/process.mjs";
import { ratio, summarize } from "../lib/stats.mjs";

const USAGE = "node bench/offload/run.mjs [--runs N] [--quick] [CASE-WORD...]";
const opts = parseOptions(process.argv.slice(2), { section: "offload", usage: USAGE });
const epython = await import(pathToFileURL(join(root, "dist", "index.js")).href);

const micros = (sum) => formatSummary(sum, { digits: 2, scale: 1e6, unit: " µs" });
const row = (what, value, note = "") => console.log(`  ${what.padEnd(52)} ${value.padStart(28)}  ${note}`);

console.log("== offload: kernels launched from a host program");
console.log(methodLine(opts));

if (selected(opts, "launch-ts")) {
  const dev = epython.openDevice({ cores: 16, stdout: () => {} });
  dev.load("def noop():\n    pass\n", { file: "noop.py" });
  const calls = opts.quick ? 2_000 : 20_000;
  /** Seconds per blocking launch, averaged over `calls` launches. */
  const perLaunch = async (options) => {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) await dev.call("noop", [], options);
    return (performance.now() - t0) / 1000 / calls;
  };
  await perLaunch({ target: 0 });
  await perLaunch({});
  const one = [];
  const all = [];
  const oneShot = [];
  for (let r = 0; r < opts.runs; r++) {
    one.push(await perLaunch({ target: 0 }));
    all.push(await perLaunch({}));
    const t0 = performance.now();
    const shots = opts.quick ? 20 : 100;
    for (let i = 0; i < shots; i++) await epython.run("def noop():\n    pass\nnoop()\n", { cores: 1, stdout: () => {} });
    oneShot.push((performance.now() - t0) / 1000 / shots);
  }
  await dev.close();
  const s1 = summarize(one);
  const s16 = summarize(all);
  const sShot = summarize(oneShot);
  console.log("\nlaunch-ts: blocking no-op kernel from TypeScript (one worker thread)");
  row("launch on 1 core", micros(s1), "aim: <= 10 µs");
  row("launch on 16 cores", micros(s16));
  row("reference: one-shot run() of the same kernel, 1 core", micros(sShot));
  row("one-shot run() / persistent launch (1 core)", formatRatio(ratio(sShot, s1)));
  console.log("  for scale (published, not measured here): numba-cuda 6.6 µs (2025), CuPy ~25 µs per GPU kernel launch");
}

/** Sums a counter of dev.stats() over the cores. */
const total = (dev, key) => dev.stats().reduce((a, r) => a + (r[key] ?? 0), 0);
const maxOf = (dev, key) => Math.max(...dev.stats().map((r) => r[key] ?? 0));
const mbps = (bytes, sum) => formatSummary(sum && { ...sum, min: bytes / sum.max, median: bytes / sum.median, max: bytes / sum.min }, { digits: 1, scale: 1e-6, unit: " MB/s" });

if (selected(opts, "bandwidth-ts")) {
  const { memkind, types } = epython;
  const dev = epython.openDevice({ cores: 16, stdout: () => {}, stderr: () => {} });
  dev.load(`
def read_all(a):
    s = 0.0
    for x in a:
        s += x
    return s

def touch(a):
    return len(a)
`, { file: "bandwidth.py" });
  const n = opts.quick ? 100_000 : 1_000_000;
  const list = Array.from({ length: 1000 }, (_, i) => i + 0.5);
  dev.define("buf", list);
  const bytesList = 1000 * 4 * 16;
  const to = [], from = [], hostWall = [], sharedWall = [], deviceWall = [], noop = [];
  let hostModel = 0, sharedModel = 0;
  const host = memkind.Host(types.float, n);
  const shared = memkind.Shared(types.float, n);
  const local = memkind.Device(types.float, 1000);
  for (let r = 0; r < opts.runs; r++) {
    let t0 = performance.now();
    for (let i = 0; i < 20; i++) await dev.copyTo("buf", list).wait();
    to.push((performance.now() - t0) / 1000 / 20);
    t0 = performance.now();
    for (let i = 0; i < 20; i++) await dev.copyFrom("buf").wait();
    from.push((performance.now() - t0) / 1000 / 20);
    for (const [arr, wall, level] of [[host, hostWall, "Host"], [shared, sharedWall, "Shared"]]) {
      const s0 = total(dev, "refStallNs");
      t0 = performance.now();
      await dev.call("read_all", [arr], { target: 0 });
      wall.push((performance.now() - t0) / 1000);
      const stall = (total(dev, "refStallNs") - s0) / 1e9;
      if (level === "Host") hostModel = n * 4 / stall;
      else sharedModel = n * 4 / stall;
    }
    t0 = performance.now();
    for (let i = 0; i < 50; i++) await dev.call("touch", [local]);
    deviceWall.push((performance.now() - t0) / 1000 / 50);
    t0 = performance.now();
    for (let i = 0; i < 50; i++) await dev.call("touch", ["x"]);
    noop.push((performance.now() - t0) / 1000 / 50);
  }
  await dev.close();
  const dWall = summarize(deviceWall.map((t, i) => Math.max(1e-9, t - noop[i])));
  console.log("\nbandwidth-ts: host<->device copies per memory kind (16 cores, one worker thread)");
  row("copyTo: 1000-float list to 16 cores (by value)", mbps(bytesList, summarize(to)), "wall");
  row("copyFrom: the 16 lists back", mbps(bytesList, summarize(from)), "wall");
  row(`Host array: 1 core reads ${n.toLocaleString("en-US")} float32 in place`, mbps(n * 4, summarize(hostWall)), `wall; model: ${(hostModel / 1e6).toFixed(1)} MB/s`);
  row(`Shared array: 1 core reads ${n.toLocaleString("en-US")} float32 in place`, mbps(n * 4, summarize(sharedWall)), `wall; model: ${(sharedModel / 1e6).toFixed(1)} MB/s`);
  row("Device array: 1000 float32 copied into 16 cores at launch", mbps(1000 * 4 * 16, dWall), "wall (launch minus a no-op launch)");
}

if (selected(opts, "stream-ts")) {
  const n = opts.quick ? 5_000_000 : 50_000_000;
  const { memkind, types } = epython;
  const dev = epython.openDevice({ cores: 16, stdout: () => {}, stderr: () => {} });
  dev.load(`
from parallel import coreid, numcores

def walk(a):
    n = len(a) // numcores()
    s = 0.0
    for i in range(coreid() * n, (coreid() + 1) * n):
        s += a[i]
    return s
`, { file: "stream.py" });
  const plain = memkind.Host(types.float, n);
  plain.data.fill(1);
  const ahead = new epython.ArrayRef(plain.home, { kind: "host", prefetch: 8 });
  const walls = { 0: [], 8: [] };
  const moved = {};
  const stall = {};
  for (let r = 0; r < opts.runs; r++) {
    for (const [depth, arr] of [[0, plain], [8, ahead]]) {
      const b0 = total(dev, "refFromHost");
      const s0 = dev.stats().map((row) => row.refStallNs);
      const t0 = performance.now();
      const sums = await dev.call("walk", [arr]);
      walls[depth].push((performance.now() - t0) / 1000);
      if (sums.reduce((a, b) => a + b, 0) !== n) throw new Error("stream-ts: wrong sum");
      moved[depth] = total(dev, "refFromHost") - b0;
      stall[depth] = Math.max(...dev.stats().map((row, i) => row.refStallNs - s0[i])) / 1e9;
    }
  }
  await dev.close();
  const w0 = summarize(walls[0]);
  const w8 = summarize(walls[8]);
  console.log(`\nstream-ts: 16 cores walk a ${n.toLocaleString("en-US")}-element Float32Array on the host (${(n * 4 / 1e6).toFixed(0)} MB; each core 32 KB)`);
  row("no prefetch: wall time", formatSummary(w0, { unit: " s" }), `moved ${moved[0].toLocaleString("en-US")} B; simulated stall/core ${stall[0].toFixed(3)} s`);
  row("prefetch 8 lines: wall time", formatSummary(w8, { unit: " s" }), `moved ${moved[8].toLocaleString("en-US")} B; simulated stall/core ${stall[8].toFixed(3)} s`);
  row("wall time, no prefetch / prefetch", formatRatio(ratio(w0, w8)));
}

/** Runs a CPython bench script with the bridge on its path; its JSON output, or null. */
function python(script, args) {
  const r = spawnSync("python3", [join(root, "bench", "offload", script), ...args.map(String)], {
    cwd: root, encoding: "utf8", env: { ...process.env, PYTHONPATH: join(root, "python") }, timeout: 1_800_000,
  });
  if (r.status !== 0) {
    console.log(`  (skipped: python3 ${script} failed: ${(r.stderr || r.error?.message || "").trim().split("\n").pop()})`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

if (selected(opts, "launch-py")) {
  console.log("\nlaunch-py: blocking no-op kernel from CPython (through the runtime process)");
  const r = python("cpython_launch.py", [opts.runs, opts.quick ? 500 : 5000]);
  if (r) {
    const pipe = summarize(r.pipe);
    const one = summarize(r.one);
    const all = summarize(r.all);
    row("launch on 1 core", micros(one), "aim: <= 100 µs");
    row("launch on 16 cores", micros(all));
    row("reference: Python<->Node pipe echo (a bridge's floor)", micros(pipe));
    row("launch (1 core) / pipe echo", formatRatio(ratio(one, pipe)));
  }
}

if (selected(opts, "stream-py")) {
  const n = opts.quick ? 5_000_000 : 50_000_000;
  console.log(`\nstream-py: 16 cores of 32 KB walk a ${n.toLocaleString("en-US")}-element NumPy float32 array held by CPython`);
  const r = python("cpython_stream.py", [opts.runs, n]);
  if (r) {
    const w0 = summarize(r["0"].wall);
    const w8 = summarize(r["8"].wall);
    row("no prefetch: wall time", formatSummary(w0, { unit: " s" }), `moved ${r["0"].moved.toLocaleString("en-US")} B; simulated stall/core ${r["0"].stall.toFixed(3)} s`);
    row("prefetch 8 lines: wall time", formatSummary(w8, { unit: " s" }), `moved ${r["8"].moved.toLocaleString("en-US")} B; simulated stall/core ${r["8"].stall.toFixed(3)} s`);
    row("wall time, no prefetch / prefetch", formatRatio(ratio(w0, w8)));
  }
}
