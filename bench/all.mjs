#!/usr/bin/env node
// `npm run bench`: every section in turn, each a script of its own that can also be
// run alone:
//
//   kernels    bench/run.mjs          interpreter kernels vs CPython (timed)
//   patterns   bench/patterns/run.mjs everyday patterns vs CPython: finding cliffs (timed)
//   codesize   bench/codesize.mjs     our bytecode vs the original's (sizes, untimed)
//   device     bench/device/run.mjs   messaging, reduce, Jacobi, workers (timed)
//   offload    bench/offload/run.mjs  kernel launches from host programs, transfers (timed)
//   native     bench/native/run.mjs   hand-written C vs native vs interpreter vs CPython (timed)
//
//   node bench/all.mjs [--runs N] [--quick] [WORD...]
//   npm run bench -- jacobi            (BENCH_RUNS=N npm run bench, likewise)
//
// WORDs filter cases by name in every section (a section's name selects all of it);
// codesize runs only without a filter or when named. --runs (default BENCH_RUNS or 5)
// and --quick are passed on. Exit status: the worst of the sections' (1 when a kernel's
// output differs from CPython's).

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseOptions } from "./lib/options.mjs";
import { root } from "./lib/process.mjs";

const USAGE = "node bench/all.mjs [--runs N] [--quick] [WORD...]   (sections: kernels, patterns, codesize, device, offload, native)";
const argv = process.argv.slice(2);
const opts = parseOptions(argv, { section: "all", usage: USAGE });

const sections = [
  ["kernels", ["bench/run.mjs", ...argv]],
  ["patterns", ["bench/patterns/run.mjs", ...argv]],
  ["codesize", ["bench/codesize.mjs"], () => opts.filter.length === 0 || opts.filter.includes("codesize")],
  ["device", ["bench/device/run.mjs", ...argv]],
  ["offload", ["bench/offload/run.mjs", ...argv]],
  ["native", ["bench/native/run.mjs", ...argv]],
];

const started = Date.now();
let status = 0;
for (const [name, args, wanted = () => true] of sections) {
  if (!wanted()) continue;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args.map((a, i) => (i === 0 ? join(root, a) : a)), { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.log(`bench: section ${name} ended with status ${r.status ?? r.signal} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    status = Math.max(status, r.status ?? 1);
  }
  console.log("");
}
console.log(`bench: total ${((Date.now() - started) / 1000).toFixed(1)} s (${opts.runs} run(s) per figure${opts.quick ? ", quick sizes" : ""})`);
process.exitCode = status;
