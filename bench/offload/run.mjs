#!/usr/bin/env node
// Offload benchmarks (issue 7). Cases, by the name a filter word matches:
//
//   launch-ts     latency of a blocking launch of a no-op kernel from TypeScript, on 1
//                 core and on 16 cores; reference measured in the same run: the same
//                 kernel as a one-shot run() (what a host program had to do before
//                 there was a persistent device).
//
//   node bench/offload/run.mjs [--runs N] [--quick] [CASE-WORD...]
//
// Every figure is the median [min-max] of --runs runs (default BENCH_RUNS or 5); one
// run of a latency is the mean over many back-to-back launches after a warm-up.
// Nothing is asserted.

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
